// The OpenAPI operations of the history routes (teams.h). Their bodies and answers are the same JSON as
// the command line's --format json (docs/history.md); schemas/history.schema.json describes the records.
#include "routes.h"

namespace trynext_serve {

using nlohmann::json;

namespace {

json path_parameter(const char* name, const char* example) {
  return {{"name", name}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}, {"example", example}};
}

json idempotency_parameter() {
  return {{"name", "Idempotency-Key"},
          {"in", "header"},
          {"required", false},
          {"description", "A retry with the same key (after a lost response) is recorded once. `?request_id=` "
                          "does the same."},
          {"schema", {{"type", "string"}, {"maxLength", 200}}}};
}

json object_body(const json& example) {
  return {{"required", true}, {"content", {{"application/json", {{"schema", {{"type", "object"}}}, {"example", example}}}}}};
}

// The answers every write shares: the token, the store's refusals.
json write_responses(json responses) {
  responses["400"] = error_response("A field is wrong; error.message names it.");
  responses["401"] = error_response("No bearer token, or not the service's.");
  responses["403"] = error_response("Writes are disabled: the service was started without a token.");
  responses["404"] = error_response("No such team or action, or the service keeps no history (--store).");
  responses["409"] = error_response("The request id was already used for another record, or the team exists.");
  responses["503"] = error_response("The store was held by another writer for too long; try again.");
  return responses;
}

const char* const kWriteNote = " Needs the bearer token (Authorization: Bearer ...), as POST /v1/rules/reload does.";

}  // namespace

json team_history_operation() {
  return {{"operationId", "teamHistory"},
          {"summary", "A team's history: assessments with the answers given, actions, outcomes, measures"},
          {"description", "The export format (schemas/history.schema.json) with run_charts added."},
          {"parameters", {path_parameter("team", "north")}},
          {"responses",
           {{"200", response("The history.", {{"type", "object"}})},
            {"404", error_response("No such team, or the service keeps no history (--store).")}}}};
}

json team_list_operation() {
  return {{"operationId", "teamList"},
          {"summary", "The teams the history keeps, by id"},
          {"description",
           "{\"teams\": [{id, name, created_at}]}: ids and names only, for the manager's page to "
           "offer the teams kept."},
          {"responses",
           {{"200", response("The teams.", {{"type", "object"}})},
            {"404", error_response("The service keeps no history (--store).")}}}};
}

json team_report_operation() {
  return {{"operationId", "teamReport"},
          {"summary", "The report of what to try next for a team, with the team over time (HTML)"},
          {"description",
           "The latest assessment evaluated with the history as it is now (as GET "
           "/v1/teams/{team}/next; nothing is recorded), as the HTML report of POST /v1/reports with a "
           "section added: what changed since the assessment before, the actions with their latest "
           "outcome, and a run chart of each monthly measure (inline SVG, median line, actions' start "
           "months marked, the same in words)."},
          {"parameters", {path_parameter("team", "north")}},
          {"responses",
           {{"200", {{"description", "The report."}, {"content", {{"text/html", {{"schema", {{"type", "string"}}}}}}}}},
            {"404", error_response("No such team, no assessment yet, or the service keeps no history.")}}}};
}

json team_assess_operation() {
  return {{"operationId", "teamAssess"},
          {"summary", "Recommend with the team's history, and record the assessment and the answer"},
          {"description", std::string("The history fills team.in_place (running actions) and team.tried (judged "
                                      "outcomes) unless the assessment gives them; the answer compares the factors "
                                      "with the previous assessment.") + kWriteNote},
          {"parameters",
           {path_parameter("team", "north"),
            {{"name", "date"}, {"in", "query"}, {"required", false}, {"schema", {{"type", "string"}, {"format", "date"}}}},
            {{"name", "name"}, {"in", "query"}, {"required", false}, {"schema", {{"type", "string"}}}},
            idempotency_parameter()}},
          {"requestBody", {{"required", true}, {"content", {{"application/json", {{"schema", schema_ref("Assessment")}}}}}}},
          {"responses",
           write_responses(
               {{"201", with_decision_header(response("Recorded: {assessment, history, changes, result, decision}.",
                                                      {{"type", "object"}}))},
                {"200", with_decision_header(response("Recorded before under this request id: the same answer.",
                                                      {{"type", "object"}}))}})}};
}

json team_next_operation() {
  return {{"operationId", "teamNext"},
          {"summary", "What next: the latest assessment with the history as it is now (nothing recorded)"},
          {"parameters", {path_parameter("team", "north")}},
          {"responses",
           {{"200", with_decision_header(response("{based_on, history, result, decision}.", {{"type", "object"}}))},
            {"404", error_response("No such team, no assessment yet, or the service keeps no history.")}}}};
}

json team_start_action_operation() {
  return {{"operationId", "teamStartAction"},
          {"summary", "Start an intervention for a team"},
          {"description", std::string("intervention (a catalogue id) is required; owner, start_date (default today), "
                                      "review_date, dose and status (planned or running) are optional.") + kWriteNote},
          {"parameters", {path_parameter("team", "north")}},
          {"requestBody", object_body({{"intervention", "restorative_supervision"},
                                       {"owner", "team lead"},
                                       {"start_date", "2026-03-15"},
                                       {"review_date", "2026-09-15"},
                                       {"dose", "monthly, 6 sessions"}})},
          {"responses", write_responses({{"201", response("The action, with its id.", {{"type", "object"}})}})}};
}

json team_measure_operation() {
  return {{"operationId", "teamMeasure"},
          {"summary", "Record or replace a team's figures for one month"},
          {"description", std::string("Shares from 0 to 1 (0.06 for 6%).") + kWriteNote},
          {"parameters", {path_parameter("team", "north")}},
          {"requestBody", object_body({{"month", "2026-04"}, {"sickness_absence_rate", 0.06}})},
          {"responses", write_responses({{"200", response("The month's figures.", {{"type", "object"}})}})}};
}

json action_update_operation() {
  return {{"operationId", "actionUpdate"},
          {"summary", "Change an action: owner, review_date, dose, status, delivered_as_planned"},
          {"description", std::string("Fields not given stay as they are.") + kWriteNote},
          {"parameters", {path_parameter("action", "0f1e2d3c4b5a69788796a5b4c3d2e1f0")}},
          {"requestBody", object_body({{"delivered_as_planned", true}})},
          {"responses", write_responses({{"200", response("The action.", {{"type", "object"}})}})}};
}

json action_outcome_operation() {
  return {{"operationId", "actionOutcome"},
          {"summary", "Record whether an action helped: helped, no_change, worse or stopped"},
          {"description", std::string("date defaults to today; note is optional.") + kWriteNote},
          {"parameters", {path_parameter("action", "0f1e2d3c4b5a69788796a5b4c3d2e1f0"), idempotency_parameter()}},
          {"requestBody", object_body({{"outcome", "helped"}, {"date", "2026-09-20"}, {"note", "fewer days lost"}})},
          {"responses", write_responses({{"201", response("The outcome, with its id.", {{"type", "object"}})}})}};
}

}  // namespace trynext_serve
