// GET /openapi.json: the OpenAPI 3.1 description of `trynext serve`, its paths from the route table
// (routes.h, operations.cpp) and its components here. The assessment's schema is
// generated from the catalogue in service; the result's is schemas/result.schema.json, compiled into
// the library (trynext_result_schema()). Both keep their own $id, and refer to their parts by
// absolute URI ("urn:trynext:schema:result#/$defs/evidence"), so they resolve the same inside this
// document as on their own.
#include <cctype>

#include "routes.h"
#include "trynext/vocabulary.h"
#include "trynext/json.h"
#include "trynext/trynext.h"

namespace trynext_serve {

using nlohmann::json;

json schema_ref(const std::string& component) { return {{"$ref", "#/components/schemas/" + component}}; }

json response(const std::string& description, const json& schema) {
  return {{"description", description},
          {"headers", {{"X-Trynext-Rules", {{"$ref", "#/components/headers/X-Trynext-Rules"}}}}},
          {"content", {{"application/json", {{"schema", schema}}}}}};
}

json error_response(const std::string& description) { return response(description, schema_ref("Error")); }

namespace {

const char* const kResultRef = "urn:trynext:schema:result";

json ref(const std::string& component) { return schema_ref(component); }
json result_def(const std::string& name) { return {{"$ref", std::string(kResultRef) + "#/$defs/" + name}}; }
json strings() { return {{"type", "array"}, {"items", {{"type", "string"}}}}; }

json schemas(const trynext::Engine& engine) {
  json s;
  s["Assessment"] = trynext::assessment_schema(engine.catalogue());
  s["Result"] = json::parse(trynext_result_schema());

  s["Error"] = {
      {"description",
       "Every error: a stable code, a message for people, and for invalid assessments every problem "
       "named by its JSON path (or line and column when the text is not JSON)."},
      {"type", "object"},
      {"required", {"error"}},
      {"properties",
       {{"error",
         {{"type", "object"},
          {"required", {"code", "message"}},
          {"properties",
           {{"code",
             {{"type", "string"},
              {"examples",
               {"invalid_assessment", "invalid_parameter", "payload_too_large", "not_found", "method_not_allowed",
                "unknown_intervention", "unauthorized", "reload_disabled", "reload_failed", "internal_error"}}}},
            {"message", {{"type", "string"}}},
            {"problems", {{"type", "array"}, {"items", ref("Problem")}}},
            {"diagnostics", {{"type", "array"}, {"items", ref("Diagnostic")}}}}}}}}}};
  s["Problem"] = {
      {"description", "One problem with an assessment, as `trynext recommend` prints it."},
      {"type", "object"},
      {"required", {"path", "message", "text"}},
      {"properties",
       {{"path",
         {{"type", "string"}, {"description", "JSON path, e.g. team.headcount; empty for the whole document."}}},
        {"message", {{"type", "string"}}},
        {"text",
         {{"type", "string"},
          {"description", "path and message together, e.g. \"team.headcount: must be at least 1, got 0\"."}}},
        {"line", {{"type", "integer"}, {"minimum", 1}, {"description", "For text that is not JSON."}}},
        {"column", {{"type", "integer"}, {"minimum", 1}}}}}};
  s["Diagnostic"] = {{"description", "A problem in a rule file or the catalogue, named by file and line."},
                     {"type", "object"},
                     {"required", {"file", "line", "code", "message", "warning", "text"}},
                     {"properties",
                      {{"file", {{"type", "string"}}},
                       {"line", {{"type", "integer"}, {"minimum", 0}}},
                       {"code", {{"type", "string"}}},
                       {"message", {{"type", "string"}}},
                       {"warning", {{"type", "boolean"}}},
                       {"text", {{"type", "string"}}}}}};
  s["Versions"] = {
      {"type", "object"},
      {"required", {"engine", "rules", "catalogue"}},
      {"properties",
       {{"engine", {{"type", "string"}}}, {"rules", {{"type", "string"}}}, {"catalogue", {{"type", "string"}}}}}};

  s["Intervention"] = {
      {"description", "One intervention of the catalogue, with its evidence."},
      {"type", "object"},
      {"required",
       {"id", "title", "summary", "level", "effort", "format", "prerequisites", "requires", "cautions",
        "individual_resilience", "evidence"}},
      {"properties",
       {{"id", {{"type", "string"}}},
        {"title", {{"type", "string"}}},
        {"summary", {{"type", "string"}}},
        {"level", {{"enum", trynext::vocabulary::levels()}}},
        {"effort", {{"enum", {"low", "medium", "high"}}}},
        {"format",
         {{"type", "object"},
          {"description", "frequency, group_size, duration, facilitator, delivery, as given."},
          {"additionalProperties", {{"type", "string"}}}}},
        {"prerequisites",
         {{"type", "array"}, {"items", {{"type", "string"}}}, {"description", "Intervention ids needed first."}}},
        {"requires",
         {{"type", "array"},
          {"items", {{"type", "string"}}},
          {"description", "What must be in place first, in words."}}},
        {"cautions", strings()},
        {"individual_resilience", {{"type", "boolean"}}},
        {"on_request_only", {{"type", "string"}, {"description", "Why no rule recommends it; present only then."}}},
        {"sustain",
         {{"type", "object"},
          {"description", "What the sources say about keeping it going once in place; present only when they say."},
          {"required", {"text", "source"}},
          {"properties", {{"text", {{"type", "string"}}}, {"source", result_def("source")}}}}},
        {"evidence", {{"type", "array"}, {"items", result_def("evidence")}}}}}};
  s["Catalogue"] = {{"type", "object"},
                    {"required", {"interventions", "grades", "digest"}},
                    {"properties",
                     {{"interventions", {{"type", "array"}, {"items", ref("Intervention")}}},
                      {"grades",
                       {{"type", "array"},
                        {"items",
                         {{"type", "object"},
                          {"required", {"id", "description", "certainty"}},
                          {"properties",
                           {{"id", {{"type", "string"}}},
                            {"description", {{"type", "string"}}},
                            {"certainty", {{"enum", {"high", "moderate", "low", "very_low"}}}}}}}}}},
                      {"documents",
                       {{"type", "array"},
                        {"description",
                         "The source documents the evidence cites (an item's source.file), by title, for people."},
                        {"items",
                         {{"type", "object"},
                          {"required", {"file", "title", "short", "publisher"}},
                          {"properties",
                           {{"file", {{"type", "string"}}},
                            {"title", {{"type", "string"}}},
                            {"short", {{"type", "string"}, {"description", "For a sentence."}}},
                            {"publisher", {{"type", "string"}}},
                            {"year", {{"type", "string"}, {"description", "Absent when the document gives none."}}}}},
                          {"additionalProperties", false}}}}},
                      {"digest", {{"type", "string"}}}}}};
  s["Instrument"] = {
      {"description",
       "The questionnaire: the benchmark's factors with their indicators (answered met, partly, not_met "
       "or unknown) and the team-context fields, for tools that render it."},
      {"type", "object"},
      {"required", {"factors", "team_fields", "answers"}},
      {"properties",
       {{"factors",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"required", {"id", "title", "poor_practice", "best_practice", "source", "indicators"}},
            {"properties",
             {{"id", {{"type", "string"}}},
              {"title", {{"type", "string"}}},
              {"poor_practice", {{"type", "string"}}},
              {"best_practice", {{"type", "string"}}},
              {"source", result_def("source")},
              {"indicators",
               {{"type", "array"},
                {"items",
                 {{"type", "object"},
                  {"required", {"id", "text", "interventions", "source"}},
                  {"properties",
                   {{"id",
                     {{"type", "string"}, {"description", "The key in the assessment's answers, e.g. support.f."}}},
                    {"text", {{"type", "string"}}},
                    {"interventions", strings()},
                    {"source", result_def("source")}}}}}}}}}}}}},
        {"team_fields",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"required", {"name", "path", "type", "unit", "nullable", "help", "example"}},
            {"properties",
             {{"name", {{"type", "string"}}},
              {"path", {{"type", "string"}, {"description", "team.<name>"}}},
              {"type", {{"enum", {"string", "integer", "number", "share", "enum", "flags", "ids", "tried"}}}},
              {"unit", {{"type", "string"}}},
              {"nullable", {{"type", "boolean"}}},
              {"help", {{"type", "string"}}},
              {"example", json::object()},
              {"minimum", {{"type", "number"}}},
              {"maximum", {{"type", "number"}}},
              {"values", strings()}}}}}}},
        {"answers", strings()}}}};

  s["Cards"] = {{"description",
                 "CDS Hooks-style cards (https://cds-hooks.org/specification/current/#card-attributes), one per "
                 "recommendation, best first."},
                {"type", "object"},
                {"required", {"cards"}},
                {"properties", {{"cards", {{"type", "array"}, {"items", ref("Card")}}}}}};
  s["Card"] = {
      {"type", "object"},
      {"required", {"summary", "indicator", "source", "detail", "links"}},
      {"properties",
       {{"summary", {{"type", "string"}, {"maxLength", 139}, {"description", "Title, priority and level."}}},
        {"indicator",
         {{"enum", {"info", "warning", "critical"}},
          {"description", "From the priority: high is critical, medium is warning, low is info."}}},
        {"detail",
         {{"type", "string"},
          {"description", "Markdown: the summary, why (each rule's reason), evidence, cautions, notes."}}},
        {"source",
         {{"type", "object"},
          {"required", {"label"}},
          {"properties", {{"label", {{"type", "string"}}}, {"url", {{"type", "string"}, {"format", "uri"}}}}}}},
        {"links",
         {{"type", "array"},
          {"items",
           {{"type", "object"},
            {"required", {"label", "url", "type"}},
            {"properties",
             {{"label", {{"type", "string"}}},
              {"url", {{"type", "string"}, {"format", "uri"}}},
              {"type", {{"enum", {"absolute", "smart"}}}}}}}}}}}}};

  s["Health"] = {{"type", "object"},
                 {"required", {"status", "versions", "rules", "interventions", "reload_enabled", "uptime_seconds"}},
                 {"properties",
                  {{"status", {{"const", "ok"}}},
                   {"versions", ref("Versions")},
                   {"rules", {{"type", "integer"}, {"minimum", 0}, {"description", "How many rules are loaded."}}},
                   {"interventions", {{"type", "integer"}, {"minimum", 0}}},
                   {"reload_enabled", {{"type", "boolean"}}},
                   {"uptime_seconds", {{"type", "number"}, {"minimum", 0}}}}}};
  s["Reloaded"] = {{"type", "object"},
                   {"required", {"reloaded", "versions", "previous", "rules", "interventions", "warnings"}},
                   {"properties",
                    {{"reloaded", {{"const", true}}},
                     {"versions", ref("Versions")},
                     {"previous", ref("Versions")},
                     {"rules", {{"type", "integer"}, {"minimum", 0}}},
                     {"interventions", {{"type", "integer"}, {"minimum", 0}}},
                     {"warnings", {{"type", "array"}, {"items", ref("Diagnostic")}}}}}};
  s["JsonSchema"] = {{"type", "object"}, {"description", "A JSON Schema, draft 2020-12."}};
  s["OpenApi"] = {{"type", "object"}, {"required", {"openapi", "info", "paths"}}, {"description", "This document."}};
  return s;
}

}  // namespace

json openapi_json(const trynext::Engine& engine) {
  const trynext::Versions& v = engine.versions();
  json paths;
  for (const Route& route : route_table()) {
    std::string method = route.method;
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    paths[route.path][method] = route.operation();
  }
  json common_errors = {{"404", error_response("No such route (JSON, with the routes' list pointer).")},
                        {"405", error_response("The route exists but not with this method (see the Allow header).")},
                        {"421", error_response("host_not_allowed: the Host header names no host this service answers "
                                               "for (--public-url, --allowed-host; docs/deployment.md).")}};
  for (auto& [path, item] : paths.items())
    for (auto& [method, operation] : item.items())
      for (auto& [status, r] : common_errors.items())
        if (!operation["responses"].contains(status)) operation["responses"][status] = r;

  return {
      {"openapi", "3.1.0"},
      {"jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema"},
      {"info",
       {{"title", "trynext"},
        {"version", v.engine},
        {"description",
         "Recommends what a health or care team should try next to support its staff, with the reasons "
         "and the evidence behind each recommendation. Rules " +
             v.rules + ", catalogue " + v.catalogue + ". Every response, errors included, is JSON."}}},
      {"paths", paths},
      {"components",
       {{"schemas", schemas(engine)},
        {"headers",
         {{"X-Trynext-Rules",
           {{"description", "Digest of the rule set that served the request."}, {"schema", {{"type", "string"}}}}},
          {"Trynext-Decision",
           {{"description",
             "The answer's decision: id=<ULID>; engine=...; rules=...; catalogue=... (GET /v1/decisions/{id})."},
            {"schema", {{"type", "string"}}}}}}},
        {"securitySchemes",
         {{"bearer",
           {{"type", "http"},
            {"scheme", "bearer"},
            {"description", "The token given to trynext serve by --token-file or TRYNEXT_TOKEN."}}}}}}}};
}

}  // namespace trynext_serve
