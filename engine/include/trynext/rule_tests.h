// The rule tests written in Lua beside a rule set (RULES/tests/*.lua, see docs/rules.md): each test
// gives an assessment and what the rules should make of it. The runner evaluates every test against
// an Engine and returns what came of each, with how much of the rule set the tests exercised; the
// reporters turn that into text, Markdown or JSON. `trynext test` is these three steps.
//
//   auto engine = trynext::Engine::load(options);
//   trynext::RuleTestRun run = trynext::run_rule_tests(*engine, options.rules_dir / "tests");
//   std::cout << trynext::rule_tests_text(run, {});
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "trynext/engine.h"
#include "trynext/error.h"

namespace trynext {

// One test{...} of a test file and what came of it.
struct RuleTestCase {
  std::string name;                   // the test's name; "(unnamed test)" when it gives none
  std::string file;                   // the test file, as tests_dir / its name
  int line = 0;                       // of the test{ call, from 1
  std::vector<std::string> failures;  // one message each (a message may span lines); empty: it passed
  bool passed() const { return failures.empty(); }
};

// How much of the rule set the tests exercised.
struct RuleTestCoverage {
  std::size_t rules = 0;                     // rules in the rule set
  std::vector<std::string> rules_not_fired;  // "id (file:line)", in the rule set's order
  std::size_t interventions = 0;             // interventions some rule can recommend
  std::vector<std::string> interventions_not_recommended;  // ids, sorted

  std::size_t rules_fired() const { return rules - rules_not_fired.size(); }
  std::size_t interventions_recommended() const { return interventions - interventions_not_recommended.size(); }
  // Share of the rules that fired in at least one test, in percent; 100 for an empty rule set.
  double percent() const;
};

struct RuleTestRun {
  std::vector<RuleTestCase> tests;      // files in name order, each file's tests in source order
  std::vector<Diagnostic> diagnostics;  // test files that could not be read; tests without an input
  RuleTestCoverage coverage;

  int passed() const;
  int failed() const;
  // True when the coverage is under threshold (a percentage; 0 never is).
  bool below(double threshold) const { return coverage.percent() < threshold; }
};

// Runs every test of tests_dir/*.lua against engine, explaining each evaluation to see which rules
// fired. A test passes when its expectations (expect, expect_set, includes, excludes, labels) hold and no
// rule failed or hit a limit. Throws LoadError (code "no_tests") when tests_dir holds no *.lua file.
RuleTestRun run_rule_tests(const Engine& engine, const std::filesystem::path& tests_dir);

// What a report shows besides the failures and the count.
struct RuleTestReportOptions {
  bool verbose = false;   // a line for every passing test too
  bool coverage = false;  // the coverage and what the tests did not exercise
  double threshold = 0;   // say so when the coverage is under this percentage
};

// The report `trynext test` prints: a line per failing test with its failures, then the coverage
// when asked for and "N passed, N failed". It leaves out the diagnostics, which the program prints
// to standard error between the two parts: rule_tests_text is results followed by summary.
std::string rule_tests_text(const RuleTestRun& run, const RuleTestReportOptions& options);
std::string rule_tests_text_results(const RuleTestRun& run, const RuleTestReportOptions& options);
std::string rule_tests_text_summary(const RuleTestRun& run, const RuleTestReportOptions& options);
// The same as a Markdown section for a review: a table of the failures and the coverage.
std::string rule_tests_markdown(const RuleTestRun& run, const RuleTestReportOptions& options);
// Everything the run found, for other tools: {"passed", "failed", "tests": [...], "diagnostics": [...],
// "coverage": {...}, "threshold", "below_threshold"}. Fields are added over time, never renamed.
nlohmann::json rule_tests_json(const RuleTestRun& run, const RuleTestReportOptions& options);

}  // namespace trynext
