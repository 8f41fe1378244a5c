// The rule-test runner and its reports (trynext/rule_tests.h): which tests pass, why one fails, what
// is a problem rather than a failure, and how much of the rule set the tests exercised.
#include <catch2/catch.hpp>

#include "test_support.h"
#include "trynext/rule_tests.h"

namespace {

using Catch::Matchers::Contains;

const char* const kTests =
    "test { name = 'mobile team gets peer support',\n"
    "       input = { team = { headcount = 10, mobile_working_share = 0.6 } }, includes = { 'peer_support' } }\n"
    "test { name = 'wrong on purpose',\n"
    "       input = { team = { headcount = 10, mobile_working_share = 0.6 } }, excludes = { 'peer_support' } }\n"
    "test { name = 'no input' }\n";
const char* const kMoreTests =
    "test { name = 'static team', input = { team = { headcount = 10, concerns = {} } }, expect = {} }\n";

// Two rules, one of which no test makes fire; three tests (one failing) and one without an input.
struct Fixture {
  test::TempDir dir{{"mobile.lua", test::rule_file("mobile", "    if not at_least('team.mobile_working_share', 0.5) "
                                                             "then return end")},
                    {"large.lua", test::rule_file("large", "    if not at_least('team.headcount', 9000) then return end")},
                    {"tests/a_test.lua", kTests},
                    {"tests/b_test.lua", kMoreTests}};
  std::shared_ptr<const trynext::Engine> engine = test::engine_with_rules(dir);
  trynext::RuleTestRun run = trynext::run_rule_tests(*engine, dir.path() / "tests");
};

}  // namespace

TEST_CASE("the rule-test runner passes what holds and says why a test failed", "[rule_tests]") {
  Fixture f;
  const auto& run = f.run;
  REQUIRE(run.tests.size() == 3);
  CHECK(run.passed() == 2);
  CHECK(run.failed() == 1);
  CHECK(run.tests[0].name == "mobile team gets peer support");
  CHECK(run.tests[0].passed());
  CHECK(run.tests[0].file == (f.dir.path() / "tests" / "a_test.lua").string());
  CHECK(run.tests[0].line == 1);
  CHECK(run.tests[1].line == 3);
  REQUIRE(run.tests[1].failures.size() == 1);
  CHECK(run.tests[1].failures[0] == "expected peer_support not to be recommended; it was");
  CHECK(run.tests[2].name == "static team");  // the second file, and an empty Lua table as an empty list
  CHECK(run.tests[2].passed());
  REQUIRE(run.diagnostics.size() == 1);
  CHECK(run.diagnostics[0].code == "invalid_test");
  CHECK(run.diagnostics[0].line == 5);
}

TEST_CASE("the rule-test runner counts the rules and interventions the tests exercised", "[rule_tests]") {
  Fixture f;
  const auto& c = f.run.coverage;
  CHECK(c.rules == 2);
  CHECK(c.rules_fired() == 1);
  REQUIRE(c.rules_not_fired.size() == 1);
  CHECK_THAT(c.rules_not_fired[0], Contains("large (large.lua:"));
  CHECK(c.percent() == Approx(50));
  CHECK(c.interventions == 1);
  CHECK(c.interventions_not_recommended.empty());
  CHECK(f.run.below(60));
  CHECK_FALSE(f.run.below(50));
}

TEST_CASE("a directory without rule tests is refused", "[rule_tests]") {
  test::TempDir dir({{"mobile.lua", test::rule_file("mobile", "")}});
  auto engine = test::engine_with_rules(dir);
  try {
    trynext::run_rule_tests(*engine, dir.path() / "tests");
    FAIL("the run started");
  } catch (const trynext::LoadError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].code == "no_tests");
  }
}

TEST_CASE("the text report lists failures, the coverage and the count", "[rule_tests]") {
  Fixture f;
  std::string quiet = trynext::rule_tests_text(f.run, {});
  std::string where = (f.dir.path() / "tests" / "a_test.lua").string();
  CHECK(quiet == where + ":3: FAIL wrong on purpose\n      expected peer_support not to be recommended; it was\n"
                 "2 passed, 1 failed\n");
  std::string verbose = trynext::rule_tests_text(f.run, {.verbose = true});
  CHECK_THAT(verbose, Contains(where + ":1: PASS mobile team gets peer support\n"));
  std::string covered = trynext::rule_tests_text(f.run, {.coverage = true, .threshold = 60});
  CHECK_THAT(covered, Contains("\nCoverage: 1 of 2 rules fired in a test (50.0%); 1 of 1 interventions"));
  CHECK_THAT(covered, Contains("  rule not exercised: large (large.lua:"));
  CHECK_THAT(covered, Contains("Coverage 50.0% is below the threshold of 60.0%\n"));
  // Without --coverage the threshold line has always been in the stream's default notation.
  CHECK_THAT(trynext::rule_tests_text(f.run, {.threshold = 62.5}),
             Contains("Coverage 50% is below the threshold of 62.5%\n"));
}

TEST_CASE("the JSON and Markdown reports carry the same findings", "[rule_tests]") {
  Fixture f;
  nlohmann::json j = trynext::rule_tests_json(f.run, {.threshold = 60});
  CHECK(j["passed"] == 2);
  CHECK(j["failed"] == 1);
  REQUIRE(j["tests"].size() == 3);
  CHECK(j["tests"][1]["passed"] == false);
  CHECK(j["tests"][1]["failures"][0] == "expected peer_support not to be recommended; it was");
  CHECK(j["diagnostics"][0]["code"] == "invalid_test");
  CHECK(j["coverage"]["rules_fired"] == 1);
  CHECK(j["coverage"]["percent"] == 50.0);
  CHECK(j["below_threshold"] == true);
  std::string md = trynext::rule_tests_markdown(f.run, {.coverage = true});
  CHECK(md.rfind("## Rule tests\n\n2 passed, 1 failed\n", 0) == 0);
  CHECK_THAT(md, Contains("| wrong on purpose | "));
  CHECK_THAT(md, Contains("FAIL<br>expected peer_support not to be recommended; it was |"));
  CHECK_THAT(md, Contains("- rule not exercised: large"));
}

TEST_CASE("the default rules pass their own tests and exercise every rule", "[rule_tests][rules]") {
  auto engine = test::default_engine();
  auto run = trynext::run_rule_tests(*engine, test::rules_dir() / "tests");
  CHECK(run.failed() == 0);
  CHECK(run.diagnostics.empty());
  CHECK(run.passed() > 0);
  CHECK(run.coverage.rules == engine->rules().size());
  CHECK(run.coverage.rules_not_fired.empty());
}
