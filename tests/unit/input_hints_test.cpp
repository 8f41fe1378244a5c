// Hints for a manager who fills in the template by hand: too few answers are said to be few, a
// percentage in a share, an answer in words and a JSON slip each get the likely fix. Every hint only
// extends a message; what was refused before is refused still.
#include <catch2/catch.hpp>

#include "common/suggest.h"
#include "input/json_slips.h"
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

// The message for text that is not JSON; it must be refused.
std::string json_refusal(const std::string& text) {
  auto p = problems(text);
  REQUIRE(p.size() == 1);
  CHECK(p[0].message.rfind("not valid JSON: ", 0) == 0);
  return p[0].message;
}

// Answers: the first n indicators of the instrument answered with `answer`.
nlohmann::json first_answers(int n, const std::string& answer = "met") {
  nlohmann::json answers = nlohmann::json::object();
  const auto& indicators = test::default_engine()->catalogue().indicators;
  for (int i = 0; i < n && i < static_cast<int>(indicators.size()); ++i) answers[indicators[i].id] = answer;
  return answers;
}

std::vector<std::string> few_answers_warnings(const trynext::Result& r) {
  std::vector<std::string> out;
  for (const auto& w : r.warnings)
    if (w.kind == "few_answers") out.push_back(w.message);
  return out;
}

}  // namespace

TEST_CASE("an answer with fewer than half the indicators answered says how many", "[hints]") {
  auto engine = test::default_engine();
  REQUIRE(engine->catalogue().indicators.size() == 60);
  auto twelve = engine->recommend(test::assessment({}, first_answers(12)));
  CHECK(few_answers_warnings(twelve) ==
        std::vector<std::string>{"Only 12 of the 60 benchmark indicators were answered (the others are unknown or "
                                 "missing); the recommendations rest on those 12 answers only."});
  CHECK(twelve.warnings.front().kind == "few_answers");  // first: it qualifies everything else
  CHECK(few_answers_warnings(engine->recommend(test::assessment({}, first_answers(1)))) ==
        std::vector<std::string>{"Only 1 of the 60 benchmark indicators was answered (the others are unknown or "
                                 "missing); the recommendations rest on that 1 answer only."});
  CHECK(few_answers_warnings(engine->recommend(test::assessment())) ==
        std::vector<std::string>{"None of the 60 benchmark indicators were answered (all are unknown or missing); "
                                 "the recommendations rest on the team's figures only."});
  // "unknown" is not an answer; partly and not_met are.
  CHECK(few_answers_warnings(engine->recommend(test::assessment({}, first_answers(60, "unknown")))).size() == 1);
  CHECK(few_answers_warnings(engine->recommend(test::assessment({}, first_answers(29, "not_met")))).size() == 1);
  // Half is enough (the project's threshold, docs/input.md).
  CHECK(few_answers_warnings(engine->recommend(test::assessment({}, first_answers(30, "partly")))).empty());
  CHECK(few_answers_warnings(engine->recommend(test::assessment({}, first_answers(60)))).empty());
}

TEST_CASE("validation reports too few answers as a warning, not a problem", "[hints]") {
  auto v = test::default_engine()->validate(test::assessment({}, first_answers(12)));
  CHECK(v.ok());
  REQUIRE(v.warnings.size() == 1);
  CHECK(v.warnings[0].path == "answers");
  CHECK(v.warnings[0].message.rfind("Only 12 of the 60 benchmark indicators were answered", 0) == 0);
  CHECK(test::default_engine()->validate(test::assessment({}, first_answers(60))).warnings.empty());
}

TEST_CASE("a share written as a percentage gets the share to write", "[hints]") {
  CHECK(only_problem(test::assessment({{"sickness_absence_rate", 8}})) ==
        "team.sickness_absence_rate: must be between 0 and 1, got 8; 8 looks like a percentage: write 0.08");
  CHECK(only_problem(test::assessment({{"sickness_absence_rate", 4.5}})) ==
        "team.sickness_absence_rate: must be between 0 and 1, got 4.5; 4.5 looks like a percentage: write 0.045");
  CHECK(only_problem(test::assessment({{"turnover_rate", "70%"}})) ==
        "team.turnover_rate: must be a number, got \"70%\" (a string); \"70%\" looks like a percentage: write 0.7 (a "
        "number, without quotes or %)");
  CHECK(only_problem(test::assessment({{"vacancy_rate", "8 %"}})) ==
        "team.vacancy_rate: must be a number, got \"8 %\" (a string); \"8 %\" looks like a percentage: write 0.08 (a "
        "number, without quotes or %)");
  CHECK(only_problem(test::assessment({{"mobile_working_share", "0.5%"}})) ==
        "team.mobile_working_share: must be a number, got \"0.5%\" (a string); \"0.5%\" looks like a percentage: "
        "write 0.005 (a number, without quotes or %)");
  // Not a percentage: above 100, or a share in quotes; and the hint is for shares only.
  CHECK(only_problem(test::assessment({{"sickness_absence_rate", 150}})) ==
        "team.sickness_absence_rate: must be between 0 and 1, got 150");
  CHECK(only_problem(test::assessment({{"sickness_absence_rate", "0.08"}})) ==
        "team.sickness_absence_rate: must be a number, got \"0.08\" (a string); write numbers without quotes");
  CHECK(only_problem(test::assessment({{"headcount", "12%"}})) ==
        "team.headcount: must be a number, got \"12%\" (a string); write numbers without quotes");
  // A share written as a share is accepted, as before.
  CHECK(problems(test::assessment({{"sickness_absence_rate", 0.08}})).empty());
}

TEST_CASE("an answer written in words gets a did-you-mean and stays a problem", "[hints]") {
  auto answer = [](const std::string& written) { return only_problem(test::assessment({}, {{"support.f", written}})); };
  const std::string must = "answers.support.f: must be met, partly, not_met or unknown, got ";
  CHECK(answer("Partly") == must + "\"Partly\" (a string) (did you mean \"partly\"?)");
  CHECK(answer("not met") == must + "\"not met\" (a string) (did you mean \"not_met\"?)");
  CHECK(answer("Not Met") == must + "\"Not Met\" (a string) (did you mean \"not_met\"?)");
  CHECK(answer("not-met") == must + "\"not-met\" (a string) (did you mean \"not_met\"?)");
  CHECK(answer("MET") == must + "\"MET\" (a string) (did you mean \"met\"?)");
  CHECK(answer("yes") == must + "\"yes\" (a string) (did you mean \"met\"?)");
  CHECK(answer("No") == must + "\"No\" (a string) (did you mean \"not_met\"?)");
  CHECK(answer("partially") == must + "\"partially\" (a string) (did you mean \"partly\"?)");
  CHECK(answer("dont know") == must + "\"dont know\" (a string) (did you mean \"unknown\"?)");
  CHECK(answer("Don't know") == must + "\"Don't know\" (a string) (did you mean \"unknown\"?)");
  CHECK(answer("partley") == must + "\"partley\" (a string) (did you mean \"partly\"?)");
  CHECK(answer("sometimes") == must + "\"sometimes\" (a string)");  // no clear meaning: no guess
}

TEST_CASE("choices and outcomes written in other case get a did-you-mean", "[hints]") {
  CHECK(only_problem(test::assessment({{"service_change", "Merger"}})) ==
        "team.service_change: must be one of none, merger, restructure, relocation or new_service_model, got "
        "\"Merger\" (a string) (did you mean \"merger\"?)");
  CHECK(only_problem(test::assessment({{"tried", {{{"id", "mindfulness"}, {"outcome", "no change"}}}}})) ==
        "team.tried[0].outcome: must be one of helped, no_change or worse, got \"no change\" (a string) (did you mean "
        "\"no_change\"?)");
}

TEST_CASE("names are matched across case, spaces and hyphens", "[hints]") {
  CHECK(trynext::name_form("Not Met") == "not_met");
  CHECK(trynext::name_form("  not -  met ") == "not_met");
  CHECK(trynext::name_form("Don\xE2\x80\x99t know") == "dont_know");
  CHECK(trynext::closest_match("Newly Qualified Share", {"headcount", "newly_qualified_share"}) ==
        "newly_qualified_share");
  CHECK(trynext::closest_match("zzz", {"met", "partly"}).empty());
}

TEST_CASE("a JSON slip in a hand-filled template gets the fix, with line and column", "[hints]") {
  auto refusal = [](const std::string& text) { return json_refusal(text); };
  auto has = [](const std::string& message, const std::string& fix) {
    INFO(message);
    CHECK(message.find(fix) != std::string::npos);
  };
  has(refusal("{\n  \"team\": {\n    \"name\": Northfield merged team,\n    \"headcount\": 12\n  }\n}"),
      "not valid JSON: put the text at line 3, column 13 in double quotes: \"Northfield merged team\" (the parser: ");
  has(refusal("{\"team\": {\"headcount\": 12, \"sickness_absence_rate\": 70%}}"),
      "write 70% at line 1, column 53 as a share: 0.7 (JSON numbers have no percent sign)");
  has(refusal("{\n  \"team\": {\n    \"headcount\": 10,\n  }\n}"),
      "remove the comma at line 3, column 20 (JSON allows no comma after the last item)");
  has(refusal("{\"team\": {\"headcount\": 10, \"in_place\": [\"peer_support\",]}}"),
      "remove the comma at line 1, column 55");
  has(refusal("{\n  'team': {\"headcount\": 10}\n}"),
      "use double quotes at line 2, column 3: write \"team\" (JSON allows no single quotes)");
  has(refusal("{\n  \"team\": {\n    \"headcount\": 12\n    \"name\": \"x\"\n  }\n}"),
      "add a comma at line 3, column 20, after 12 (the items of a list or an object are separated by commas)");
  has(refusal("{\"team\": {\"headcount\": 10}\n\"answers\": {}}"), "add a comma at line 1, column 27, after }");
  has(refusal("{\n  # the team\n  \"team\": {\"headcount\": 10}\n}"),
      "start the comment at line 2, column 3 with // instead of # (or remove it)");
  has(refusal("{team: {\"headcount\": 10}}"), "put the name at line 1, column 2 in double quotes: \"team\"");
  has(refusal("{\"team\": {\"headcount\": 10}, \"explain\": True}"),
      "write true at line 1, column 40 (JSON's true, false and null are in lower case)");
  has(refusal("{\"team\": {\"headcount\": NaN}}"), "write a number at line 1, column 24 instead of NaN");
  has(refusal("{\"team\" {\"headcount\": 10}}"), "add a colon (:) after the name \"team\" at line 1, column 2");
  has(refusal("{\"team\": {\"headcount\" = 10}}"), "write a colon (:) instead of = at line 1, column 23");
  has(refusal("{\"team\": {\"name\": \"Northfield, \"headcount\": 10}}"),
      "check the double quotes of \"Northfield, \" at line 1, column 19: one is missing or one too many");
  has(refusal("{\"team\": {\"name\": \"Northfield\n}}"),
      "close the text that starts at line 1, column 19 with a double quote (\") on the same line");
  has(refusal("{\"team\": {\"name\": \xE2\x80\x9CNorthfield\xE2\x80\x9D}}"),
      "replace the curly quote at line 1, column 19 with a straight double quote");
  has(refusal("{\"team\": {\"headcount\": 10}"), "the text ends before the { at line 1, column 1 is closed: add }");
  has(refusal("{\"team\": {\"headcount\": 10}}}"), "remove the } at line 1, column 28: nothing is open there");
  has(refusal("{\"team\": {\"headcount\": 10]}"),
      "the ] at line 1, column 26 does not close the { at line 1, column 10");
  has(refusal("{\"team\": {\"headcount\": 10}} /* the end"),
      "close the comment that starts at line 1, column 29 with */");
  has(refusal(""), "the text is empty: `trynext assessment template` prints an assessment to fill in");
}

TEST_CASE("comments stay accepted and an unexplained error keeps the parser's words alone", "[hints]") {
  // The template is commented (// ...), so comments are part of what an assessment may contain.
  CHECK(problems("{\n  // the team\n  \"team\": {\"headcount\": 10} /* more */\n}").empty());
  // Invalid UTF-8 inside a string is no slip of the template: the parser's message, unchanged.
  CHECK(json_refusal("{\"team\": {\"headcount\": 10, \"name\": \"\xff\"}}").find("(the parser:") == std::string::npos);
  CHECK(trynext::diagnose_json_slip("{\"a\": \"\xff\"}", 7).empty());
}
