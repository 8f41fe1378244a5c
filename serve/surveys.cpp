// POST /v1/surveys/release (surveys.h) and its OpenAPI operation.
#include "surveys.h"

#include "responses.h"
#include "routes.h"
#include "trynext/json.h"
#include "trynext/survey.h"

namespace trynext_serve {

using nlohmann::json;

void send_survey_release(const trynext::Engine& engine, httplib::Response& res, const std::string& body) {
  json request;
  try {
    request = json::parse(body);
  } catch (const json::parse_error& e) {
    return send(res, 400,
                trynext::error_json("invalid_survey", std::string("the body is not valid JSON: ") + e.what()));
  }
  try {
    trynext::survey::Release release = trynext::survey::release_from_request(engine.catalogue(), request);
    send(res, 200, trynext::survey::release_json(release).dump());
  } catch (const trynext::InputError& e) {
    json problems = json::array();
    for (const auto& p : e.problems()) problems.push_back({{"path", p.path}, {"message", p.message}});
    send(res, 400,
         trynext::error_json("invalid_survey", std::to_string(e.problems().size()) + " problems in the survey",
                             {{"problems", problems}}));
  }
}

json survey_release_operation() {
  return {
      {"operationId", "surveyRelease"},
      {"summary", "A team survey's release: what may be shown of several respondents' answers"},
      {"description",
       "Aggregates the responses (each {group, answers}, in the order they arrived) into the team's answers (the "
       "median, unknown left out, ties to the lower answer) and applies the anonymity rules of docs/anonymity.md "
       "against the earlier releases of the same survey: nothing for fewer than min_n respondents, complementary "
       "and over-time suppression, spreads only for parts of the team of at least homogeneity_n. Every suppression "
       "is listed with its reason, never the hidden figure. The same function serves the C ABI "
       "(trynext_survey_release) and the command line (trynext survey aggregate)."},
      {"requestBody",
       {{"required", true},
        {"content",
         {{"application/json",
           {{"schema",
             {{"type", "object"},
              {"required", json::array({"responses"})},
              {"properties",
               {{"settings", {{"type", "object"}}},
                {"responses", {{"type", "array"}, {"items", {{"type", "object"}}}}},
                {"earlier", {{"type", "array"}, {"items", {{"type", "object"}}}}}}}}}}}}}}},
      {"responses",
       {{"200", response("The release: status, respondents, answers, team, groups, suppressions, warnings.",
                         {{"type", "object"}, {"required", json::array({"status", "respondents", "suppressions"})}})},
        {"400", error_response("The body is not JSON, or a setting, response or earlier release is not valid: "
                               "every problem with its path.")}}}};
}

}  // namespace trynext_serve
