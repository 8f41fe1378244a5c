// The rule-test runner: reads test{...} tables from Lua data files, evaluates each test's input with
// the Engine and checks the outcome against what the test expects, counting which rules fired and
// which interventions were recommended on the way.
#include "trynext/rule_tests.h"

#include <algorithm>
#include <map>
#include <set>

#include "catalogue/catalogue_build.h"

namespace trynext {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string join(const std::vector<std::string>& ids) {
  std::string s;
  for (const auto& id : ids) s += (s.empty() ? "" : ", ") + id;
  return s.empty() ? "(nothing)" : s;
}

std::vector<std::string> strings(const json& v) {
  std::vector<std::string> out;
  if (v.is_array())
    for (const auto& x : v)
      if (x.is_string()) out.push_back(x.get<std::string>());
  return out;
}

// Lua cannot tell an empty list from an empty table; the instrument can.
void fix_empty_lists(json& input, const Catalogue& catalogue) {
  if (!input.contains("team") || !input["team"].is_object()) return;
  for (const auto& f : catalogue.fields) {
    auto it = input["team"].find(f.name);
    if (it != input["team"].end() && it->is_object() && it->empty() &&
        (f.type == "flags" || f.type == "ids" || f.type == "tried"))
      *it = json::array();
  }
}

// Checks one test's expectations; returns the failures (empty when it passed).
std::vector<std::string> check(const json& t, const Result& r) {
  std::vector<std::string> failures;
  std::vector<std::string> top;
  for (const auto& rec : r.recommendations) top.push_back(rec.id);
  std::set<std::string> scored(top.begin(), top.end());
  for (const auto& rec : r.also_considered) scored.insert(rec.id);
  for (const auto& w : r.warnings)
    if (w.kind == "rule_error" || w.kind == "rule_limit")
      failures.push_back("rule failed: " + w.file + ":" + std::to_string(w.line) + ": " + w.message);
  if (t.contains("expect")) {
    auto want = strings(t["expect"]);
    if (want != top) failures.push_back("expected in order: " + join(want) + "\n      got:               " + join(top));
  }
  if (t.contains("expect_set")) {
    auto want = strings(t["expect_set"]);
    if (std::set<std::string>(want.begin(), want.end()) != std::set<std::string>(top.begin(), top.end()) ||
        want.size() != top.size())
      failures.push_back("expected, in any order: " + join(want) + "\n      got:                    " + join(top));
  }
  for (const auto& id : strings(t.value("includes", json::array())))
    if (!scored.count(id)) failures.push_back("expected " + id + " to be recommended or considered; got: " + join(top));
  for (const auto& id : strings(t.value("excludes", json::array())))
    if (scored.count(id)) failures.push_back("expected " + id + " not to be recommended; it was");
  // labels = { structured_debrief = "act_now" }: the label each named intervention gets (docs/ranking.md).
  if (auto labels = t.find("labels"); labels != t.end() && labels->is_object()) {
    for (const auto& [id, want] : labels->items()) {
      std::string got = "(not recommended)";
      for (const auto* list : {&r.recommendations, &r.also_considered, &r.keep_going})
        for (const auto& rec : *list)
          if (rec.id == id) got = rec.label;
      if (!want.is_string() || want.get<std::string>() != got)
        failures.push_back("expected " + id + " to be labelled " + (want.is_string() ? want.get<std::string>() : want.dump()) +
                           "; it is " + got);
    }
  }
  return failures;
}

RuleTestCoverage coverage_of(const std::vector<RuleInfo>& rules, const std::set<std::string>& fired,
                             const std::set<std::string>& recommended) {
  RuleTestCoverage c;
  c.rules = rules.size();
  std::set<std::string> reachable;
  for (const auto& r : rules) {
    if (!fired.count(r.id)) c.rules_not_fired.push_back(r.id + " (" + r.file + ":" + std::to_string(r.line) + ")");
    reachable.insert(r.recommends.begin(), r.recommends.end());
  }
  c.interventions = reachable.size();
  for (const auto& id : reachable)
    if (!recommended.count(id)) c.interventions_not_recommended.push_back(id);
  return c;
}

}  // namespace

double RuleTestCoverage::percent() const { return rules == 0 ? 100 : 100.0 * rules_fired() / rules; }

int RuleTestRun::passed() const {
  return static_cast<int>(std::count_if(tests.begin(), tests.end(), [](const auto& t) { return t.passed(); }));
}

int RuleTestRun::failed() const { return static_cast<int>(tests.size()) - passed(); }

RuleTestRun run_rule_tests(const Engine& engine, const fs::path& tests_dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(tests_dir, ec))
    if (e.path().extension() == ".lua") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  if (files.empty())
    throw LoadError(tests_dir.string(), "no_tests",
                    "no rule tests in " + tests_dir.string() + " (write them as tests/*.lua beside the rules)");

  RuleTestRun run;
  std::set<std::string> fired, recommended;
  EvaluateOptions options;
  options.explain = true;  // to see which rules fired
  for (const auto& file : files) {
    for (auto& entry : read_lua_data(file, file.string(), {"test"}, {}, run.diagnostics)) {
      const json& t = entry.data;
      RuleTestCase test{t.value("name", "(unnamed test)"), entry.file, entry.line, {}};
      if (!t.contains("input") || !t["input"].is_object()) {
        run.diagnostics.push_back({entry.file, entry.line, "invalid_test",
                                   "test \"" + test.name + "\" needs input = { team = {...}, answers = {...} }"});
        continue;
      }
      json input = t["input"];
      fix_empty_lists(input, engine.catalogue());
      try {
        Result r = engine.recommend(input.dump(), options);
        test.failures = check(t, r);
        for (const auto& trace : r.trace)
          if (trace.fired) fired.insert(trace.rule);
        for (const auto& rec : r.recommendations) recommended.insert(rec.id);
        for (const auto& rec : r.also_considered) recommended.insert(rec.id);
      } catch (const InputError& e) {
        for (const auto& p : e.problems()) test.failures.push_back("invalid input: " + p.to_string());
      }
      run.tests.push_back(std::move(test));
    }
  }
  run.coverage = coverage_of(engine.rules(), fired, recommended);
  return run;
}

}  // namespace trynext
