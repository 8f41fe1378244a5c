// Team survey routes over the store (survey_routes.h). Store errors become HTTP statuses by their code:
// invalid 400, code_not_valid 403, not_found 404, conflict and code_used 409, closed 410, busy 503.
#include "survey_routes.h"

#include "responses.h"
#include "teams.h"
#include "trynext/app/surveys.h"
#include "trynext/error.h"
#include "trynext/json.h"

namespace trynext_serve {

namespace {

using nlohmann::json;
namespace app = trynext::app;
namespace store = trynext::store;
namespace survey = trynext::survey;

int status_of(const std::string& code) {
  if (code == "invalid") return 400;
  if (code == "code_not_valid") return 403;
  if (code == "not_found") return 404;
  if (code == "conflict" || code == "code_used") return 409;
  if (code == "closed") return 410;
  if (code == "busy") return 503;
  return 500;
}

void store_error(httplib::Response& res, const store::StoreError& e) {
  send_error(res, status_of(e.code()), e.code() == "closed" ? "survey_closed" : e.code(), e.what());
}

void input_error(httplib::Response& res, const char* code, const trynext::InputError& e) {
  json problems = json::array();
  for (const auto& p : e.problems()) problems.push_back({{"path", p.path}, {"message", p.message}});
  std::string message = e.problems().size() == 1 ? e.problems().front().to_string()
                                                 : std::to_string(e.problems().size()) + " problems";
  send(res, 400, trynext::error_json(code, message, {{"problems", problems}}));
}

// The body as a JSON object (an empty body is an empty object), or nullopt after answering 400.
std::optional<json> object_of(httplib::Response& res, const std::string& body) {
  if (body.find_first_not_of(" \t\r\n") == std::string::npos) return json::object();
  json j = json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    send_error(res, 400, "invalid_body", "the body must be a JSON object");
    return std::nullopt;
  }
  return j;
}


std::string link_of(const std::string& id, const std::string& key) { return "/respond.html#survey=" + id + "&key=" + key; }

void send_html(httplib::Response& res, const std::string& html) {
  // As every report: the page holds the team's text, so it may run nothing.
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  res.status = 200;
  res.set_content(html, "text/html; charset=utf-8");
}

}  // namespace

void SurveyRoutes::create(const httplib::Request& req, httplib::Response& res, const std::string& body) {
  store::Store* s = teams_.store(res);
  if (!s) return;
  auto j = object_of(res, body);
  if (!j) return;
  try {
    app::SurveyCreate request;
    request.team_id = req.matches[1];
    request.settings = survey::settings_from_json(j->value("settings", json::object()));
    if (j->contains("access")) {
      if (!(*j)["access"].is_string()) throw trynext::InputError(std::vector<trynext::Problem>{{"access", "must be \"codes\" or \"link\""}});
      request.access = (*j)["access"].get<std::string>();
    }
    if (j->contains("codes")) {
      if (!(*j)["codes"].is_number_integer())
        throw trynext::InputError(std::vector<trynext::Problem>{{"codes", "must be a whole number from 1 to 500"}});
      request.codes = (*j)["codes"].get<int>();
    }
    if (j->contains("closes_on") && !(*j)["closes_on"].is_null()) {
      if (!(*j)["closes_on"].is_string())
        throw trynext::InputError(std::vector<trynext::Problem>{{"closes_on", "must be a date, YYYY-MM-DD"}});
      request.closes_on = (*j)["closes_on"].get<std::string>();
    }
    app::SurveyCreated out = app::create_survey(*s, request);
    json answer = {{"survey", app::survey_json(out.survey)}};
    if (out.survey.access == "link")
      answer["link"] = link_of(out.survey.id, out.link_key);
    else
      answer["codes"] = out.codes;
    res.set_header("Cache-Control", "no-store");  // the codes are shown once
    send(res, 201, text_of(answer));
  } catch (const store::StoreError& e) { store_error(res, e); } catch (const trynext::InputError& e) {
    input_error(res, "invalid_survey", e);
  }
}

void SurveyRoutes::list(const httplib::Request& req, httplib::Response& res) {
  store::Store* s = teams_.store(res);
  if (!s) return;
  try {
    json surveys = json::array();
    for (const auto& x : s->surveys(req.matches[1])) surveys.push_back(app::survey_json(x));
    send(res, 200, text_of(json{{"surveys", surveys}}));
  } catch (const store::StoreError& e) { store_error(res, e); }
}

void SurveyRoutes::status(const httplib::Request& req, httplib::Response& res) {
  store::Store* s = teams_.store(res);
  if (!s) return;
  try {
    auto x = s->find_survey(req.matches[1]);
    if (!x) return send_error(res, 404, "not_found", "survey " + std::string(req.matches[1]) + ": no such survey");
    send(res, 200, text_of(json{{"survey", app::survey_json(*x)}}));
  } catch (const store::StoreError& e) { store_error(res, e); }
}

void SurveyRoutes::codes(const httplib::Request& req, httplib::Response& res, const std::string& body) {
  store::Store* s = teams_.store(res);
  if (!s) return;
  auto j = object_of(res, body);
  if (!j) return;
  if (!j->contains("count") || !(*j)["count"].is_number_integer())
    return send_error(res, 400, "invalid", "count: give how many codes to make, a whole number from 1 to 500");
  try {
    auto made = s->issue_codes(req.matches[1], (*j)["count"].get<int>());
    res.set_header("Cache-Control", "no-store");
    send(res, 201, text_of(json{{"survey", app::survey_json(*s->find_survey(req.matches[1]))}, {"codes", made}}));
  } catch (const store::StoreError& e) { store_error(res, e); }
}

void SurveyRoutes::close(const httplib::Request& req, httplib::Response& res) {
  store::Store* s = teams_.store(res);
  if (!s) return;
  try {
    send(res, 200, text_of(json{{"survey", app::survey_json(s->close_survey(req.matches[1]))}}));
  } catch (const store::StoreError& e) { store_error(res, e); }
}

void SurveyRoutes::form(const trynext::Engine& engine, const httplib::Request& req, httplib::Response& res) {
  store::Store* s = teams_.store(res);
  if (!s) return;
  try {
    send(res, 200, text_of(app::survey_form_json(engine, *s, req.matches[1])));
  } catch (const store::StoreError& e) { store_error(res, e); }
}

bool SurveyRoutes::link_rate_ok(const std::string& survey_id) {
  std::lock_guard<std::mutex> lock(rate_mutex_);
  auto now = std::chrono::steady_clock::now();
  auto& arrivals = link_arrivals_[survey_id];
  while (!arrivals.empty() && now - arrivals.front() > kLinkWindow) arrivals.pop_front();
  if (static_cast<int>(arrivals.size()) >= kLinkResponses) return false;
  arrivals.push_back(now);
  return true;
}

void SurveyRoutes::respond(const trynext::Engine& engine, const httplib::Request& req, httplib::Response& res,
                           const std::string& body) {
  store::Store* s = teams_.store(res);
  if (!s) return;
  json j = json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return send_error(res, 400, "invalid_response", "the body must be a JSON object {code, group, answers}");
  const std::string id = req.matches[1];
  try {
    auto x = s->find_survey(id);
    if (!x) return send_error(res, 404, "not_found", "survey " + id + ": no such survey");
    if (x->access == "link" && !link_rate_ok(id))
      return send_error(res, 429, "too_many_responses",
                        "this survey's link has taken many answers in the last few minutes; try again in ten minutes");
    app::submit_survey_response(engine, *s, id, j);
    send(res, 201, text_of(json{{"received", true}}));
  } catch (const store::StoreError& e) { store_error(res, e); } catch (const trynext::InputError& e) {
    input_error(res, "invalid_response", e);
  }
}

void SurveyRoutes::release(const trynext::Engine& engine, const httplib::Request& req, httplib::Response& res,
                           const std::string& body) {
  store::Store* s = teams_.store(res);
  if (!s) return;
  auto j = object_of(res, body);
  if (!j) return;
  const json* team = nullptr;
  if (j->contains("team")) {
    if (!(*j)["team"].is_object()) return send_error(res, 400, "invalid", "team: must be the assessment's team object");
    team = &(*j)["team"];
  }
  try {
    app::SurveyReleaseOutcome out = app::release_survey(engine, *s, req.matches[1], team);
    send(res, 200, text_of(app::release_outcome_json(out)));
  } catch (const store::StoreError& e) { store_error(res, e); } catch (const trynext::InputError& e) {
    input_error(res, "invalid_survey", e);
  }
}

void SurveyRoutes::releases(const httplib::Request& req, httplib::Response& res) {
  store::Store* s = teams_.store(res);
  if (!s) return;
  try {
    json list = json::array();
    for (const auto& r : s->survey_releases(req.matches[1])) {
      json doc = json::parse(r.release_json, nullptr, false);
      list.push_back({{"id", r.id},
                      {"released_at", r.released_at},
                      {"respondents", r.respondents},
                      {"release", doc.is_object() ? doc.value("release", json::object()) : json::object()}});
    }
    send(res, 200, text_of(json{{"releases", list}}));
  } catch (const store::StoreError& e) { store_error(res, e); }
}

void SurveyRoutes::report(const trynext::Engine& engine, const httplib::Request& req, httplib::Response& res) {
  store::Store* s = teams_.store(res);
  if (!s) return;
  std::string name = req.has_param("format") ? req.get_param_value("format") : "html";
  auto format = trynext::parse_report_format(name);
  if (!format || (*format != trynext::ReportFormat::html && *format != trynext::ReportFormat::markdown &&
                  *format != trynext::ReportFormat::text))
    return send_error(res, 400, "invalid_parameter", "format must be html, markdown or text, got \"" + name + "\"");
  try {
    auto out = app::latest_release(engine, *s, req.matches[1]);
    if (!out)
      return send_error(res, 404, "no_release",
                        "survey " + std::string(req.matches[1]) +
                            ": nothing has been released yet (POST /v1/surveys/{survey}/releases)");
    std::string text = app::survey_report(engine, *out, *format);
    if (*format == trynext::ReportFormat::html) return send_html(res, text);
    res.status = 200;
    res.set_content(text, *format == trynext::ReportFormat::markdown ? "text/markdown; charset=utf-8"
                                                                     : "text/plain; charset=utf-8");
  } catch (const store::StoreError& e) { store_error(res, e); }
}

}  // namespace trynext_serve
