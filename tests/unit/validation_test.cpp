// Bad input gets a clear error naming the JSON path, the rule broken and the value; never a crash.
#include <catch2/catch.hpp>

#include "test_support.h"

namespace {

std::vector<trynext::Problem> problems(const std::string& text) {
  try {
    test::default_engine()->recommend(text);
  } catch (const trynext::InputError& e) { return e.problems(); }
  return {};
}

std::string only_problem(const std::string& text) {
  auto p = problems(text);
  REQUIRE(p.size() == 1);
  return p[0].to_string();
}

}  // namespace

TEST_CASE("malformed JSON names line and column", "[validation]") {
  auto p = problems("{\n  \"team\": {\n    \"headcount\": 10,\n  }\n}");
  REQUIRE(p.size() == 1);
  CHECK(p[0].line == 4);
  CHECK(p[0].column == 3);
  CHECK(p[0].message.rfind("not valid JSON: ", 0) == 0);
}

TEST_CASE("out-of-range values name the path, the rule and the value", "[validation]") {
  CHECK(only_problem(test::assessment({{"newly_qualified_share", 1.7}})) ==
        "team.newly_qualified_share: must be between 0 and 1, got 1.7; 1.7 looks like a percentage: write 0.017");
  CHECK(only_problem(test::assessment({{"headcount", 0}})) == "team.headcount: must be between 1 and 10000, got 0");
  CHECK(only_problem(test::assessment({{"caseload_per_practitioner", -5}})) ==
        "team.caseload_per_practitioner: must be between 0 and 5000, got -5");
}

TEST_CASE("wrong types are named", "[validation]") {
  CHECK(only_problem(test::assessment({{"headcount", "ten"}})) ==
        "team.headcount: must be a number, got \"ten\" (a string); write numbers without quotes");
  CHECK(only_problem(test::assessment({{"headcount", 10.5}})) == "team.headcount: must be a whole number, got 10.5");
  CHECK(only_problem(test::assessment({{"service_change", "merged"}})) ==
        "team.service_change: must be one of none, merger, restructure, relocation or new_service_model, got "
        "\"merged\" (a string) (did you mean \"merger\"?)");
  CHECK(only_problem(test::assessment({{"in_place", {"peer_suport"}}})) ==
        "team.in_place[0]: must be an intervention id (see `trynext catalogue list`), got \"peer_suport\" (a string) "
        "(did you mean \"peer_support\"?)");
  CHECK(only_problem(test::assessment({{"tried", {{{"id", "mindfulness"}, {"outcome", "meh"}}}}})) ==
        "team.tried[0].outcome: must be one of helped, no_change or worse, got \"meh\" (a string)");
  CHECK(only_problem(test::assessment({}, {{"support.f", "yes"}})) ==
        "answers.support.f: must be met, partly, not_met or unknown, got \"yes\" (a string) (did you mean \"met\"?)");
  CHECK(only_problem("[]") == "the assessment must be a JSON object with \"team\" and \"answers\", got [] (an array)");
  CHECK(only_problem("{}") == "team: is required: an object describing the team (at least its headcount)");
}

TEST_CASE("every problem is listed at once", "[validation]") {
  auto p = problems(test::assessment({{"newly_qualified_share", 2}, {"vacancy_rate", -1}, {"headcount", "x"}}));
  CHECK(p.size() == 3);
}

TEST_CASE("null is accepted only where it means something", "[validation]") {
  CHECK(problems(test::assessment({{"months_since_serious_incident", nullptr}})).empty());
  CHECK(only_problem(test::assessment({{"caseload_per_practitioner", nullptr}})) ==
        "team.caseload_per_practitioner: must not be null");
}

TEST_CASE("unknown fields are warnings, not failures", "[validation]") {
  auto v = test::default_engine()->validate(test::assessment({{"caseload", 300}}, {{"support.z", "met"}}));
  CHECK(v.ok());
  REQUIRE(v.warnings.size() == 3);
  CHECK(v.warnings[0].to_string() ==
        "team.caseload: unknown field, ignored (did you mean \"caseload_per_practitioner\"?)");
  CHECK(v.warnings[1].path == "answers.support.z");
  CHECK(v.warnings[2].path == "answers");  // and no indicator is answered (few_answers)
  auto r = test::default_engine()->recommend(test::assessment({{"caseload", 300}}));
  REQUIRE(r.warnings.size() == 2);
  CHECK(r.warnings[0].kind == "few_answers");
  CHECK(r.warnings[1].kind == "unknown_field");
}

TEST_CASE("hostile JSON is refused cleanly", "[validation]") {
  CHECK(only_problem(std::string(10000, '[') + std::string(10000, ']')).find("nesting deeper than 64 levels") !=
        std::string::npos);
  CHECK(only_problem("{\"team\": {\"headcount\": 10, \"headcount\": 11}}").find("duplicate key \"headcount\"") !=
        std::string::npos);
  CHECK(only_problem("{\"team\": {\"headcount\": NaN}}").find("not valid JSON") != std::string::npos);
  CHECK(only_problem("{\"team\": {\"name\": \"\xff\xfe\"}}").find("not valid JSON") != std::string::npos);
  CHECK(only_problem("").find("not valid JSON") != std::string::npos);
}

TEST_CASE("comments are allowed, so a filled-in template runs", "[validation]") {
  CHECK(problems("// a team\n{\"team\": {\"headcount\": 10} // ten people\n}").empty());
}
