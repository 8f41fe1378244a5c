// The table of rule helpers (see rule_helpers.h). Adding a helper: its C function in rule_api.cpp
// (or Lua in prelude.lua), its entry here, its stub in rules/trynext.d.lua and its row in
// docs/rules.md; tests/unit/rule_helpers_test.cpp prints the stub and row it expects.
#include "rules/rule_helpers.h"

#include "rules/rule_api.h"

namespace trynext {

namespace {

constexpr HelperParam kBoolean{"", "boolean", ""};

std::vector<RuleHelper> make_table() {
  using enum HelperRecords;
  using enum HelperCheck;
  return {
      {.name = "rule",
       .function = rule_api::rule,
       .summary = "Declares a rule.",
       .params = {{"r", "trynext.Rule", ""}},
       .records = kRule},
      {.name = "recommend",
       .function = rule_api::recommend,
       .summary = "Recommends an intervention.",
       .params = {{"r", "trynext.Recommendation", ""}},
       .records = kFinding},
      {.name = "at_least",
       .function = rule_api::at_least,
       .params = {{"path", "string", "e.g. \"team.caseload_per_practitioner\""}, {"n", "number", ""}},
       .result = kBoolean,
       .records = kCondition,
       .explain = "{path} were {expected} or more",
       .check = kThreshold,
       .never_true = [](double n, double, double hi) { return n > hi; },
       .doc_table = "true when",
       .doc_call = "at_least(path, n)",
       .doc = "the value at `path` is `n` or more"},
      {.name = "at_most",
       .function = rule_api::at_most,
       .params = {{"path", "string", ""}, {"n", "number", ""}},
       .result = kBoolean,
       .records = kCondition,
       .explain = "{path} were {expected} or fewer",
       .check = kThreshold,
       .never_true = [](double n, double lo, double) { return n < lo; },
       .doc_table = "true when",
       .doc_call = "at_most(path, n)",
       .doc = "the value is `n` or less"},
      {.name = "above",
       .function = rule_api::above,
       .params = {{"path", "string", ""}, {"n", "number", ""}},
       .result = kBoolean,
       .records = kCondition,
       .explain = "{path} were more than {expected}",
       .check = kThreshold,
       .never_true = [](double n, double, double hi) { return n >= hi; },
       .doc_table = "true when",
       .doc_call = "above(path, n)",
       .doc = "the value is strictly more than `n`"},
      {.name = "below",
       .function = rule_api::below,
       .params = {{"path", "string", ""}, {"n", "number", ""}},
       .result = kBoolean,
       .records = kCondition,
       .explain = "{path} were less than {expected}",
       .check = kThreshold,
       .never_true = [](double n, double lo, double) { return n <= lo; },
       .doc_table = "true when",
       .doc_call = "below(path, n)",
       .doc = "the value is strictly less than `n`"},
      {.name = "is",
       .function = rule_api::is,
       .params = {{"path", "string", ""}, {"value", "string|number|boolean|nil", ""}},
       .result = kBoolean,
       .records = kCondition,
       .explain = "{path} were {expected}",
       .doc_table = "true when",
       .doc_call = "is(path, v)",
       .doc = "the value equals `v` (enums, strings)"},
      {.name = "has",
       .function = rule_api::has,
       .params = {{"path", "string", "a list: \"team.concerns\", \"team.in_place\""}, {"value", "string", ""}},
       .result = kBoolean,
       .records = kCondition,
       .explain = "{path} included {expected}",
       .doc_table = "true when",
       .doc_call = "has(path, v)",
       .doc = "the list at `path` contains `v`, e.g. `has(\"team.concerns\", \"low_morale\")`"},
      {.name = "answer",
       .function = rule_api::answer,
       .params = {{"indicator", "string", "e.g. \"support.f\""}, {"...", "trynext.Answer", ""}},
       .result = kBoolean,
       .records = kCondition,
       .explain = "{path} were {expected}",
       .check = kAnswers,
       .doc_table = "true when",
       .doc_call = "answer(indicator, v1, v2, ...)",
       .doc = "the answer to the indicator is one of the values"},
      {.name = "answer_is_not",
       .function = rule_api::answer_is_not,
       .params = {{"indicator", "string", ""}, {"...", "trynext.Answer", ""}},
       .result = kBoolean,
       .records = kCondition,
       .explain = "{path} were anything but {expected}",
       .check = kAnswers,
       .doc_table = "true when",
       .doc_call = "answer_is_not(indicator, v1, ...)",
       .doc = "the answer is none of the values (a missing answer counts)"},
      {.name = "in_place",
       .function = rule_api::in_place,
       .params = {{"id", "string", ""}},
       .result = kBoolean,
       .records = kCondition,
       .explain = "{expected} were in place",
       .doc_table = "true when",
       .doc_call = "in_place(id)",
       .doc = "the intervention is in `team.in_place`"},
      {.name = "not_in_place",
       .function = rule_api::not_in_place,
       .params = {{"id", "string", ""}},
       .result = kBoolean,
       .records = kCondition,
       .explain = "{expected} were not in place",
       .doc_table = "true when",
       .doc_call = "not_in_place(id)",
       .doc = "the intervention is not in `team.in_place`"},
      {.name = "tried",
       .function = rule_api::tried,
       .params = {{"id", "string", ""}},
       .result = {"", "trynext.Outcome|nil", ""},
       .records = kRead,
       .doc_table = "true when",
       .doc_call = "tried(id)",
       .doc = "the outcome (`\"helped\"`, `\"no_change\"`, `\"worse\"`) if the team tried it, else `nil`"},
      {.name = "value",
       .function = rule_api::value,
       .params = {{"path", "string", ""}},
       .result = {"", "any", ""},
       .records = kRead,
       .doc_table = "gives",
       .doc_call = "value(path)",
       .doc = "the value at `path` (a read-only view for lists and objects), recorded as read"},
      {.name = "count_answers",
       .function = rule_api::count_answers,
       .params = {{"indicators", "string[]", ""}, {"...", "trynext.Answer", ""}},
       .result = {"", "integer", ""},
       .records = kRead,
       .doc_table = "gives",
       .doc_call = "count_answers(indicators, v1, ...)",
       .doc = "how many of the indicators have one of the answers, e.g. "
              "`count_answers({ \"support.e\", \"support.f\" }, \"not_met\")`"},
      {.name = "count_of",
       .function = rule_api::count_of,
       .params = {{"path", "string", "a share of the team, e.g. \"team.newly_qualified_share\""}},
       .result = {"", "integer", "practitioners, using team.headcount"},
       .records = kRead,
       .doc_table = "gives",
       .doc_call = "count_of(path)",
       .doc = "a share of the team as a number of practitioners, using `team.headcount` (`4` for 0.4 of 10)"},
      {.name = "threshold",
       .function = rule_api::threshold,
       .summary = "Reads a named threshold inside evaluate (or, in rules/thresholds.lua, declares one).",
       .params = {{"id", "string|trynext.Threshold", "e.g. \"sickness_absence_high\""}},
       .result = {"", "number", "the value rules/thresholds.lua gives it"},
       .records = kThresholdUse,
       .doc_table = "gives",
       .doc_call = "threshold(id)",
       .doc = "the value of the named threshold of `rules/thresholds.lua` (see Thresholds), recorded with the "
              "rule's reasons"},
      {.name = "percent",
       .params = {{"share", "number", "0.25"}},
       .result = {"", "string", "\"25%\""},
       .doc_table = "gives",
       .doc_call = "percent(share)",
       .doc = "the share as a percentage: `percent(0.25)` is `\"25%\"`"},
      {.name = "fmt",
       .summary = "string.format",
       .params = {{"format", "string", ""}, {"...", "any", ""}},
       .result = {"", "string", ""},
       .doc_table = "gives",
       .doc_call = "fmt(format, ...)",
       .doc = "`string.format`: the text with the values put in"},
      {.name = "test",
       .scope = HelperScope::kTestFile,
       .summary = "Declares a rule test (in rules/tests/*.lua).",
       .params = {{"t",
                   "{ name: string, input: table, expect?: string[], expect_set?: string[], includes?: string[], "
                   "excludes?: string[] }",
                   ""}}},
  };
}

}  // namespace

const std::vector<RuleHelper>& rule_helpers() {
  static const std::vector<RuleHelper> table = make_table();
  return table;
}

const RuleHelper* find_rule_helper(std::string_view name) {
  for (const auto& h : rule_helpers())
    if (h.name == name) return &h;
  return nullptr;
}

std::string explain_requirement(const RuleHelper& helper, const std::string& path, const std::string& expected) {
  std::string out;
  std::string_view t = helper.explain;
  for (std::size_t i = 0; i < t.size();) {
    if (t.compare(i, 6, "{path}") == 0) {
      out += path;
      i += 6;
    } else if (t.compare(i, 10, "{expected}") == 0) {
      out += expected;
      i += 10;
    } else {
      out += t[i++];
    }
  }
  return out;
}

}  // namespace trynext
