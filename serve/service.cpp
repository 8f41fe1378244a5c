// The routes of `trynext serve`, on cpp-httplib, and their table (routes.h). Each request takes the
// engine current when it starts (a Snapshot) and finishes on it, whatever reloads happen meanwhile.
// Every response is JSON, errors included (but the documents of POST /v1/reports); every request is logged as one
// JSON line on standard error.
#include <strings.h>

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <map>
#include <mutex>
#include <optional>
#include <regex>
#include <thread>
#include <vector>

#include <httplib.h>
#include <sys/socket.h>

#include "body.h"
#include "connections.h"
#include "decisions.h"
#include "hosts.h"
#include "reports.h"
#include "responses.h"
#include "routes.h"
#include "survey_routes.h"
#include "surveys.h"
#include "teams.h"
#include "trynext/json.h"
#include "trynext/report.h"
#include "trynext/suggest.h"
#include "web_files.h"

namespace trynext_serve {

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

// A client's header shown in a message: at most 100 bytes, printable ASCII (anything else as '?').
std::string clip_header(const std::string& value) {
  std::string out = value.substr(0, 100);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) c = '?';
  return value.size() > 100 ? out + "..." : out;
}

// 127.x.y.z written as four numbers (not a name that merely starts with "127.").
bool is_loopback_ipv4(const std::string& name) {
  static const std::regex address("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");
  return std::regex_match(name, address);
}

// When the request started: set before routing, read by the logger, on the worker's own thread.
thread_local std::optional<Clock::time_point> t_request_start;

const char* const kRulesHeader = "X-Trynext-Rules";

// What the read-only routes serve, rendered once per rule set.
struct Snapshot {
  std::shared_ptr<const trynext::Engine> engine;
  std::string catalogue, instrument, assessment_schema, openapi;
  std::map<std::string, std::string> interventions;
  std::vector<std::string> ids;
};

std::shared_ptr<const Snapshot> make_snapshot(std::shared_ptr<const trynext::Engine> engine) {
  auto s = std::make_shared<Snapshot>();
  const trynext::Catalogue& c = engine->catalogue();
  s->catalogue = text_of(trynext::catalogue_json(c));
  s->instrument = text_of(trynext::instrument_json(c));
  s->assessment_schema = text_of(trynext::assessment_schema(c));
  s->openapi = text_of(openapi_json(*engine));
  for (const auto& i : c.interventions) {
    s->interventions[i.id] = text_of(trynext::intervention_json(i));
    s->ids.push_back(i.id);
  }
  s->engine = std::move(engine);
  return s;
}

}  // namespace

struct Service::Impl {
  ServeOptions options;
  std::unique_ptr<trynext::LiveEngine> live;
  GatedServer server;         // cpp-httplib's routing behind the connection gate (connections.h)
  int listening_socket = -1;  // the last socket cpp-httplib created to bind; see bind()
  Clock::time_point started = Clock::now();
  std::mutex snapshot_mutex;
  std::shared_ptr<const Snapshot> snapshot_;
  std::unique_ptr<TeamRoutes> teams;
  std::unique_ptr<SurveyRoutes> surveys;
  std::unique_ptr<DecisionLog> decisions;
  std::mutex log_mutex;

  std::shared_ptr<const Snapshot> snapshot() {
    auto engine = live->current();
    std::lock_guard<std::mutex> lock(snapshot_mutex);
    if (!snapshot_ || snapshot_->engine != engine) snapshot_ = make_snapshot(std::move(engine));
    return snapshot_;
  }

  void log_line(const json& j) {
    std::string line = text_of(j) + "\n";
    std::lock_guard<std::mutex> lock(log_mutex);
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
  }

  bool read_body(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader,
                 std::string& body) {
    BodyLimits limits{options.max_body, options.request_timeout, t_request_start.value_or(Clock::now())};
    return trynext_serve::read_body(req, res, reader, limits, body);
  }

  // The base of absolute links: --public-url, else the address this connection reached (the listening
  // address, or the interface a wildcard listener was reached on). Never the client's Host header.
  std::string base_url(const httplib::Request& req) const {
    if (!options.public_url.empty()) return options.public_url;
    bool wildcard = options.host == "0.0.0.0" || options.host == "::" || options.host.empty();
    std::string address = wildcard ? req.local_addr : options.host;
    bool v6 = address.find(':') != std::string::npos;
    return "http://" + (v6 ? "[" + address + "]" : address) + ":" + std::to_string(req.local_port);
  }

  // Whether the request's Host names this service (SECURITY.md, "Host names"): --public-url's host, an
  // --allowed-host, the listening address, the address the connection reached, or, over loopback, this
  // machine's loopback names. A page on another site whose name was rebound to this machine's address
  // sends its own name and is refused. No Host at all (HTTP/1.0) is let through.
  bool host_allowed(const httplib::Request& req) const {
    if (!req.has_header("Host")) return true;
    std::string name = host_name(req.get_header_value("Host"));
    if (name.empty()) return false;
    for (const std::string& allowed : allowed_names)
      if (name == allowed) return true;
    if (name == host_name(req.local_addr)) return true;
    bool loopback =
        req.local_addr == "::1" || req.local_addr.rfind("127.", 0) == 0 || req.local_addr.rfind("::ffff:127.", 0) == 0;
    return loopback && (name == "localhost" || name == "::1" || is_loopback_ipv4(name));
  }
  std::vector<std::string> allowed_names;  // lower case, without port or brackets; see host_allowed

  // The handlers of the route table (routes.h): request, response, and the body's reader (null for GET).
  void recommend(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader) {
    std::string body;
    if (!read_body(req, res, *reader, body)) return;
    trynext::EvaluateOptions evaluate;
    evaluate.top_n = options.top;
    trynext::ReportFormat format = trynext::ReportFormat::json;
    if (req.has_param("explain") && !parse_bool(req.get_param_value("explain"), evaluate.explain))
      return send_error(res, 400, "invalid_parameter",
                        "explain must be true or false, got \"" + req.get_param_value("explain") + "\"");
    if (req.has_param("top")) {
      const std::string v = req.get_param_value("top");
      static const std::regex digits("[0-9]{1,3}");
      if (!std::regex_match(v, digits) || std::stoi(v) < 1 || std::stoi(v) > 100)
        return send_error(res, 400, "invalid_parameter", "top must be a whole number from 1 to 100, got \"" + v + "\"");
      evaluate.top_n = std::stoi(v);
    }
    if (req.has_param("format")) {
      const std::string name = req.get_param_value("format");
      auto parsed = trynext::parse_report_format(name);
      if (parsed != trynext::ReportFormat::json && parsed != trynext::ReportFormat::cards)
        return send_error(res, 400, "invalid_parameter", "format must be json or cards, got \"" + name + "\"");
      format = *parsed;
    }
    auto snap = snapshot();
    res.set_header(kRulesHeader, snap->engine->versions().rules);
    // JSON takes the catalogue's part from the bytes rendered at load; cards read the fields.
    evaluate.catalogue_fields = format == trynext::ReportFormat::cards;
    try {
      trynext::Result result = snap->engine->recommend(body, evaluate);
      trynext::store::Decision decision = decisions->make(result, body, "recommend", "", "");
      if (!decisions->stamp(decision, res)) return;
      if (format == trynext::ReportFormat::cards) {
        trynext::ReportOptions report;
        report.base_url = base_url(req);
        send(res, 200, trynext::render_report(result, format, report));  // the decision in the header only
      } else {
        // The engine's writer gives the result's object; the decision is one more member at its end.
        std::string text = trynext::to_json(result, -1);
        text.pop_back();
        text.append(",\"decision\":").append(text_of(decisions->field(decision))).append(1, '}');
        send(res, 200, std::move(text));
      }
    } catch (const trynext::InputError& e) { send(res, 400, trynext::error_json(e)); }
  }

  // POST /v1/reports (reports.cpp).
  void report_route(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader) {
    std::string body;
    if (!read_body(req, res, *reader, body)) return;
    auto snap = snapshot();
    res.set_header(kRulesHeader, snap->engine->versions().rules);
    send_report(*snap->engine, options.top, req, res, body);
  }

  void survey_release_route(const httplib::Request& req, httplib::Response& res,
                            const httplib::ContentReader* reader) {
    std::string body;
    if (!read_body(req, res, *reader, body)) return;
    send_survey_release(*snapshot()->engine, res, body);
  }

  void reload_route(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader) {
    std::string body;
    if (!read_body(req, res, *reader, body)) return;
    if (!authorized(req, res, "reload_disabled",
                    "reloading the rules over HTTP is disabled: start trynext serve with --token-file FILE "
                    "or TRYNEXT_TOKEN set to enable it (or send the process SIGHUP)"))
      return;
    trynext::Versions previous = live->current()->versions();
    try {
      reload("http");
      auto snap = snapshot();
      res.set_header(kRulesHeader, snap->engine->versions().rules);
      json out = {{"reloaded", true},
                  {"versions", versions_json(snap->engine->versions())},
                  {"previous", versions_json(previous)},
                  {"rules", snap->engine->rules().size()},
                  {"interventions", snap->engine->catalogue().interventions.size()},
                  {"warnings", diagnostics_json(snap->engine->load_warnings())}};
      send(res, 200, text_of(out));
    } catch (const trynext::LoadError& e) {
      send(res, 500,
           trynext::error_json(
               "reload_failed",
               "the rules did not load, so the rule set in service (" + previous.rules + ") stays: " + e.what(),
               {{"diagnostics", diagnostics_json(e.diagnostics())}}));
    }
  }

  // Whether the request carries the service's bearer token; answers 403 (no token configured: code and
  // disabled say why) or 401 when not.
  bool authorized(const httplib::Request& req, httplib::Response& res, const char* code, const std::string& disabled) {
    if (options.token.empty()) {
      send_error(res, 403, code, disabled);
      return false;
    }
    const std::string auth = req.get_header_value("Authorization");
    std::string given;
    if (auth.size() > 7 && strncasecmp(auth.c_str(), "Bearer ", 7) == 0) given = auth.substr(7);
    if (given.empty() || !same_secret(given, options.token)) {
      res.set_header("WWW-Authenticate", "Bearer realm=\"trynext\"");
      send_error(res, 401, "unauthorized",
                 given.empty() ? "send the token as Authorization: Bearer <token>"
                               : "the bearer token is not the one this service was started with");
      return false;
    }
    return true;
  }

  // The history routes (teams.h): reads are open; every write needs the token.
  bool history_write(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader,
                     std::string& body) {
    if (!read_body(req, res, reader, body)) return false;
    return authorized(req, res, "writes_disabled",
                      "writing to the history over HTTP is disabled: start trynext serve with --token-file FILE or "
                      "TRYNEXT_TOKEN set to enable it");
  }
  void team_history(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader*) {
    teams->history(*snapshot()->engine, req, res);
  }
  void team_list(const httplib::Request&, httplib::Response& res, const httplib::ContentReader*) { teams->list(res); }
  void team_report(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader*) {
    auto snap = snapshot();
    res.set_header(kRulesHeader, snap->engine->versions().rules);
    teams->report(*snap->engine, options.top, req, res);
  }
  void team_next(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader*) {
    auto snap = snapshot();
    res.set_header(kRulesHeader, snap->engine->versions().rules);
    teams->next(*snap->engine, *decisions, req, res);
  }
  void team_assess(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader) {
    std::string body;
    if (!history_write(req, res, *reader, body)) return;
    auto snap = snapshot();
    res.set_header(kRulesHeader, snap->engine->versions().rules);
    teams->assess(*snap->engine, *decisions, req, res, body);
  }
  void team_start_action(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader) {
    std::string body;
    if (history_write(req, res, *reader, body)) teams->start_action(*snapshot()->engine, req, res, body);
  }
  void team_measure(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader) {
    std::string body;
    if (history_write(req, res, *reader, body)) teams->put_measure(req, res, body);
  }
  void action_update(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader) {
    std::string body;
    if (history_write(req, res, *reader, body)) teams->update_action(req, res, body);
  }
  void action_outcome(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader) {
    std::string body;
    if (history_write(req, res, *reader, body)) teams->record_outcome(req, res, body);
  }

  // Team surveys kept in the store (survey_routes.h): the manager's writes need the token; the
  // respondent's form and response need none (a response carries its code or the link's key).
  void survey_create(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader) {
    std::string body;
    if (history_write(req, res, *reader, body)) surveys->create(req, res, body);
  }
  void survey_list(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader*) {
    surveys->list(req, res);
  }
  void survey_status(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader*) {
    surveys->status(req, res);
  }
  void survey_codes(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader) {
    std::string body;
    if (history_write(req, res, *reader, body)) surveys->codes(req, res, body);
  }
  void survey_close(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader) {
    std::string body;
    if (history_write(req, res, *reader, body)) surveys->close(req, res);
  }
  void survey_form(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader*) {
    surveys->form(*snapshot()->engine, req, res);
  }
  void survey_respond(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader) {
    std::string body;
    if (read_body(req, res, *reader, body)) surveys->respond(*snapshot()->engine, req, res, body);
  }
  void survey_release_make(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader* reader) {
    std::string body;
    if (!history_write(req, res, *reader, body)) return;
    auto snap = snapshot();
    res.set_header(kRulesHeader, snap->engine->versions().rules);
    surveys->release(*snap->engine, req, res, body);
  }
  void survey_releases(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader*) {
    surveys->releases(req, res);
  }
  void survey_report(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader*) {
    auto snap = snapshot();
    res.set_header(kRulesHeader, snap->engine->versions().rules);
    surveys->report(*snap->engine, req, res);
  }

  // The decision log (decisions.h).
  void decision(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader*) {
    decisions->fetch(req, res);
  }

  trynext::Versions reload(const char* trigger) {
    try {
      trynext::Versions v = live->reload();
      log_line({{"time", utc_now()},
                {"event", "reload"},
                {"trigger", trigger},
                {"ok", true},
                {"rules", v.rules},
                {"catalogue", v.catalogue}});
      return v;
    } catch (const trynext::LoadError& e) {
      log_line({{"time", utc_now()},
                {"event", "reload"},
                {"trigger", trigger},
                {"ok", false},
                {"error", e.what()},
                {"rules", live->current()->versions().rules}});
      throw;
    }
  }

  void health(const httplib::Request&, httplib::Response& res, const httplib::ContentReader*) {
    auto snap = snapshot();
    const trynext::Engine& e = *snap->engine;
    double uptime = std::chrono::duration<double>(Clock::now() - started).count();
    json out = {{"status", "ok"},
                {"versions", versions_json(e.versions())},
                {"rules", e.rules().size()},
                {"interventions", e.catalogue().interventions.size()},
                {"reload_enabled", !options.token.empty()},
                {"uptime_seconds", std::round(uptime * 10) / 10}};
    res.set_header(kRulesHeader, e.versions().rules);
    send(res, 200, text_of(out));
  }

  // A body sent to a route that does not take one is still read (within the limits), so that a
  // kept-alive connection stays in step; then the route's absence is reported.
  void no_such_route(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
    std::string body;
    if (!read_body(req, res, reader, body)) return;
    res.status = 404;
    error_page(req, res);
  }

  void error_page(const httplib::Request& req, httplib::Response& res) {
    switch (res.status) {
      case 404: {
        if (std::string allow = allowed_methods(req.path); !allow.empty()) {
          res.status = 405;
          res.set_header("Allow", allow);
          send_error(res, 405, "method_not_allowed", req.method + " " + req.path + ": this route accepts " + allow);
        } else {
          static const std::vector<std::string> known = fixed_paths();
          send_error(res, 404, "not_found",
                     "no route " + req.method + " " + req.path + trynext::did_you_mean(req.path, known) +
                         "; /openapi.json lists the routes");
        }
        break;
      }
      case 413:
        send_error(res, 413, "payload_too_large",
                   "the request body is larger than the limit of " + std::to_string(options.max_body) + " bytes");
        break;
      case 414:
        send_error(res, 414, "uri_too_long", "the request line is too long");
        break;
      case 415:
        send_error(res, 415, "unsupported_media_type", "the Content-Encoding is not supported");
        break;
      case 400:
        send_error(res, 400, "bad_request", "the request is not well-formed HTTP");
        break;
      default:
        send_error(res, res.status, "http_" + std::to_string(res.status),
                   "the request failed with HTTP status " + std::to_string(res.status));
    }
  }

  void log_request(const httplib::Request& req, const httplib::Response& res) {
    json j = {{"time", utc_now()}, {"method", req.method}, {"path", req.path}, {"status", res.status}};
    if (t_request_start) {
      double ms = std::chrono::duration<double, std::milli>(Clock::now() - *t_request_start).count();
      j["ms"] = std::round(ms * 100) / 100;
    } else {
      j["ms"] = nullptr;
    }
    t_request_start.reset();
    j["rules"] = res.has_header(kRulesHeader) ? res.get_header_value(kRulesHeader) : "";
    j["bytes_out"] = res.body.empty() ? res.content_length_ : res.body.size();
    j["remote"] = req.remote_addr;
    log_line(j);
  }

  // The read-only routes: documents rendered once per rule set (Snapshot).
  void catalogue(const httplib::Request&, httplib::Response& res, const httplib::ContentReader*) {
    auto snap = snapshot();
    res.set_header(kRulesHeader, snap->engine->versions().rules);
    send(res, 200, snap->catalogue);
  }

  void intervention(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader*) {
    auto snap = snapshot();
    res.set_header(kRulesHeader, snap->engine->versions().rules);
    std::string id = req.matches[1];
    auto it = snap->interventions.find(id);
    if (it == snap->interventions.end())
      return send_error(res, 404, "unknown_intervention",
                        "no intervention \"" + id + "\" in the catalogue" + trynext::did_you_mean(id, snap->ids) +
                            "; GET /v1/catalogue lists them");
    send(res, 200, it->second);
  }

  void instrument(const httplib::Request&, httplib::Response& res, const httplib::ContentReader*) {
    auto snap = snapshot();
    res.set_header(kRulesHeader, snap->engine->versions().rules);
    send(res, 200, snap->instrument);
  }

  void assessment_schema(const httplib::Request&, httplib::Response& res, const httplib::ContentReader*) {
    auto snap = snapshot();
    res.set_header(kRulesHeader, snap->engine->versions().rules);
    send(res, 200, snap->assessment_schema);
  }

  void openapi(const httplib::Request&, httplib::Response& res, const httplib::ContentReader*) {
    auto snap = snapshot();
    res.set_header(kRulesHeader, snap->engine->versions().rules);
    send(res, 200, snap->openapi);
  }

  void install_routes() {
    using httplib::Request, httplib::Response, httplib::ContentReader;
    for (const Route& route : route_table()) {
      Handler handler = route.handler;
      if (std::string(route.method) == "POST")
        server.Post(route.pattern, [this, handler](const Request& req, Response& res, const ContentReader& reader) {
          (this->*handler)(req, res, &reader);
        });
      else
        server.Get(route.pattern,
                   [this, handler](const Request& req, Response& res) { (this->*handler)(req, res, nullptr); });
    }
    // Anything else with a body: read it within the limits, then 404 or 405.
    auto other = [this](const Request& req, Response& res, const ContentReader& reader) {
      no_such_route(req, res, reader);
    };
    server.Post(".*", other);
    server.Put(".*", other);
    server.Patch(".*", other);
    server.Delete(".*", other);

    server.set_pre_routing_handler([this](const Request& req, Response& res) {
      t_request_start = Clock::now();
      if (!host_allowed(req)) {
        send_error(res, 421, "host_not_allowed",
                   "Host \"" + clip_header(req.get_header_value("Host")) +
                       "\" is not a name this service answers for (--public-url, --allowed-host)");
        res.set_header("Connection", "close");
        return httplib::Server::HandlerResponse::Handled;
      }
      return httplib::Server::HandlerResponse::Unhandled;
    });
    server.set_error_handler(httplib::Server::HandlerWithResponse([this](const Request& req, Response& res) {
      if (res.has_header("Content-Type")) return httplib::Server::HandlerResponse::Unhandled;  // ours already
      try {
        error_page(req, res);
      } catch (...) { res.body = "{\"error\":{\"code\":\"internal_error\",\"message\":\"internal error\"}}"; }
      return httplib::Server::HandlerResponse::Handled;
    }));
    server.set_exception_handler([](const Request&, Response& res, std::exception_ptr ep) {
      std::string what = "unknown exception";
      try {
        std::rethrow_exception(ep);
      } catch (const std::exception& e) { what = e.what(); } catch (...) {
      }
      try {
        send_error(res, 500, "internal_error", "internal error: " + what);
      } catch (...) { res.status = 500; }
    });
    server.set_post_routing_handler([this](const Request&, Response& res) {
      try {
        if (!res.has_header(kRulesHeader)) res.set_header(kRulesHeader, live->current()->versions().rules);
      } catch (...) {}
    });
    server.set_logger([this](const Request& req, const Response& res) {
      try {
        log_request(req, res);
      } catch (...) {}
    });
  }
};

// The route table. Its order is the routes' order for people (the 404 message's did-you-mean, the
// documentation); cpp-httplib tries the routes of one method in this order.
const std::vector<Route>& route_table() {
  using I = Service::Impl;
  static const std::vector<Route> table = {
      {"POST", "/v1/recommendations", "/v1/recommendations", &I::recommend, recommend_operation},
      {"POST", "/v1/reports", "/v1/reports", &I::report_route, report_operation},
      {"GET", "/v1/catalogue", "/v1/catalogue", &I::catalogue, catalogue_operation},
      {"GET", "/v1/catalogue/{id}", "/v1/catalogue/([^/]+)", &I::intervention, intervention_operation},
      {"GET", "/v1/assessment", "/v1/assessment", &I::instrument, instrument_operation},
      {"GET", "/v1/assessment/schema", "/v1/assessment/schema", &I::assessment_schema, assessment_schema_operation},
      {"POST", "/v1/rules/reload", "/v1/rules/reload", &I::reload_route, reload_operation},
      {"GET", "/healthz", "/healthz", &I::health, health_operation},
      {"GET", "/openapi.json", "/openapi.json", &I::openapi, openapi_operation},
      {"GET", "/v1/teams", "/v1/teams", &I::team_list, team_list_operation},
      {"GET", "/v1/teams/{team}", "/v1/teams/([^/]+)", &I::team_history, team_history_operation},
      {"GET", "/v1/teams/{team}/report", "/v1/teams/([^/]+)/report", &I::team_report, team_report_operation},
      {"POST", "/v1/teams/{team}/assessments", "/v1/teams/([^/]+)/assessments", &I::team_assess, team_assess_operation},
      {"GET", "/v1/teams/{team}/next", "/v1/teams/([^/]+)/next", &I::team_next, team_next_operation},
      {"POST", "/v1/teams/{team}/actions", "/v1/teams/([^/]+)/actions", &I::team_start_action,
       team_start_action_operation},
      {"POST", "/v1/teams/{team}/measures", "/v1/teams/([^/]+)/measures", &I::team_measure, team_measure_operation},
      {"POST", "/v1/actions/{action}", "/v1/actions/([^/]+)", &I::action_update, action_update_operation},
      {"POST", "/v1/actions/{action}/outcomes", "/v1/actions/([^/]+)/outcomes", &I::action_outcome,
       action_outcome_operation},
      // The decision log (decisions.h).
      {"GET", "/v1/decisions/{id}", "/v1/decisions/([^/]+)", &I::decision, decision_operation},
      // Team surveys (surveys.h, docs/anonymity.md).
      {"POST", "/v1/surveys/release", "/v1/surveys/release", &I::survey_release_route, survey_release_operation},
      {"POST", "/v1/teams/{team}/surveys", "/v1/teams/([^/]+)/surveys", &I::survey_create, survey_create_operation},
      {"GET", "/v1/teams/{team}/surveys", "/v1/teams/([^/]+)/surveys", &I::survey_list, survey_list_operation},
      {"GET", "/v1/surveys/{survey}", "/v1/surveys/([0-9a-f]{32})", &I::survey_status, survey_status_operation},
      {"POST", "/v1/surveys/{survey}/codes", "/v1/surveys/([0-9a-f]{32})/codes", &I::survey_codes, survey_codes_operation},
      {"POST", "/v1/surveys/{survey}/close", "/v1/surveys/([0-9a-f]{32})/close", &I::survey_close, survey_close_operation},
      {"GET", "/v1/surveys/{survey}/form", "/v1/surveys/([0-9a-f]{32})/form", &I::survey_form, survey_form_operation},
      {"POST", "/v1/surveys/{survey}/responses", "/v1/surveys/([0-9a-f]{32})/responses", &I::survey_respond,
       survey_respond_operation},
      {"POST", "/v1/surveys/{survey}/releases", "/v1/surveys/([0-9a-f]{32})/releases", &I::survey_release_make,
       survey_release_make_operation},
      {"GET", "/v1/surveys/{survey}/releases", "/v1/surveys/([0-9a-f]{32})/releases", &I::survey_releases,
       survey_releases_operation},
      {"GET", "/v1/surveys/{survey}/report", "/v1/surveys/([0-9a-f]{32})/report", &I::survey_report, survey_report_operation},
  };
  return table;
}

std::string allowed_methods(const std::string& path) {
  static const std::vector<std::regex> patterns = [] {
    std::vector<std::regex> out;
    for (const Route& r : route_table()) out.emplace_back(r.pattern);
    return out;
  }();
  std::string allow;
  for (std::size_t i = 0; i < patterns.size(); ++i)
    if (std::regex_match(path, patterns[i])) {
      std::string method = route_table()[i].method;
      allow += (allow.empty() ? "" : ", ") + (method == "GET" ? std::string("GET, HEAD") : method);
    }
  return allow;
}

std::vector<std::string> fixed_paths() {
  std::vector<std::string> out;
  for (const Route& r : route_table())
    if (std::string_view(r.path).find('{') == std::string_view::npos) out.push_back(r.path);
  return out;
}

Service::Service(ServeOptions options, std::unique_ptr<trynext::LiveEngine> engine) : impl_(std::make_unique<Impl>()) {
  Impl& s = *impl_;
  s.options = std::move(options);
  s.live = std::move(engine);
  s.teams = std::make_unique<TeamRoutes>(s.options.store);
  s.surveys = std::make_unique<SurveyRoutes>(*s.teams);
  s.decisions = std::make_unique<DecisionLog>(s.options.decision_log && !s.options.store.empty(), *s.teams);
  if (!s.options.public_url.empty()) s.allowed_names.push_back(public_url_host(s.options.public_url));
  for (const std::string& host : s.options.allowed_hosts) s.allowed_names.push_back(host_name(host));
  if (!host_name(s.options.host).empty()) s.allowed_names.push_back(host_name(s.options.host));
  // Workers answer whole requests only (connections.h), so they are sized for the work, not for the
  // clients; the default is kept generous so that a slow reader of a response does not starve the rest.
  if (s.options.threads <= 0)
    s.options.threads = static_cast<int>(std::max(16u, 4 * std::thread::hardware_concurrency()));
  ConnectionLimits limits;
  limits.max_connections = s.options.max_connections;
  limits.threads = static_cast<std::size_t>(s.options.threads);
  limits.max_body = s.options.max_body;
  limits.idle_timeout = s.options.read_timeout;
  limits.read_timeout = s.options.read_timeout;
  limits.header_timeout = s.options.header_timeout;
  limits.request_timeout = s.options.request_timeout;
  limits.write_timeout = s.options.write_timeout;
  limits.keep_alive_max = 100;
  s.server.set_connection_limits(limits);
  s.server.set_gate_logger([&s](const GateEvent& e) {
    s.log_line(
        {{"time", utc_now()}, {"event", "refused"}, {"status", e.status}, {"code", e.code}, {"remote", e.remote}});
  });
  s.server.set_payload_max_length(s.options.max_body);
  s.server.set_read_timeout(s.options.read_timeout, 0);
  s.server.set_write_timeout(s.options.write_timeout, 0);
  s.server.set_keep_alive_timeout(s.options.read_timeout);
  s.server.set_keep_alive_max_count(100);
  s.server.set_tcp_nodelay(true);
  // cpp-httplib sets SO_REUSEPORT, which would let a second service bind the same port and share its
  // connections; SO_REUSEADDR alone still allows a quick restart.
  s.server.set_socket_options([&s](int sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    s.listening_socket = sock;
  });
  s.install_routes();
  install_web_routes(s.server, find_web_dir(s.options.web_dir));  // the manager's pages at /
  s.snapshot();                                                   // render the documents before the first request
}

Service::~Service() = default;

int Service::bind() {
  Impl& s = *impl_;
  int port = s.options.port == 0 ? s.server.bind_to_any_port(s.options.host)
                                 : (s.server.bind_to_port(s.options.host, s.options.port) ? s.options.port : -1);
  // Debian's cpp-httplib is compiled with a listen backlog of 5. Under load, clients reconnecting
  // after keep_alive_max_count requests overflowed it, and a dropped SYN is retried only after a
  // second: 1 s stalls at the 99th percentile. Listening again on the bound socket enlarges it.
  if (port > 0 && s.listening_socket >= 0) ::listen(s.listening_socket, SOMAXCONN);
  return port;
}

bool Service::run() {
  Impl& s = *impl_;
  auto v = s.live->current()->versions();
  s.log_line({{"time", utc_now()},
              {"event", "start"},
              {"host", s.options.host},
              {"threads", s.options.threads},
              {"max_connections", s.options.max_connections},
              {"max_body", s.options.max_body},
              {"reload_enabled", !s.options.token.empty()},
              {"decision_log", s.decisions->enabled()},
              {"rules", v.rules},
              {"catalogue", v.catalogue},
              {"engine", v.engine}});
  if (s.options.watch_ms > 0)
    s.live->watch(
        std::chrono::milliseconds(s.options.watch_ms),
        [&s](const trynext::LoadError& e) {
          s.log_line({{"time", utc_now()},
                      {"event", "reload"},
                      {"trigger", "watch"},
                      {"ok", false},
                      {"error", e.what()},
                      {"rules", s.live->current()->versions().rules}});
        },
        [&s](const trynext::Versions& v) {
          s.log_line({{"time", utc_now()},
                      {"event", "reload"},
                      {"trigger", "watch"},
                      {"ok", true},
                      {"rules", v.rules},
                      {"catalogue", v.catalogue}});
        });
  bool ok = s.server.listen_after_bind();
  if (s.options.watch_ms > 0) s.live->stop_watching();
  s.log_line({{"time", utc_now()}, {"event", "stop"}});
  return ok;
}

void Service::stop() { impl_->server.stop(); }

trynext::Versions Service::reload() { return impl_->reload("signal"); }

}  // namespace trynext_serve
