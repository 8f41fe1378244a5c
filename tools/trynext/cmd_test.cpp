// trynext test [DIR]: runs the rule tests written in Lua (DIR/tests/*.lua) against the rules in DIR,
// prints "N passed, N failed", and with --coverage which rules and interventions the tests exercised.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <set>

#include "catalogue/catalogue_build.h"  // engine/src: the build is not part of the public API
#include "common.h"
#include "trynext/json.h"

namespace trynext_cli {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct TestFlags {
  std::string dir;
  bool coverage = false;
  double threshold = 0;
  bool verbose = false;
  std::string catalogue;
};

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
void fix_empty_lists(json& input, const trynext::Catalogue& catalogue) {
  if (!input.contains("team") || !input["team"].is_object()) return;
  for (const auto& f : catalogue.fields) {
    auto it = input["team"].find(f.name);
    if (it != input["team"].end() && it->is_object() && it->empty() &&
        (f.type == "flags" || f.type == "ids" || f.type == "tried"))
      *it = json::array();
  }
}

// Checks one test's expectations; returns the failure lines (empty when it passed).
std::vector<std::string> check(const json& t, const trynext::Result& r) {
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
  return failures;
}

void run(const TestFlags& flags) {
  EngineFlags engine_flags;
  engine_flags.rules = flags.dir.empty() ? default_rules_dir() : flags.dir;
  engine_flags.catalogue = flags.catalogue;
  auto engine = load_engine(engine_flags);
  fs::path tests_dir = fs::path(engine_flags.rules) / "tests";
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(tests_dir, ec))
    if (e.path().extension() == ".lua") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    complain("no rule tests in " + tests_dir.string() + " (write them as tests/*.lua beside the rules)");
    throw Exit{kBadInput};
  }

  std::vector<trynext::Diagnostic> diagnostics;
  int passed = 0, failed = 0;
  std::map<std::string, int> rule_fired;
  std::map<std::string, int> intervention_recommended;
  trynext::EvaluateOptions options;
  options.explain = true;  // to see which rules fired
  for (const auto& file : files) {
    std::string name = file.string();
    for (auto& entry : trynext::read_lua_data(file, name, {"test"}, {}, diagnostics)) {
      json& t = entry.data;
      std::string title = t.value("name", "(unnamed test)");
      std::string where = entry.file + ":" + std::to_string(entry.line);
      if (!t.contains("input") || !t["input"].is_object()) {
        diagnostics.push_back({entry.file, entry.line, "invalid_test",
                               "test \"" + title + "\" needs input = { team = {...}, answers = {...} }"});
        continue;
      }
      json input = t["input"];
      fix_empty_lists(input, engine->catalogue());
      std::vector<std::string> failures;
      try {
        trynext::Result r = engine->recommend(input.dump(), options);
        failures = check(t, r);
        for (const auto& trace : r.trace)
          if (trace.fired) ++rule_fired[trace.rule];
        for (const auto& rec : r.recommendations) ++intervention_recommended[rec.id];
        for (const auto& rec : r.also_considered) ++intervention_recommended[rec.id];
      } catch (const trynext::InputError& e) {
        for (const auto& p : e.problems()) failures.push_back("invalid input: " + p.to_string());
      }
      if (failures.empty()) {
        ++passed;
        if (flags.verbose) std::cout << where << ": PASS " << title << "\n";
      } else {
        ++failed;
        std::cout << where << ": FAIL " << title << "\n";
        for (const auto& f : failures) std::cout << "      " << f << "\n";
      }
    }
  }
  for (const auto& d : diagnostics) std::cerr << d.to_string() << "\n";

  bool below_threshold = false;
  if (flags.coverage || flags.threshold > 0) {
    const auto& rules = engine->rules();
    int covered = 0;
    std::vector<std::string> uncovered;
    for (const auto& r : rules) {
      if (rule_fired.count(r.id))
        ++covered;
      else
        uncovered.push_back(r.id + " (" + r.file + ":" + std::to_string(r.line) + ")");
    }
    double percent = rules.empty() ? 100 : 100.0 * covered / rules.size();
    std::set<std::string> reachable;
    for (const auto& r : rules) reachable.insert(r.recommends.begin(), r.recommends.end());
    int interventions_covered = 0;
    std::vector<std::string> interventions_uncovered;
    for (const auto& id : reachable) {
      if (intervention_recommended.count(id))
        ++interventions_covered;
      else
        interventions_uncovered.push_back(id);
    }
    if (flags.coverage) {
      std::cout << "\nCoverage: " << covered << " of " << rules.size() << " rules fired in a test (" << std::fixed
                << std::setprecision(1) << percent << "%); " << interventions_covered << " of " << reachable.size()
                << " interventions the rules can recommend were recommended in a test\n";
      for (const auto& u : uncovered) std::cout << "  rule not exercised: " << u << "\n";
      for (const auto& u : interventions_uncovered) std::cout << "  intervention not exercised: " << u << "\n";
    }
    if (percent < flags.threshold) {
      std::cout << "Coverage " << percent << "% is below the threshold of " << flags.threshold << "%\n";
      below_threshold = true;
    }
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  if (!diagnostics.empty()) throw Exit{kBadInput};
  if (failed || below_threshold) throw Exit{kFailed};
}

}  // namespace

void add_test_command(CLI::App& app) {
  auto flags = std::make_shared<TestFlags>();
  CLI::App* cmd = app.add_subcommand("test", "Run the rule tests written in Lua (DIR/tests/*.lua)");
  cmd->footer(
      "A test file holds test{ name = ..., input = { team = {...}, answers = {...} }, expect = { ids in order },\n"
      "expect_set = { ids in any order }, includes = { ids }, excludes = { ids } }. See docs/rules.md.\n"
      "Exit codes: 0 all passed; 1 a test failed or coverage is under --threshold; 2 the rules or tests could not be "
      "read.");
  cmd->add_option("dir", flags->dir, "Rules directory (default: the bundled rules)");
  cmd->add_flag("--coverage", flags->coverage, "Report which rules and interventions the tests exercised");
  cmd->add_option("--threshold", flags->threshold, "Fail when under this percentage of rules is exercised")
      ->check(CLI::Range(0.0, 100.0));
  cmd->add_flag("-v,--verbose", flags->verbose, "Print every test, not only failures");
  cmd->add_option("--catalogue", flags->catalogue, "Catalogue database (default: the bundled catalogue)");
  cmd->callback([flags] { run(*flags); });
}

}  // namespace trynext_cli
