// trynext test [DIR]: runs the rule tests written in Lua (DIR/tests/*.lua) against the rules in DIR,
// prints "N passed, N failed", and with --coverage which rules and interventions the tests exercised.
// The runner and its reports are the library's (trynext/rule_tests.h).
#include <filesystem>
#include <iostream>

#include "common.h"
#include "trynext/rule_tests.h"

namespace trynext_cli {

namespace {

struct TestFlags {
  std::string dir;
  std::string format = "text";
  trynext::RuleTestReportOptions report;
  std::string catalogue;
};

void run(const TestFlags& flags) {
  EngineFlags engine_flags{flags.dir.empty() ? default_rules_dir() : flags.dir, flags.catalogue};
  auto engine = load_engine(engine_flags);
  trynext::RuleTestRun run;
  try {
    run = trynext::run_rule_tests(*engine, std::filesystem::path(engine_flags.rules) / "tests");
  } catch (const trynext::LoadError& e) { fail_load(e); }
  auto print_diagnostics = [&] {
    for (const auto& d : run.diagnostics) std::cerr << d.to_string() << "\n";
  };
  if (flags.format == "text") {
    // The problems come after the tests' results and before the count, as a compiler's would.
    std::cout << trynext::rule_tests_text_results(run, flags.report);
    print_diagnostics();
    std::cout << trynext::rule_tests_text_summary(run, flags.report);
  } else {
    print_report(flags.format, {nullptr, [&] { return trynext::rule_tests_markdown(run, flags.report); },
                                [&] { return trynext::rule_tests_json(run, flags.report); }});
    print_diagnostics();
  }
  if (!run.diagnostics.empty()) throw Exit{kBadInput};
  if (run.failed() || run.below(flags.report.threshold)) throw Exit{kFailed};
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
  cmd->add_flag("--coverage", flags->report.coverage, "Report which rules and interventions the tests exercised");
  cmd->add_option("--threshold", flags->report.threshold, "Fail when under this percentage of rules is exercised")
      ->check(CLI::Range(0.0, 100.0));
  cmd->add_flag("-v,--verbose", flags->report.verbose, "Print every test, not only failures");
  cmd->add_option("--format", flags->format, "text (default), markdown (for a review) or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  add_catalogue_flag(cmd, flags->catalogue);
  cmd->callback([flags] { run(*flags); });
}

}  // namespace trynext_cli
