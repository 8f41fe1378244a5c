// The OpenAPI operation object of each route of the route table (routes.h): what GET /openapi.json
// says about it. The 404 and 405 answers every route has are added by the document (openapi.cpp).
#include "routes.h"

namespace trynext_serve {

using nlohmann::json;

json recommend_operation() {
  json example = {{"team",
                   {{"name", "Example health visiting team"},
                    {"headcount", 12},
                    {"caseload_per_practitioner", 380},
                    {"sickness_absence_rate", 0.07},
                    {"concerns", {"stress_sickness", "low_morale"}}}},
                  {"answers", {{"support.c", "not_met"}, {"involvement_and_participation.a", "not_met"}}}};
  return {
      {"operationId", "recommend"},
      {"summary", "Recommend what a team should try next"},
      {"description",
       "Evaluates the assessment with the rules in service. The result names the versions of the rules "
       "and catalogue that produced it (also in the X-Trynext-Rules header). A body in JSON is expected "
       "whatever its Content-Type says (except multipart forms); `//` comment lines are accepted."},
      {"parameters",
       {{{"name", "explain"},
         {"in", "query"},
         {"required", false},
         {"description", "true adds `explain`: every rule, whether it fired, what it read, what would make it fire."},
         {"schema", {{"type", "boolean"}, {"default", false}}}},
        {{"name", "top"},
         {"in", "query"},
         {"required", false},
         {"description", "How many recommendations before also_considered (top_n in the assessment wins)."},
         {"schema", {{"type", "integer"}, {"minimum", 1}, {"maximum", 100}, {"default", 5}}}},
        {{"name", "format"},
         {"in", "query"},
         {"required", false},
         {"description", "json: the result (schema Result); cards: CDS Hooks-style cards (schema Cards)."},
         {"schema", {{"enum", {"json", "cards"}}, {"default", "json"}}}}}},
      {"requestBody",
       {{"required", true},
        {"content", {{"application/json", {{"schema", schema_ref("Assessment")}, {"example", example}}}}}}},
      {"responses",
       {{"200", with_decision_header(response("The recommendations: a Result, or Cards with format=cards.",
                                              {{"oneOf", {schema_ref("Result"), schema_ref("Cards")}}}))},
        {"400", error_response("The body is not JSON or not a valid assessment (error.problems lists each, by JSON "
                               "path), or a query parameter is wrong.")},
        {"408", error_response("The body took longer than the request timeout to arrive.")},
        {"413", error_response("The body is larger than the limit (--max-body, 1 MiB by default).")},
        {"415", error_response("A multipart form, or a Content-Encoding other than gzip, deflate or br.")},
        {"500", error_response("A bug in trynext.")}}}};
}

json catalogue_operation() {
  return {{"operationId", "catalogue"},
          {"summary", "Every intervention the rules can recommend, with its evidence, and the evidence grades"},
          {"responses", {{"200", response("The catalogue.", schema_ref("Catalogue"))}}}};
}

json intervention_operation() {
  return {{"operationId", "intervention"},
          {"summary", "One intervention"},
          {"parameters",
           {{{"name", "id"},
             {"in", "path"},
             {"required", true},
             {"schema", {{"type", "string"}}},
             {"example", "caseload_review"}}}},
          {"responses",
           {{"200", response("The intervention.", schema_ref("Intervention"))},
            {"404", error_response("No intervention has this id (the message suggests a near one).")}}}};
}

json instrument_operation() {
  return {{"operationId", "instrument"},
          {"summary", "The questionnaire, for tools that render it"},
          {"responses", {{"200", response("The instrument.", schema_ref("Instrument"))}}}};
}

json assessment_schema_operation() {
  return {{"operationId", "assessmentSchema"},
          {"summary", "The JSON Schema of an assessment (the same as components.schemas.Assessment)"},
          {"responses", {{"200", response("A JSON Schema, draft 2020-12.", schema_ref("JsonSchema"))}}}};
}

json reload_operation() {
  return {{"operationId", "reloadRules"},
          {"summary", "Load the rules and the catalogue again from disk"},
          {"description",
           "Requests already running finish on the rules they started with. When the new rules do not load, "
           "the rules in service stay and the response lists every problem. Disabled unless the service was "
           "started with a token (--token-file or TRYNEXT_TOKEN). No body is needed."},
          {"security", {{{"bearer", json::array()}}}},
          {"responses",
           {{"200", response("Reloaded.", schema_ref("Reloaded"))},
            {"401", error_response("No bearer token, or the wrong one.")},
            {"403", error_response("Reloading over HTTP is disabled: no token was configured.")},
            {"413", error_response("The body is larger than the limit.")},
            {"500", error_response(
                        "The new rules or catalogue did not load (error.diagnostics); the old ones stay in service.")}}}};
}

json health_operation() {
  return {{"operationId", "health"},
          {"summary", "Liveness and what is in service"},
          {"responses", {{"200", response("Serving.", schema_ref("Health"))}}}};
}

json openapi_operation() {
  return {{"operationId", "openapi"},
          {"summary", "This document"},
          {"responses", {{"200", response("OpenAPI 3.1.", schema_ref("OpenApi"))}}}};
}

}  // namespace trynext_serve
