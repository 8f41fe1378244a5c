// The table of rule helpers (engine/src/rules/rule_helpers.cpp) against every other place that
// describes them: the sandbox's globals, rules/trynext.d.lua, docs/rules.md, the Condition::op
// comment in result.h, the conditions the helpers record, explain's sentences and check's proofs.
// Each test fails when a helper is added, renamed or reworded in one place only, and prints what the
// other place should say.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <sstream>

#include "rules/lua_sandbox.h"
#include "rules/rule_api.h"
#include "rules/rule_helpers.h"
#include "test_support.h"

namespace {

using trynext::HelperRecords;
using trynext::HelperScope;
using trynext::RuleHelper;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// The stub LuaLS should see for a helper, as rules/trynext.d.lua writes it.
std::string rendered_stub(const RuleHelper& h) {
  std::string s;
  if (!h.summary.empty()) s += "---" + std::string(h.summary) + "\n";
  std::string args;
  for (const auto& p : h.params) {
    s += "---@param " + std::string(p.name) + " " + std::string(p.type) +
         (p.note.empty() ? "" : " " + std::string(p.note)) + "\n";
    args += (args.empty() ? "" : ", ") + std::string(p.name);
  }
  if (!h.result.type.empty())
    s += "---@return " + std::string(h.result.type) + (h.result.note.empty() ? "" : " " + std::string(h.result.note)) +
         "\n";
  return s + "function " + std::string(h.name) + "(" + args + ") end\n";
}

// rules/trynext.d.lua: each `function name(...) end` with the `---` lines right above it.
std::map<std::string, std::string> stubs_in_file() {
  std::map<std::string, std::string> out;
  auto lines = lines_of(test::read_file(test::source_dir() / "rules" / "trynext.d.lua"));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (l.rfind("function ", 0) != 0) continue;
    std::string name = l.substr(9, l.find('(') - 9);
    std::size_t from = i;
    while (from > 0 && lines[from - 1].rfind("---", 0) == 0 && lines[from - 1] != "---@meta") --from;
    std::string block;
    for (std::size_t k = from; k <= i; ++k) block += lines[k] + "\n";
    out[name] = block;
  }
  return out;
}

struct DocRow {
  std::string table;  // the second column's heading
  std::string line;
};

// docs/rules.md, section "Conditions": the rows of its tables whose first cell is a call, by name.
std::map<std::string, DocRow> doc_rows() {
  std::map<std::string, DocRow> out;
  bool inside = false;
  std::string heading;
  for (const auto& l : lines_of(test::read_file(test::source_dir() / "docs" / "rules.md"))) {
    if (l.rfind("## ", 0) == 0) inside = l == "## Conditions";
    if (!inside || l.rfind("| ", 0) != 0) continue;
    if (l.rfind("| helper | ", 0) == 0) {
      heading = l.substr(11, l.size() - 11 - 2);
      continue;
    }
    if (l.rfind("| `", 0) != 0) continue;
    std::string name = l.substr(3, l.find_first_of("(`", 3) - 3);
    out[name] = {heading, l};
  }
  return out;
}

bool standard_lua_global(const std::string& name) {
  // The base library of Lua 5.4 (reference manual, 6.1) and the libraries the sandbox keeps.
  static const std::set<std::string> names = {
      "assert",  "error",  "getmetatable", "ipairs",       "next",   "pairs",  "pcall", "rawequal", "rawget",
      "rawlen",  "rawset", "select",       "setmetatable", "tonumber", "tostring", "type", "xpcall",  "_VERSION",
      "string",  "table",  "math",         "utf8"};
  return names.count(name) > 0;
}

}  // namespace

TEST_CASE("the sandbox registers exactly the helpers of the table", "[helpers]") {
  trynext::LuaSandbox sandbox;
  trynext::install_rule_api(sandbox);
  lua_State* L = sandbox.state();
  sandbox.push_rule_globals();
  std::set<std::string> globals;
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    std::string name = lua_tostring(L, -2);
    globals.insert(name);
    INFO("rule global " << name);
    if (lua_type(L, -1) == LUA_TFUNCTION && !standard_lua_global(name)) {
      const RuleHelper* h = trynext::find_rule_helper(name);
      CHECK(h != nullptr);  // a function rules can call that the table does not describe
      if (h) CHECK(h->scope == HelperScope::kRuleFile);
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  for (const auto& h : trynext::rule_helpers()) {
    INFO("helper " << h.name);
    CHECK(globals.count(std::string(h.name)) == (h.scope == HelperScope::kRuleFile ? 1u : 0u));
  }
  CHECK(globals.size() > trynext::rule_helpers().size());  // the standard functions are there too
}

TEST_CASE("rules/trynext.d.lua has one stub per helper, as the table describes it", "[helpers]") {
  auto stubs = stubs_in_file();
  for (const auto& h : trynext::rule_helpers()) {
    INFO("helper " << h.name << ": rules/trynext.d.lua should say\n" << rendered_stub(h));
    REQUIRE(stubs.count(std::string(h.name)) == 1);
    CHECK(stubs[std::string(h.name)] == rendered_stub(h));
  }
  for (const auto& [name, block] : stubs) {
    INFO("rules/trynext.d.lua declares " << name << ", which the table of helpers does not list");
    CHECK(trynext::find_rule_helper(name) != nullptr);
  }
  CHECK(stubs.size() == trynext::rule_helpers().size());
}

TEST_CASE("docs/rules.md lists every helper the table puts in its tables, in the table's words", "[helpers]") {
  auto rows = doc_rows();
  std::size_t documented = 0;
  for (const auto& h : trynext::rule_helpers()) {
    if (h.doc_table.empty()) continue;
    ++documented;
    std::string want = "| `" + std::string(h.doc_call) + "` | " + std::string(h.doc) + " |";
    INFO("helper " << h.name << ": docs/rules.md should list, under | helper | " << h.doc_table << " |,\n" << want);
    REQUIRE(rows.count(std::string(h.name)) == 1);
    CHECK(rows[std::string(h.name)].table == h.doc_table);
    CHECK(rows[std::string(h.name)].line == want);
    CHECK(h.doc_call.substr(0, h.name.size() + 1) == std::string(h.name) + "(");
  }
  for (const auto& [name, row] : rows) {
    INFO("docs/rules.md lists " << name << ", which the table of helpers does not document there: " << row.line);
    const RuleHelper* h = trynext::find_rule_helper(name);
    CHECK((h && !h->doc_table.empty()));
  }
  CHECK(rows.size() == documented);
  CHECK(documented >= 15);
}

TEST_CASE("the Condition::op comment names the helpers that record conditions", "[helpers]") {
  std::string header = test::read_file(test::source_dir() / "engine" / "include" / "trynext" / "result.h");
  std::size_t at = header.find("std::string op;");
  REQUIRE(at != std::string::npos);
  std::size_t comment = header.find("// ", at) + 3;
  std::string listed = header.substr(comment, header.find('\n', comment) - comment);
  std::string want;
  for (const auto& h : trynext::rule_helpers())
    if (h.records == HelperRecords::kCondition) want += (want.empty() ? "" : ", ") + std::string(h.name);
  CHECK(listed == want);
}

TEST_CASE("each condition helper records its own name, and explain words it as the table says", "[helpers]") {
  // A call per helper that is false for a team of 10 with support.a met and peer_support in place,
  // and the sentence explain must give. A helper added to the table without a line here fails.
  const std::map<std::string, std::pair<std::string, std::string>> calls = {
      {"at_least", {"at_least('team.headcount', 20)", "team.headcount were 20 or more (it is 10)"}},
      {"at_most", {"at_most('team.headcount', 5)", "team.headcount were 5 or fewer (it is 10)"}},
      {"above", {"above('team.headcount', 10)", "team.headcount were more than 10 (it is 10)"}},
      {"below", {"below('team.headcount', 10)", "team.headcount were less than 10 (it is 10)"}},
      {"is", {"is('team.headcount', 12)", "team.headcount were 12 (it is 10)"}},
      {"has", {"has('team.concerns', 'low_morale')", "team.concerns included \"low_morale\" (it is null)"}},
      {"answer", {"answer('support.a', 'not_met', 'partly')", "answers.support.a were not_met or partly (it is \"met\")"}},
      {"answer_is_not", {"answer_is_not('support.a', 'met')", "answers.support.a were anything but met (it is \"met\")"}},
      {"in_place", {"in_place('schwartz_rounds')", "schwartz_rounds were in place (it is [\"peer_support\"])"}},
      {"not_in_place", {"not_in_place('peer_support')", "peer_support were not in place (it is [\"peer_support\"])"}},
  };
  trynext::EvaluateOptions explain;
  explain.explain = true;
  std::string input = test::assessment({{"in_place", {"peer_support"}}}, {{"support.a", "met"}});
  std::size_t conditions = 0;
  for (const auto& h : trynext::rule_helpers()) {
    if (h.records != HelperRecords::kCondition) continue;
    ++conditions;
    INFO("helper " << h.name);
    REQUIRE(calls.count(std::string(h.name)) == 1);
    const auto& [call, sentence] = calls.at(std::string(h.name));
    test::TempDir dir({{"c.lua",
                        "rule { id = 'c', title = 'C', sources = { { file = 'f', lines = { 1, 1 } } },\n"
                        "  recommends = { 'team_meetings' },\n"
                        "  evaluate = function(a)\n"
                        "    if " + call + " then recommend { id = 'team_meetings', because = 'x' } end\n"
                        "  end }\n"}});
    auto r = test::engine_with_rules(dir)->recommend(input, explain);
    REQUIRE(r.trace.size() == 1);
    REQUIRE(r.trace[0].conditions.size() == 1);
    CHECK(r.trace[0].conditions[0].op == h.name);
    CHECK_FALSE(r.trace[0].conditions[0].result);
    REQUIRE(r.trace[0].would_fire_if.size() == 1);
    CHECK(r.trace[0].would_fire_if[0] == "team_meetings would be recommended if " + sentence);
    CHECK(trynext::explain_requirement(h, r.trace[0].conditions[0].path, r.trace[0].conditions[0].expected) + " (it is " +
              r.trace[0].conditions[0].actual + ")" ==
          sentence);
  }
  CHECK(conditions == calls.size());
}

TEST_CASE("the helpers that read record what they read, and no condition", "[helpers]") {
  const std::map<std::string, std::pair<std::string, std::string>> calls = {
      {"tried", {"tried('peer_support')", "team.tried"}},
      {"value", {"value('team.headcount')", "team.headcount"}},
      {"count_of", {"count_of('team.newly_qualified_share')", "team.newly_qualified_share"}},
      {"count_answers", {"count_answers({ 'support.a' }, 'met')", "answers.support.a"}},
  };
  trynext::EvaluateOptions explain;
  explain.explain = true;
  for (const auto& h : trynext::rule_helpers()) {
    if (h.records != HelperRecords::kRead) continue;
    INFO("helper " << h.name);
    REQUIRE(calls.count(std::string(h.name)) == 1);
    const auto& [call, path] = calls.at(std::string(h.name));
    test::TempDir dir({{"r.lua", test::rule_file("r", "local _ = " + call)}});
    auto r = test::engine_with_rules(dir)->recommend(test::assessment({{"newly_qualified_share", 0.4}}), explain);
    REQUIRE(r.trace.size() == 1);
    CHECK(r.trace[0].error.empty());
    CHECK(r.trace[0].conditions.empty());
    bool read = false;
    for (const auto& [p, v] : r.trace[0].inputs) read = read || p == path;
    CHECK(read);
  }
}

TEST_CASE("check proves a threshold helper impossible as the table says", "[helpers]") {
  // team.mobile_working_share lies between 0 and 1: a call each that can never be true, and one
  // just inside the range that can.
  const std::map<std::string, std::pair<std::string, std::string>> thresholds = {
      {"at_least", {"1.5", "1"}}, {"at_most", {"-0.5", "0"}}, {"above", {"1", "0.5"}}, {"below", {"0", "0.5"}}};
  std::size_t checked = 0;
  for (const auto& h : trynext::rule_helpers()) {
    if (h.check != trynext::HelperCheck::kThreshold) continue;
    ++checked;
    INFO("helper " << h.name);
    REQUIRE(thresholds.count(std::string(h.name)) == 1);
    const auto& [never, possible] = thresholds.at(std::string(h.name));
    std::string name(h.name);
    test::TempDir dir({{"t.lua", test::rule_file("t", "local x = " + name + "('team.mobile_working_share', " + never +
                                                          ")\n    local y = " + name + "('team.mobile_working_share', " +
                                                          possible + ")")}});
    try {
      test::engine_with_rules(dir);
      FAIL("the impossible condition loaded");
    } catch (const trynext::LoadError& e) {
      REQUIRE(e.diagnostics().size() == 1);
      CHECK(e.diagnostics()[0].code == "never_true");
      CHECK(e.diagnostics()[0].line == 7);
      CHECK(e.diagnostics()[0].message.rfind(name + "(\"team.mobile_working_share\", " + never + ") can never be true", 0) ==
            0);
    }
  }
  CHECK(checked == thresholds.size());
}
