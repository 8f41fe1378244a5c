// The OpenAPI operations of the team survey routes kept in the store (survey_routes.h). The anonymity
// rules every answer passes through are docs/anonymity.md; the pages that use these are docs/web.md.
#include "routes.h"

namespace trynext_serve {

using nlohmann::json;

namespace {

json path_parameter(const char* name, const char* example) {
  return {{"name", name}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}, {"example", example}};
}

json object_body(const json& example, bool required = true) {
  return {{"required", required},
          {"content", {{"application/json", {{"schema", {{"type", "object"}}}, {"example", example}}}}}};
}

json object_response(const char* description) { return response(description, {{"type", "object"}}); }

// What every manager's write answers besides its own.
json write_responses(json responses) {
  responses["401"] = error_response("No bearer token, or not the service's.");
  responses["403"] = error_response("Writes are disabled: the service was started without a token.");
  responses["404"] = error_response("No such team or survey, or the service keeps no history (--store).");
  responses["503"] = error_response("The store was held by another writer for too long; try again.");
  return responses;
}

const char* const kToken = " Needs the bearer token (Authorization: Bearer ...).";

}  // namespace

json survey_create_operation() {
  return {{"operationId", "surveyCreate"},
          {"summary", "Start a survey of a team: every practitioner answers the benchmark"},
          {"description",
           std::string("Settings as POST /v1/surveys/release takes them (min_n at least 3, default 5; headcount; "
                       "group_field and groups). access \"codes\" (default) answers with the single-use codes, "
                       "shown this once (the store keeps only their hashes); \"link\" with one shared link whose "
                       "key is in the address's fragment. The settings are locked once the first response "
                       "arrives.") + kToken},
          {"parameters", {path_parameter("team", "north")}},
          {"requestBody", object_body({{"settings", {{"min_n", 5}, {"headcount", 12}, {"group_field", "role"},
                                                     {"groups", {"health_visitor", "nursery_nurse", "admin"}}}},
                                       {"access", "codes"},
                                       {"codes", 12},
                                       {"closes_on", "2026-12-31"}})},
          {"responses", write_responses({{"201", object_response("{survey, codes} or {survey, link}.")},
                                         {"400", error_response("A setting is wrong: error.problems name each.")}})}};
}

json survey_list_operation() {
  return {{"operationId", "surveyList"},
          {"summary", "A team's surveys, newest first"},
          {"parameters", {path_parameter("team", "north")}},
          {"responses",
           {{"200", object_response("{surveys: [{id, settings, access, closed, locked, responses, codes_issued, "
                                    "codes_used, ...}]}")},
            {"404", error_response("No such team, or the service keeps no history (--store).")}}}};
}

json survey_status_operation() {
  return {{"operationId", "surveyStatus"},
          {"summary", "One survey: its settings, how many have answered, whether its settings are locked"},
          {"parameters", {path_parameter("survey", "fba1d28744908db30753ac7b69ad9b1f")}},
          {"responses", {{"200", object_response("{survey}")}, {"404", error_response("No such survey.")}}}};
}

json survey_codes_operation() {
  return {{"operationId", "surveyCodes"},
          {"summary", "More single-use response codes, shown this once"},
          {"description", std::string("{count}: 1 to 500.") + kToken},
          {"parameters", {path_parameter("survey", "fba1d28744908db30753ac7b69ad9b1f")}},
          {"requestBody", object_body({{"count", 3}})},
          {"responses", write_responses({{"201", object_response("{survey, codes}")},
                                         {"400", error_response("count is wrong, or the survey uses a link.")},
                                         {"410", error_response("The survey is closed.")}})}};
}

json survey_close_operation() {
  return {{"operationId", "surveyClose"},
          {"summary", "Take no more responses"},
          {"description", std::string("No body.") + kToken},
          {"parameters", {path_parameter("survey", "fba1d28744908db30753ac7b69ad9b1f")}},
          {"responses", write_responses({{"200", object_response("{survey}")}})}};
}

json survey_form_operation() {
  return {{"operationId", "surveyForm"},
          {"summary", "What a respondent's page needs: the team's name, the groups, the statement, the indicators"},
          {"description",
           "Open: a respondent has no token. Nothing about other respondents, not even how many have answered."},
          {"parameters", {path_parameter("survey", "fba1d28744908db30753ac7b69ad9b1f")}},
          {"responses",
           {{"200", object_response("{survey, team_name, access, closed, closes_on, group_field, groups, min_n, "
                                    "statement, factors: [{id, title, indicators: [{id, text}]}]}")},
            {"404", error_response("No such survey, or the service keeps no history (--store).")}}}};
}

json survey_respond_operation() {
  return {{"operationId", "surveyRespond"},
          {"summary", "One respondent's answers"},
          {"description",
           "No token: the body carries the respondent's single-use code (access codes) or the shared key (access "
           "link). The code is used up in the same transaction that keeps the answers, so two submissions of one "
           "code keep one; the answers are kept without the code and with the date only. A shared link takes at "
           "most 30 responses in 10 minutes per instance (a local choice)."},
          {"parameters", {path_parameter("survey", "fba1d28744908db30753ac7b69ad9b1f")}},
          {"requestBody", object_body({{"code", "CXZ2-6HAG-ZRZC"},
                                       {"group", "health_visitor"},
                                       {"answers", {{"support.a", "met"}, {"support.b", "partly"}}}})},
          {"responses",
           {{"201", object_response("{received: true}")},
            {"400", error_response("The answers are not valid: error.problems name each by its path.")},
            {"403", error_response("code_not_valid: not a code (or key) of this survey.")},
            {"404", error_response("No such survey.")},
            {"409", error_response("code_used: the code has been used already.")},
            {"410", error_response("survey_closed: the survey takes no more answers.")},
            {"429", error_response("too_many_responses: the shared link's rate limit.")}}}};
}

json survey_release_make_operation() {
  return {{"operationId", "surveyReleaseMake"},
          {"summary", "Release the survey now, checked against every earlier release, and recommend from it"},
          {"description",
           std::string("Every response so far through the engine's release (docs/anonymity.md), against every "
                       "release of this survey recorded before, so that no two releases can be subtracted to "
                       "expose fewer than min_n people. A release that was made is recorded; a refused one is not. "
                       "The recommendations are on the team-level aggregate only, with the team fields given as "
                       "{team}, else those of the team's latest assessment, else the name and the survey's "
                       "headcount.") + kToken},
          {"parameters", {path_parameter("survey", "fba1d28744908db30753ac7b69ad9b1f")}},
          {"requestBody", object_body({{"team", {{"name", "Northfield"}, {"headcount", 12}}}}, false)},
          {"responses",
           write_responses({{"200", object_response("{release, recorded, result (or null), team_fields_from, "
                                                    "released_at?, result_problem?}")},
                            {"409", error_response("Another release was recorded at the same moment: try again.")}})}};
}

json survey_releases_operation() {
  return {{"operationId", "surveyReleases"},
          {"summary", "The releases of a survey, oldest first, each as it was shown"},
          {"parameters", {path_parameter("survey", "fba1d28744908db30753ac7b69ad9b1f")}},
          {"responses", {{"200", object_response("{releases: [{id, released_at, respondents, release}]}")},
                         {"404", error_response("No such survey.")}}}};
}

json survey_report_operation() {
  return {{"operationId", "surveyReport"},
          {"summary", "The latest release as a report: response rate, a stacked bar per factor, what is held back, "
                      "the recommendations"},
          {"parameters",
           {path_parameter("survey", "fba1d28744908db30753ac7b69ad9b1f"),
            {{"name", "format"},
             {"in", "query"},
             {"required", false},
             {"schema", {{"type", "string"}, {"enum", {"html", "markdown", "text"}}, {"default", "html"}}}}}},
          {"responses",
           {{"200", {{"description", "The report."},
                     {"content", {{"text/html", json::object()}, {"text/markdown", json::object()},
                                  {"text/plain", json::object()}}}}},
            {"400", error_response("format is not html, markdown or text.")},
            {"404", error_response("No such survey, or no_release: nothing released yet.")}}}};
}

}  // namespace trynext_serve
