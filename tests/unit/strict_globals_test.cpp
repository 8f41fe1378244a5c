// Strict globals: a name that nothing defines raises when a rule reads it (at evaluation and while a
// file loads), and `trynext check` finds it in the text, with the line and a suggestion. Also the
// messages for setting a global and for a weight that is not a finite number.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <regex>
#include <set>

#include "rules/rule_globals.h"
#include "test_support.h"

namespace {

const char* const kWitness =
    "rule { id = 'witness', title = 'Witness', sources = { { file = 'f', lines = { 1, 1 } } },\n"
    "  recommends = { 'team_meetings' },\n"
    "  evaluate = function(a) recommend { id = 'team_meetings', because = 'witness' } end }\n";

// The file's top level, then one rule whose evaluate runs body (line 7 of the rule, so line
// 6 + the top level's lines + 1 of the file).
std::string rule_with_top(const std::string& top, const std::string& body) {
  return top + test::rule_file("r", body);
}

// Lua's scoping rules, one construct a line; the comments say what check must make of each.
const std::string kScopes =
    "local A, B <const> = 1, 2\n"                                   // 1
    "local function f(x, ...) return x + A + select('#', ...) end\n"  // 2
    "local t = { key = A, [B] = f, nested = { k2 = UNDEF1 } }\n"     // 3: the value is a read
    "function t.method(self2) return self2 end\n"                    // 4: a field, not a global
    "function t:other() return self end\n"                           // 5: self is declared
    "for i = 1, 3 do local y = i end\n"                              // 6
    "for k, v in pairs(t) do local _ = k .. v end\n"                 // 7
    "local s = ('x'):rep(2) .. UNDEF2\n"                             // 8: after .., a read
    "repeat local r = 1 until r == 1\n"                              // 9: until sees the block's locals
    "do local inner = 1 end\n"                                       // 10
    "local z = inner\n"                                              // 11: out of its block
    "if A then local q = 1 elseif B then local q2 = q else end\n"    // 12: q belongs to another branch
    "while false do goto continue ::continue:: end\n"                // 13: labels are not names
    "local u = y\n"                                                  // 14: the loop's local is gone
    "local w = t.key.UNDEF3\n"                                       // 15: fields are not reads
    "local function late() return later end\n"                       // 16: declared after, so global
    "local later = 1\n"                                              // 17
    "local text = [[ NOT_A_NAME ]] -- NOR_THIS\n"                    // 18
    "local ok = at_least and fmt and string and percent\n";          // 19: rule globals

std::vector<trynext::Diagnostic> global_reads(const std::string& text) {
  return trynext::check_global_reads({"f.lua", text}, trynext::rule_global_names());
}

std::vector<std::string> reported(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& d : global_reads(text)) {
    std::size_t from = d.message.find('"') + 1;
    out.push_back(std::to_string(d.line) + ":" + d.message.substr(from, d.message.find('"', from) - from));
  }
  return out;
}

}  // namespace

TEST_CASE("reading a misspelt constant fails the rule, naming it and its line; the others still count",
          "[strict]") {
  test::TempDir dir({{"r.lua", rule_with_top("local SICKNESS_HIGH = 0.05\n",
                                             "    if at_least('team.sickness_absence_rate', SICKNES_HIGH) then end")},
                     {"witness.lua", kWitness}});
  auto engine = test::engine_with_rules(dir);
  auto r = engine->recommend(test::assessment({{"sickness_absence_rate", 0.1}}));
  REQUIRE(test::other_warnings(r).size() == 1);
  CHECK(test::other_warnings(r)[0].kind == "rule_error");
  CHECK(test::other_warnings(r)[0].rule == "r");
  CHECK(test::other_warnings(r)[0].file == "r.lua");
  CHECK(test::other_warnings(r)[0].line == 8);
  CHECK(test::other_warnings(r)[0].message.find("undefined global 'SICKNES_HIGH'") != std::string::npos);
  CHECK(test::ids(r.recommendations) == std::vector<std::string>{"team_meetings"});
  // And check said so before it ran, with the file's own constant as the suggestion.
  REQUIRE(engine->load_warnings().size() == 1);
  const auto& w = engine->load_warnings()[0];
  CHECK(w.warning);
  CHECK(w.code == "undefined_global");
  CHECK(w.file == "r.lua");
  CHECK(w.line == 8);
  CHECK(w.message.find("reads \"SICKNES_HIGH\"") == 0);
  CHECK(w.message.find("(did you mean \"SICKNESS_HIGH\"?)") != std::string::npos);
}

TEST_CASE("a misspelt helper is named at run time with the helper it resembles", "[strict]") {
  test::TempDir dir({{"r.lua", test::rule_file("r", "    local x = at_lest('team.headcount', 3)")}});
  auto r = test::engine_with_rules(dir)->recommend(test::assessment());
  REQUIRE(test::other_warnings(r).size() == 1);
  CHECK(test::other_warnings(r)[0].line == 7);
  CHECK(test::other_warnings(r)[0].message ==
        "rule \"r\" failed: undefined global 'at_lest' (did you mean \"at_least\"?)");
}

TEST_CASE("at run time the suggestion may be a local of the function that read the name", "[strict]") {
  test::TempDir dir({{"r.lua", test::rule_file("r", "    local threshold = 3\n    local x = treshold")}});
  auto r = test::engine_with_rules(dir)->recommend(test::assessment());
  REQUIRE(test::other_warnings(r).size() == 1);
  CHECK(test::other_warnings(r)[0].line == 8);
  CHECK(test::other_warnings(r)[0].message.find("undefined global 'treshold' (did you mean \"threshold\"?)") !=
      std::string::npos);
}

TEST_CASE("reading an undefined name at the top level fails the load with file and line", "[strict]") {
  test::TempDir dir({{"r.lua", "local x = 1\nlocal limit = LIMIT\n" + test::rule_file("r", "")}});
  try {
    test::engine_with_rules(dir);
    FAIL("the file loaded");
  } catch (const trynext::LoadError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].code == "load_error");
    CHECK(e.diagnostics()[0].file == "r.lua");
    CHECK(e.diagnostics()[0].line == 2);
    CHECK(e.diagnostics()[0].message.find("undefined global 'LIMIT'") != std::string::npos);
  }
}

TEST_CASE("a file's own locals, local functions and the rule globals still read as before", "[strict]") {
  test::TempDir dir({{"r.lua", rule_with_top("local LIMIT <const> = 5\n"
                                             "local function over(n) return n > LIMIT end\n"
                                             "local helpers = { twice = function(n) return 2 * n end }\n",
                                             "    assert(over(helpers.twice(a.team.headcount)) and math.floor(1.5) == 1)\n"
                                             "    assert(type(string.format) == 'function' and _VERSION and fmt('%d', 1))\n"
                                             "    assert(rawget(_ENV, 'not_defined') == nil)")}});
  auto engine = test::engine_with_rules(dir);
  CHECK(engine->load_warnings().empty());
  auto r = engine->recommend(test::assessment());
  CHECK(test::other_warnings(r).empty());
  CHECK(test::ids(r.recommendations) == std::vector<std::string>{"peer_support"});
}

TEST_CASE("the standard globals the sandbox withholds read as nil, so feature tests still work", "[strict]") {
  test::TempDir dir({{"r.lua", test::rule_file("r", "    local unpack = unpack or table.unpack\n"
                                                    "    assert(os == nil and load == nil and _G == nil and unpack)")}});
  auto engine = test::engine_with_rules(dir);
  CHECK(engine->load_warnings().empty());
  auto r = engine->recommend(test::assessment());
  CHECK(test::other_warnings(r).empty());
  CHECK(test::ids(r.recommendations) == std::vector<std::string>{"peer_support"});
}

TEST_CASE("every rule file in rules/ loads without a warning, and check finds no undefined reads", "[strict]") {
  auto engine = test::default_engine();
  CHECK(engine->load_warnings().empty());
  CHECK_FALSE(engine->rules().empty());
  for (const auto& entry : std::filesystem::directory_iterator(test::rules_dir())) {
    if (entry.path().extension() != ".lua" || entry.path().filename() == "trynext.d.lua") continue;
    INFO(entry.path());
    CHECK(global_reads(test::read_file(entry.path())).empty());
  }
}

TEST_CASE("check follows Lua's scopes: what it reports and what it does not", "[strict]") {
  CHECK(reported(kScopes) ==
        std::vector<std::string>{"3:UNDEF1", "8:UNDEF2", "11:inner", "12:q", "14:y", "16:later"});
  auto d = global_reads(kScopes);
  REQUIRE(d.size() == 6);
  CHECK(d[0].message.find("is not a local of this file") != std::string::npos);
  CHECK(d[2].message.find("declares one later or in another block") != std::string::npos);
}

TEST_CASE("check leaves alone a name the file assigns, and a file that does not compile", "[strict]") {
  CHECK(reported("X = 1\nlocal y = X\n").empty());  // the assignment itself is refused at run time
  CHECK(reported("local y = = 1 UNDEF").empty());
}

TEST_CASE("a rule that sets a global is told the global's own name", "[strict]") {
  test::TempDir dir({{"r.lua", test::rule_file("r", "    leaked_total = 1")}});
  auto r = test::engine_with_rules(dir)->recommend(test::assessment());
  REQUIRE(test::other_warnings(r).size() == 1);
  CHECK(test::other_warnings(r)[0].message ==
        "rule \"r\" failed: rules may not set the global \"leaked_total\": declare it local (local leaked_total = ...)");
}

TEST_CASE("a weight of NaN or infinity is named as such, not as null", "[strict]") {
  for (const auto& [weight, words] : std::vector<std::pair<std::string, std::string>>{
           {"0/0", "got nan (not a number)"}, {"math.huge", "got inf (infinity)"}, {"-math.huge", "got -inf"}}) {
    INFO("weight = " << weight);
    test::TempDir dir({{"r.lua",
                        "rule { id = 'r', title = 'R', sources = { { file = 'f', lines = { 1, 1 } } },\n"
                        "  recommends = { 'peer_support' },\n"
                        "  evaluate = function(a) recommend { id = 'peer_support', weight = " + weight +
                            ", because = 'x' } end }\n"}});
    auto r = test::engine_with_rules(dir)->recommend(test::assessment());
    REQUIRE(test::other_warnings(r).size() == 1);
    CHECK(test::other_warnings(r)[0].message.find("weight must be more than 0 and at most 10, " + words) !=
        std::string::npos);
    CHECK(test::other_warnings(r)[0].message.find("null") == std::string::npos);
  }
}

TEST_CASE("check finds the undefined reads that luacheck finds", "[strict]") {
  if (std::system("command -v luacheck >/dev/null 2>&1") != 0)
    return test::skip("luacheck is not installed (apt-get install lua-check)");
  test::TempDir dir({{"scopes.lua", kScopes}});
  std::vector<std::filesystem::path> files = {dir.path() / "scopes.lua"};
  for (const auto& d : {test::rules_dir(), test::source_dir() / "tests" / "fuzz" / "corpus" / "rules"})
    for (const auto& entry : std::filesystem::directory_iterator(d))
      if (entry.path().extension() == ".lua" && entry.path().filename() != "trynext.d.lua") files.push_back(entry.path());
  std::string globals;
  for (const auto& g : trynext::rule_global_names()) globals += " " + g;
  static const std::regex w113(":([0-9]+):[0-9]+: \\(W113\\) accessing undefined variable '([^']*)'");
  for (const auto& file : files) {
    INFO(file);
    std::string command = "luacheck --no-color --no-config --formatter plain --codes --std none --allow-defined "
                          "--only 113 --read-globals" + globals + " -- '" + file.string() + "' 2>/dev/null";
    std::set<std::string> theirs;
    FILE* out = popen(command.c_str(), "r");
    REQUIRE(out);
    char line[4096];
    while (std::fgets(line, sizeof line, out)) {
      std::cmatch m;
      if (std::regex_search(line, m, w113)) theirs.insert(m[1].str() + ":" + m[2].str());
    }
    pclose(out);
    auto ours = reported(test::read_file(file));
    CHECK(std::set<std::string>(ours.begin(), ours.end()) == theirs);
  }
  CHECK(files.size() > 20);
}
