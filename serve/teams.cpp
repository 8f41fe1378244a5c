// The history routes (teams.h). Store errors become HTTP statuses by their code: invalid 400,
// not_found 404, conflict 409, busy 503, the rest 500, each with the store's own message.
#include "teams.h"

#include "decisions.h"
#include "responses.h"
#include "trynext/app/history.h"
#include "trynext/json.h"
#include "trynext/report.h"
#include "trynext/store_json.h"

namespace trynext_serve {

namespace {

using nlohmann::json;
namespace store = trynext::store;
namespace app = trynext::app;

int status_of(const std::string& code) {
  if (code == "invalid") return 400;
  if (code == "not_found") return 404;
  if (code == "conflict") return 409;
  if (code == "busy") return 503;
  return 500;
}

void send_store_error(httplib::Response& res, const store::StoreError& e) {
  send_error(res, status_of(e.code()), e.code(), e.what());
}

// The request body as a JSON object, or nullopt after answering 400.
std::optional<json> object_body(httplib::Response& res, const std::string& body) {
  json j = json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    send_error(res, 400, "invalid_body", "the body must be a JSON object");
    return std::nullopt;
  }
  return j;
}

// A member of a body that must be a string when present; throws StoreError("invalid") naming it.
std::optional<std::string> text_field(const json& body, const char* key) {
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) throw store::StoreError("invalid", std::string(key) + ": must be a string");
  return it->get<std::string>();
}
std::optional<double> number_field(const json& body, const char* key) {
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_number()) throw store::StoreError("invalid", std::string(key) + ": must be a number (a share, 0 to 1)");
  return it->get<double>();
}
std::optional<bool> flag_field(const json& body, const char* key) {
  auto it = body.find(key);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_boolean()) throw store::StoreError("invalid", std::string(key) + ": must be true or false");
  return it->get<bool>();
}

// A retry after a lost response carries the same Idempotency-Key (or ?request_id=): recorded once.
std::string request_id(const httplib::Request& req) {
  std::string id = req.get_header_value("Idempotency-Key");
  return id.empty() ? req.get_param_value("request_id") : id;
}

}  // namespace

TeamRoutes::TeamRoutes(std::string location) : location_(std::move(location)) {}

store::Store* TeamRoutes::store(httplib::Response& res) {
  if (location_.empty()) {
    send_error(res, 404, "no_store",
               "this service keeps no history: start trynext serve with --store PATH (or TRYNEXT_STORE) to have "
               "the /v1/teams routes");
    return nullptr;
  }
  std::lock_guard<std::mutex> lock(open_mutex_);
  if (!store_) {
    try {
      store_ = store::open_store(location_);
    } catch (const store::StoreError& e) {
      send_store_error(res, e);
      return nullptr;
    }
  }
  return store_.get();
}

void TeamRoutes::history(const trynext::Engine&, const httplib::Request& req, httplib::Response& res) {
  store::Store* s = store(res);
  if (!s) return;
  try {
    send(res, 200, text_of(app::history_json(s->history(req.matches[1]))));
  } catch (const store::StoreError& e) { send_store_error(res, e); }
}

void TeamRoutes::list(httplib::Response& res) {
  store::Store* s = store(res);
  if (!s) return;
  try {
    json teams = json::array();
    for (const store::Team& t : s->teams())
      teams.push_back({{"id", t.id}, {"name", t.name}, {"created_at", t.created_at}});
    send(res, 200, text_of(json{{"teams", teams}}));
  } catch (const store::StoreError& e) { send_store_error(res, e); }
}

void TeamRoutes::report(const trynext::Engine& engine, int top, const httplib::Request& req, httplib::Response& res) {
  store::Store* s = store(res);
  if (!s) return;
  try {
    trynext::EvaluateOptions options;
    options.top_n = top;
    options.explain = true;  // for the near misses, as POST /v1/reports
    app::NextOutcome out = app::next(engine, *s, req.matches[1], options);
    store::TeamHistory h = s->history(req.matches[1]);
    app::Comparison c = app::latest_comparison(engine, h);
    std::string html =
        app::report_html_with_history(trynext::render_report(out.result, trynext::ReportFormat::html), engine, h, &c);
    // As POST /v1/reports: the page holds the team's text, so it may run nothing.
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    res.status = 200;
    res.set_content(html, "text/html; charset=utf-8");
  } catch (const store::StoreError& e) { send_store_error(res, e); } catch (const trynext::InputError& e) {
    send(res, 400, trynext::error_json(e));
  }
}

void TeamRoutes::next(const trynext::Engine& engine, DecisionLog& log, const httplib::Request& req,
                      httplib::Response& res) {
  store::Store* s = store(res);
  if (!s) return;
  try {
    app::NextOutcome out = app::next(engine, *s, req.matches[1], {});
    store::Decision d = log.make(out.result, out.filled.assessment_json, "team_next", req.matches[1], "");
    if (!log.stamp(d, res)) return;
    json answer = app::next_outcome_json(out);
    answer["decision"] = log.field(d);
    send(res, 200, text_of(answer));
  } catch (const store::StoreError& e) { send_store_error(res, e); } catch (const trynext::InputError& e) {
    send(res, 400, trynext::error_json(e));
  }
}

void TeamRoutes::assess(const trynext::Engine& engine, DecisionLog& log, const httplib::Request& req,
                        httplib::Response& res, const std::string& body) {
  store::Store* s = store(res);
  if (!s) return;
  app::AssessRequest request{req.matches[1], req.get_param_value("name"), body, req.get_param_value("date"),
                             request_id(req), {}};
  try {
    app::AssessOutcome out = app::assess_and_record(engine, *s, request);
    store::Decision d =
        log.make(out.result, out.filled.assessment_json, "team_assess", request.team_id, request.request_id);
    if (!log.stamp(d, res)) return;
    json answer = app::assess_outcome_json(out);
    answer["decision"] = log.field(d);
    send(res, out.repeated ? 200 : 201, text_of(answer));
  } catch (const store::StoreError& e) { send_store_error(res, e); } catch (const trynext::InputError& e) {
    send(res, 400, trynext::error_json(e));
  }
}

void TeamRoutes::start_action(const trynext::Engine& engine, const httplib::Request& req, httplib::Response& res,
                              const std::string& body) {
  store::Store* s = store(res);
  if (!s) return;
  auto j = object_body(res, body);
  if (!j) return;
  try {
    store::Action a;
    a.team_id = req.matches[1];
    a.intervention = text_field(*j, "intervention").value_or("");
    a.owner = text_field(*j, "owner").value_or("");
    a.start_date = text_field(*j, "start_date").value_or(app::today());
    a.review_date = text_field(*j, "review_date").value_or("");
    a.dose = text_field(*j, "dose").value_or("");
    a.status = text_field(*j, "status").value_or("");
    app::check_intervention(engine, a.intervention);
    send(res, 201, text_of(store::action_json(s->start_action(a))));
  } catch (const store::StoreError& e) { send_store_error(res, e); }
}

void TeamRoutes::update_action(const httplib::Request& req, httplib::Response& res, const std::string& body) {
  store::Store* s = store(res);
  if (!s) return;
  auto j = object_body(res, body);
  if (!j) return;
  try {
    store::ActionChange c;
    c.owner = text_field(*j, "owner");
    c.review_date = text_field(*j, "review_date");
    c.dose = text_field(*j, "dose");
    c.status = text_field(*j, "status");
    c.delivered_as_planned = flag_field(*j, "delivered_as_planned");
    send(res, 200, text_of(store::action_json(s->update_action(req.matches[1], c))));
  } catch (const store::StoreError& e) { send_store_error(res, e); }
}

void TeamRoutes::record_outcome(const httplib::Request& req, httplib::Response& res, const std::string& body) {
  store::Store* s = store(res);
  if (!s) return;
  auto j = object_body(res, body);
  if (!j) return;
  try {
    store::Outcome o{"",
                     req.matches[1],
                     text_field(*j, "outcome").value_or(""),
                     text_field(*j, "date").value_or(app::today()),
                     text_field(*j, "note").value_or(""),
                     "",
                     request_id(req)};
    send(res, 201, text_of(store::outcome_json(s->record_outcome(o))));
  } catch (const store::StoreError& e) { send_store_error(res, e); }
}

void TeamRoutes::put_measure(const httplib::Request& req, httplib::Response& res, const std::string& body) {
  store::Store* s = store(res);
  if (!s) return;
  auto j = object_body(res, body);
  if (!j) return;
  try {
    store::Measure m{req.matches[1],
                     text_field(*j, "month").value_or(""),
                     number_field(*j, "sickness_absence_rate"),
                     number_field(*j, "turnover_rate"),
                     number_field(*j, "vacancy_rate"),
                     ""};
    send(res, 200, text_of(store::measure_json(s->put_measure(m))));
  } catch (const store::StoreError& e) { send_store_error(res, e); }
}

}  // namespace trynext_serve
