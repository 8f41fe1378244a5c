// The OpenAPI operation of the decision log's route (decisions.h): GET /v1/decisions/{id}.
#include "routes.h"

namespace trynext_serve {

using nlohmann::json;

json with_decision_header(json response) {
  response["headers"]["Trynext-Decision"] = {{"$ref", "#/components/headers/Trynext-Decision"}};
  return response;
}

json decision_operation() {
  json versions = {
      {"type", "object"},
      {"required", {"engine", "rules", "catalogue"}},
      {"properties",
       {{"engine", {{"type", "string"}}}, {"rules", {{"type", "string"}}}, {"catalogue", {{"type", "string"}}}}}};
  json decision = {
      {"type", "object"},
      {"required", {"id", "decided_at", "route", "team", "assessment_digest", "versions", "recommended", "request_id"}},
      {"properties",
       {{"id", {{"type", "string"}, {"description", "A ULID: 26 characters, sortable by time."}}},
        {"decided_at", {{"type", "string"}, {"description", "UTC, ISO 8601."}}},
        {"route", {{"enum", {"recommend", "team_assess", "team_next"}}}},
        {"team", {{"type", {"string", "null"}}}},
        {"assessment_digest", {{"type", "string"}, {"description", "sha256 of the assessment as evaluated."}}},
        {"versions", versions},
        {"recommended",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"required", {"id", "label"}},
            {"properties", {{"id", {{"type", "string"}}}, {"label", {{"type", "string"}}}}}}}}},
        {"request_id", {{"type", {"string", "null"}}}}}}};
  return {{"operationId", "decision"},
          {"summary", "One answer the service gave: when, for which team, from which rules, what it recommended"},
          {"description",
           "Every answer of POST /v1/recommendations, POST /v1/teams/{team}/assessments and GET "
           "/v1/teams/{team}/next carries its decision id (the Trynext-Decision header, and a `decision` field in "
           "JSON answers). A service started with --store and --decision-log writes each decision to the store "
           "before answering, so any instance on the same store finds it."},
          {"parameters",
           {{{"name", "id"},
             {"in", "path"},
             {"required", true},
             {"schema", {{"type", "string"}}},
             {"example", "01JF3Z8Q9V5W6X7Y8Z9A0B1C2D"}}}},
          {"responses",
           {{"200", response("The decision as recorded.", decision)},
            {"404", error_response("No decision has this id (decision_not_found), or this service keeps no decision "
                                   "log (no_decision_log).")}}}};
}

}  // namespace trynext_serve
