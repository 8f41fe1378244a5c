// The reports of a rule-test run: text for a terminal (what `trynext test` has always printed),
// Markdown for a review, JSON for other tools.
#include <iomanip>
#include <sstream>

#include "trynext/rule_tests.h"

namespace trynext {

namespace {

std::string where(const RuleTestCase& t) { return t.file + ":" + std::to_string(t.line); }

// A cell of a Markdown table: one line, no column breaks.
std::string cell(const std::string& text) {
  std::string out;
  for (char ch : text) {
    if (ch == '\n')
      out += "<br>";
    else if (ch == '|')
      out += "\\|";
    else
      out += ch;
  }
  return out;
}

std::string coverage_sentence(const RuleTestCoverage& c) {
  std::ostringstream out;
  out << c.rules_fired() << " of " << c.rules << " rules fired in a test (" << std::fixed << std::setprecision(1)
      << c.percent() << "%); " << c.interventions_recommended() << " of " << c.interventions
      << " interventions the rules can recommend were recommended in a test";
  return out.str();
}

}  // namespace

std::string rule_tests_text_results(const RuleTestRun& run, const RuleTestReportOptions& options) {
  std::ostringstream out;
  for (const auto& t : run.tests) {
    if (t.passed()) {
      if (options.verbose) out << where(t) << ": PASS " << t.name << "\n";
      continue;
    }
    out << where(t) << ": FAIL " << t.name << "\n";
    for (const auto& f : t.failures) out << "      " << f << "\n";
  }
  return out.str();
}

std::string rule_tests_text_summary(const RuleTestRun& run, const RuleTestReportOptions& options) {
  std::ostringstream out;
  if (options.coverage) {
    out << "\nCoverage: " << coverage_sentence(run.coverage) << "\n";
    for (const auto& u : run.coverage.rules_not_fired) out << "  rule not exercised: " << u << "\n";
    for (const auto& u : run.coverage.interventions_not_recommended) out << "  intervention not exercised: " << u << "\n";
    // The threshold line below has always been printed with the coverage's one decimal when the
    // coverage is shown, and in the stream's default notation when it is not.
    out << std::fixed << std::setprecision(1);
  }
  if (run.below(options.threshold))
    out << "Coverage " << run.coverage.percent() << "% is below the threshold of " << options.threshold << "%\n";
  out << run.passed() << " passed, " << run.failed() << " failed\n";
  return out.str();
}

std::string rule_tests_text(const RuleTestRun& run, const RuleTestReportOptions& options) {
  return rule_tests_text_results(run, options) + rule_tests_text_summary(run, options);
}

std::string rule_tests_markdown(const RuleTestRun& run, const RuleTestReportOptions& options) {
  std::ostringstream out;
  out << "## Rule tests\n\n" << run.passed() << " passed, " << run.failed() << " failed\n";
  bool any_listed = false;
  for (const auto& t : run.tests) {
    if (t.passed() && !options.verbose) continue;
    if (!any_listed) out << "\n| test | where | result |\n| --- | --- | --- |\n";
    any_listed = true;
    std::string result = t.passed() ? "pass" : "FAIL";
    for (const auto& f : t.failures) result += "<br>" + cell(f);
    out << "| " << cell(t.name) << " | " << where(t) << " | " << result << " |\n";
  }
  if (!run.diagnostics.empty()) {
    out << "\n### Problems\n\n";
    for (const auto& d : run.diagnostics) out << "- " << cell(d.to_string()) << "\n";
  }
  if (options.coverage) {
    out << "\n### Coverage\n\n" << coverage_sentence(run.coverage) << "\n";
    if (!run.coverage.rules_not_fired.empty() || !run.coverage.interventions_not_recommended.empty()) out << "\n";
    for (const auto& u : run.coverage.rules_not_fired) out << "- rule not exercised: " << u << "\n";
    for (const auto& u : run.coverage.interventions_not_recommended) out << "- intervention not exercised: " << u << "\n";
  }
  if (run.below(options.threshold)) {
    std::ostringstream percent;
    percent << std::fixed << std::setprecision(1) << run.coverage.percent();
    out << "\nCoverage " << percent.str() << "% is below the threshold of " << options.threshold << "%\n";
  }
  return out.str();
}

nlohmann::json rule_tests_json(const RuleTestRun& run, const RuleTestReportOptions& options) {
  nlohmann::json tests = nlohmann::json::array();
  for (const auto& t : run.tests)
    tests.push_back(
        {{"name", t.name}, {"file", t.file}, {"line", t.line}, {"passed", t.passed()}, {"failures", t.failures}});
  nlohmann::json diagnostics = nlohmann::json::array();
  for (const auto& d : run.diagnostics)
    diagnostics.push_back({{"file", d.file}, {"line", d.line}, {"code", d.code}, {"message", d.message}});
  const auto& c = run.coverage;
  return {{"passed", run.passed()},
          {"failed", run.failed()},
          {"tests", tests},
          {"diagnostics", diagnostics},
          {"coverage",
           {{"rules", c.rules},
            {"rules_fired", c.rules_fired()},
            {"percent", c.percent()},
            {"rules_not_fired", c.rules_not_fired},
            {"interventions", c.interventions},
            {"interventions_recommended", c.interventions_recommended()},
            {"interventions_not_recommended", c.interventions_not_recommended}}},
          {"threshold", options.threshold},
          {"below_threshold", run.below(options.threshold)}};
}

}  // namespace trynext
