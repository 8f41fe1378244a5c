// The sandbox contains hostile or broken rules: each attack fails cleanly, names the rule, its file
// and line, leaves the other rules' results intact, and the next evaluation is correct.
#include <catch2/catch.hpp>

#include "test_support.h"

namespace {

// The witness rule always recommends peer_support; the attacker's result must not leak into it.
const char* const kWitness =
    "rule { id = 'witness', title = 'Witness', sources = { { file = 'f', lines = { 1, 1 } } },\n"
    "  recommends = { 'team_meetings' },\n"
    "  evaluate = function(a)\n"
    "    if a.team.headcount == 10 and ('abc'):upper() == 'ABC' and string.format('%d', 3) == '3' then\n"
    "      recommend { id = 'team_meetings', weight = 2, because = 'witness' }\n"
    "    end\n"
    "  end }\n";

struct AttackOutcome {
  trynext::Warning warning;
  std::vector<std::string> recommended;
  std::vector<std::string> recommended_next;  // a second evaluation with the same engine
};

AttackOutcome attack(const std::string& body, trynext::Limits limits = {}) {
  test::TempDir dir({{"attacker.lua", test::rule_file("attacker", body)}, {"witness.lua", kWitness}});
  auto engine = test::engine_with_rules(dir, limits);
  AttackOutcome out;
  trynext::Result first = engine->recommend(test::assessment());
  REQUIRE(test::other_warnings(first).size() == 1);
  out.warning = test::other_warnings(first)[0];
  out.recommended = test::ids(first.recommendations);
  out.recommended_next = test::ids(engine->recommend(test::assessment()).recommendations);
  return out;
}

void check_contained(const AttackOutcome& o, const std::string& message_part) {
  INFO("warning: " << o.warning.message);
  CHECK(o.warning.rule == "attacker");
  CHECK(o.warning.file == "attacker.lua");
  CHECK(o.warning.line > 0);
  CHECK(o.warning.message.find(message_part) != std::string::npos);
  CHECK(o.recommended == std::vector<std::string>{"team_meetings"});
  CHECK(o.recommended_next == std::vector<std::string>{"team_meetings"});
}

}  // namespace

TEST_CASE("an infinite loop is stopped by the instruction budget", "[sandbox]") {
  auto o = attack("while true do end");
  check_contained(o, "instruction budget of 1000000 exceeded");
  CHECK(o.warning.kind == "rule_limit");
  CHECK(o.warning.line == 7);  // the line of the loop
}

TEST_CASE("a pcall inside the rule cannot swallow the instruction stop", "[sandbox]") {
  check_contained(attack("for i = 1, 100 do pcall(function() while true do end end) end"), "instruction budget");
  check_contained(attack("xpcall(function() while true do end end, function() while true do end end)"),
                  "instruction budget");
}

TEST_CASE("a memory bomb is stopped by the memory cap", "[sandbox]") {
  auto o = attack("local t = {} for i = 1, 1e9 do t[i] = ('x'):rep(100) .. i end", {100'000'000'000ull, 4u << 20});
  check_contained(o, "memory cap of 4096 KiB exceeded");
  CHECK(o.warning.kind == "rule_limit");
}

TEST_CASE("string.rep of gigabytes is refused by the memory cap", "[sandbox]") {
  check_contained(attack("local s = string.rep('x', 1 << 30)"), "memory cap");
}

TEST_CASE("a pcall cannot swallow the memory stop", "[sandbox]") {
  check_contained(attack("for i = 1, 10 do pcall(string.rep, 'x', 1 << 30) end"), "memory cap");
}

TEST_CASE("os, io, require, load, dofile and loadfile do not exist", "[sandbox]") {
  check_contained(attack("os.execute('touch /tmp/trynext-pwned')"), "global 'os'");
  check_contained(attack("io.open('/etc/passwd')"), "global 'io'");
  check_contained(attack("require('os')"), "global 'require'");
  check_contained(attack("load('\\27Lua\\84\\0')()"), "global 'load'");
  check_contained(attack("dofile('/etc/passwd')"), "global 'dofile'");
  check_contained(attack("loadfile('/etc/passwd')"), "global 'loadfile'");
  check_contained(attack("collectgarbage()"), "global 'collectgarbage'");
  check_contained(attack("debug.getinfo(1)"), "global 'debug'");
  check_contained(attack("package.loadlib('libc.so.6', 'system')"), "global 'package'");
  check_contained(attack("coroutine.wrap(function() end)()"), "global 'coroutine'");
  CHECK_FALSE(std::filesystem::exists("/tmp/trynext-pwned"));
}

TEST_CASE("string.dump is gone, also through the string metatable", "[sandbox]") {
  check_contained(attack("string.dump(function() end)"), "field 'dump'");
  check_contained(attack("local s = ''; s.dump(function() end)"), "field 'dump'");
}

TEST_CASE("rules cannot change the shared string library or metatable", "[sandbox]") {
  check_contained(attack("getmetatable('').__index = { upper = function() return 'pwned' end }"), "boolean value");
  check_contained(attack("string.upper = function() return 'pwned' end"), "cannot change string.upper");
  check_contained(attack("rawset(string, 'upper', function() return 'pwned' end)"), "read-only");
  check_contained(attack("setmetatable(string, {})"), "protected metatable");
  check_contained(attack("table.insert = nil"), "cannot change table.insert");
  check_contained(attack("math.floor = nil"), "cannot change math.floor");
}

TEST_CASE("the assessment is read-only, rawset and setmetatable included", "[sandbox]") {
  check_contained(attack("a.team.headcount = 99"), "read-only");
  check_contained(attack("rawset(a.team, 'headcount', 99)"), "read-only");
  check_contained(attack("setmetatable(a.team, {})"), "protected metatable");
  check_contained(attack("a.answers['support.f'] = 'met'"), "read-only");
}

TEST_CASE("finalizers and to-be-closed handlers are refused", "[sandbox]") {
  check_contained(attack("setmetatable({}, { __gc = function() while true do end end })"), "__gc is not allowed");
  check_contained(attack("local x <close> = setmetatable({}, { __close = function() while true do end end })"),
                  "__close is not allowed");
}

TEST_CASE("rules cannot create globals", "[sandbox]") {
  check_contained(attack("leaked = 1"), "may not set the global \"leaked\"");
}

TEST_CASE("a catastrophic pattern is refused before it runs", "[sandbox]") {
  check_contained(attack("string.find(string.rep('a', 5000), '.-.-.-.-.-b')"), "pattern is too costly");
  check_contained(attack("local s = string.rep('a', 5000); s:match('(.-)(.-)(.-)(.-)b')"), "pattern is too costly");
}

TEST_CASE("an error object with a looping __tostring is never converted", "[sandbox]") {
  check_contained(attack("error(setmetatable({}, { __tostring = function() while true do end end }))"),
                  "error raised with a table value");
}

TEST_CASE("unknown inputs are named with a suggestion", "[sandbox]") {
  // Names built at run time get past the static check at load, and are caught when read.
  check_contained(attack("local x = a.team['caseload_per_' .. 'practioner']"),
                  "unknown input \"team.caseload_per_practioner\" (did you mean \"team.caseload_per_practitioner\"?)");
  check_contained(attack("local x = at_least('te' .. 'am.sicknes_absence_rate', 0.1)"),
                  "did you mean \"team.sickness_absence_rate\"");
}

TEST_CASE("recommending an id outside the catalogue is an error naming rule and id", "[sandbox]") {
  test::TempDir dir({{"bad.lua",
                      "rule { id = 'bad', title = 'Bad', sources = { { file = 'f', lines = { 1, 1 } } },\n"
                      "  recommends = { 'peer_support' },\n"
                      "  evaluate = function(a) recommend { id = 'peer_suport', because = 'x' } end }\n"}});
  auto engine = test::engine_with_rules(dir);
  auto r = engine->recommend(test::assessment());
  REQUIRE(test::other_warnings(r).size() == 1);
  CHECK(test::other_warnings(r)[0].rule == "bad");
  CHECK(test::other_warnings(r)[0].line == 3);
  CHECK(test::other_warnings(r)[0].message.find(
            "unknown intervention \"peer_suport\" (not in the catalogue) (did you mean \"peer_support\"?)") !=
        std::string::npos);
}

TEST_CASE("a failed rule's earlier recommendations are dropped", "[sandbox]") {
  test::TempDir dir(
      {{"half.lua",
        "rule { id = 'half', title = 'Half', sources = { { file = 'f', lines = { 1, 1 } } },\n"
        "  recommends = { 'peer_support' },\n"
        "  evaluate = function(a) recommend { id = 'peer_support', because = 'x' }; error('late') end }\n"}});
  auto r = test::engine_with_rules(dir)->recommend(test::assessment());
  CHECK(r.recommendations.empty());
  REQUIRE(test::other_warnings(r).size() == 1);
  CHECK(test::other_warnings(r)[0].message == "rule \"half\" failed: late");
}
