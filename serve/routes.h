// The route table of trynext serve: every route with its method, path, handler and OpenAPI
// description. The server installs its handlers from it (service.cpp), 404 and 405 answers are
// worked out from it, and GET /openapi.json describes it (openapi.cpp), so a route added to the
// table is served, allowed and documented at once.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "serve.h"

namespace httplib {
struct Request;
struct Response;
class ContentReader;
}  // namespace httplib

namespace trynext_serve {

// A route's handler, a member of the service. reader is the request body's reader for POST routes,
// null for GET (and HEAD) routes.
using Handler = void (Service::Impl::*)(const httplib::Request& req, httplib::Response& res,
                                        const httplib::ContentReader* reader);

struct Route {
  const char* method;   // "GET" (which answers HEAD too) or "POST"
  const char* path;     // as OpenAPI writes it, "/v1/catalogue/{id}"
  const char* pattern;  // as cpp-httplib matches it, "/v1/catalogue/([^/]+)": a group per path parameter
  Handler handler;
  nlohmann::json (*operation)();  // the OpenAPI operation object, without the 404 and 405 every route has
};

// Every route, in the order they are listed to people (GET /openapi.json sorts them).
const std::vector<Route>& route_table();

// The methods a path is served with, as the Allow header says them ("GET, HEAD"), or "" when no route
// has the path.
std::string allowed_methods(const std::string& path);

// The paths without parameters, for a did-you-mean on an unknown path.
std::vector<std::string> fixed_paths();

// The OpenAPI operation of each route (operations.cpp).
nlohmann::json recommend_operation();
nlohmann::json report_operation();  // reports.cpp
nlohmann::json catalogue_operation();
nlohmann::json intervention_operation();
nlohmann::json instrument_operation();
nlohmann::json assessment_schema_operation();
nlohmann::json reload_operation();
nlohmann::json health_operation();
nlohmann::json openapi_operation();
// The history routes' operations (team_operations.cpp).
nlohmann::json team_history_operation();
nlohmann::json team_list_operation();
nlohmann::json team_report_operation();
nlohmann::json team_assess_operation();
nlohmann::json team_next_operation();
nlohmann::json team_start_action_operation();
nlohmann::json team_measure_operation();
nlohmann::json action_update_operation();
nlohmann::json action_outcome_operation();
// The decision log's route (decision_operations.cpp), and the Trynext-Decision header added to the
// answers that are decisions.
nlohmann::json decision_operation();
nlohmann::json with_decision_header(nlohmann::json response);
// A survey's release (surveys.cpp).
nlohmann::json survey_release_operation();
// Team surveys kept in the store (survey_operations.cpp).
nlohmann::json survey_create_operation();
nlohmann::json survey_list_operation();
nlohmann::json survey_status_operation();
nlohmann::json survey_codes_operation();
nlohmann::json survey_close_operation();
nlohmann::json survey_form_operation();
nlohmann::json survey_respond_operation();
nlohmann::json survey_release_make_operation();
nlohmann::json survey_releases_operation();
nlohmann::json survey_report_operation();

// Helpers the operations share with the document (openapi.cpp).
nlohmann::json schema_ref(const std::string& component);  // {"$ref": "#/components/schemas/NAME"}
nlohmann::json response(const std::string& description, const nlohmann::json& schema);
nlohmann::json error_response(const std::string& description);

}  // namespace trynext_serve
