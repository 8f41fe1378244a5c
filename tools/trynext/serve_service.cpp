// The routes of `trynext serve`, on cpp-httplib. Each request takes the engine current when it
// starts (a Snapshot) and finishes on it, whatever reloads happen meanwhile. Every response is JSON,
// errors included; every request is logged as one JSON line on standard error.
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

#include "common/suggest.h"
#include "serve.h"
#include "trynext/json.h"

namespace trynext_cli {

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

// JSON text that never throws on invalid UTF-8 (messages can quote what a client sent).
std::string text_of(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json error_json(const std::string& code, const std::string& message) {
  return {{"error", {{"code", code}, {"message", message}}}};
}

// to_json writes a result directly, ten times faster than result_json().dump(); it refuses text that
// is not valid UTF-8, which the slower path replaces instead.
std::string result_text(const trynext::Result& result) {
  try {
    return trynext::to_json(result, -1);
  } catch (const nlohmann::json::exception&) { return text_of(trynext::result_json(result)); }
}

void send(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_content(body, "application/json");
}

void send_error(httplib::Response& res, int status, const std::string& code, const std::string& message) {
  send(res, status, text_of(error_json(code, message)));
}

// An error after which the connection cannot be trusted (a request body left unread): the whole
// response is written, then the content provider reports failure, which makes cpp-httplib 0.11 close
// the connection instead of reading the rest of the body as the next request.
void send_and_close(httplib::Response& res, int status, const std::string& code, const std::string& message) {
  auto body = std::make_shared<const std::string>(text_of(error_json(code, message)));
  res.status = status;
  res.set_header("Connection", "close");
  res.set_content_provider(body->size(), "application/json",
                           [body](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                             sink.write(body->data() + offset, length);
                             return false;
                           });
}

// The same problems the CLI prints, named by JSON path (or line and column for malformed JSON).
json input_error_json(const trynext::InputError& e) {
  json problems = json::array();
  for (const auto& p : e.problems()) {
    json j = {{"path", p.path}, {"message", p.message}, {"text", p.to_string()}};
    if (p.line > 0) {
      j["line"] = p.line;
      j["column"] = p.column;
    }
    problems.push_back(std::move(j));
  }
  std::size_t n = e.problems().size();
  json out = error_json("invalid_assessment", "not a valid assessment (" + std::to_string(n) + " problem" +
                                                  (n == 1 ? "" : "s") + "): " + e.what());
  out["error"]["problems"] = std::move(problems);
  return out;
}

json diagnostics_json(const std::vector<trynext::Diagnostic>& diagnostics) {
  json out = json::array();
  for (const auto& d : diagnostics)
    out.push_back({{"file", d.file},
                   {"line", d.line},
                   {"code", d.code},
                   {"message", d.message},
                   {"warning", d.warning},
                   {"text", d.to_string()}});
  return out;
}

json versions_json(const trynext::Versions& v) {
  return {{"engine", v.engine}, {"rules", v.rules}, {"catalogue", v.catalogue}};
}

std::string utc_now() {
  auto now = std::chrono::system_clock::now();
  std::time_t t = std::chrono::system_clock::to_time_t(now);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  char millis[8];
  std::snprintf(millis, sizeof millis, ".%03dZ", static_cast<int>(ms));
  return std::string(buf) + millis;
}

// Compares without leaking, through timing, how much of the token was right.
bool same_secret(const std::string& a, const std::string& b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ (i < b.size() ? b[i] : 0));
  return diff == 0;
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

// The routes, for 405 (known path, other method) versus 404.
struct Route {
  std::regex pattern;
  const char* allow;
};

const std::vector<Route>& routes() {
  static const std::vector<Route> table = {
      {std::regex("/v1/recommendations"), "POST"},
      {std::regex("/v1/catalogue"), "GET, HEAD"},
      {std::regex("/v1/catalogue/[^/]+"), "GET, HEAD"},
      {std::regex("/v1/assessment"), "GET, HEAD"},
      {std::regex("/v1/assessment/schema"), "GET, HEAD"},
      {std::regex("/v1/rules/reload"), "POST"},
      {std::regex("/healthz"), "GET, HEAD"},
      {std::regex("/openapi.json"), "GET, HEAD"},
  };
  return table;
}

const char* allowed_methods(const std::string& path) {
  for (const auto& r : routes())
    if (std::regex_match(path, r.pattern)) return r.allow;
  return nullptr;
}

bool parse_bool(const std::string& v, bool& out) {
  if (v.empty() || v == "true" || v == "1" || v == "yes")
    out = true;
  else if (v == "false" || v == "0" || v == "no")
    out = false;
  else
    return false;
  return true;
}

}  // namespace

struct Service::Impl {
  ServeOptions options;
  std::unique_ptr<trynext::LiveEngine> live;
  httplib::Server server;
  int listening_socket = -1;  // the last socket cpp-httplib created to bind; see bind()
  Clock::time_point started = Clock::now();
  std::mutex snapshot_mutex;
  std::shared_ptr<const Snapshot> snapshot_;
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

  // Reads the request body, at most max_body bytes (after any Content-Encoding) within
  // request_timeout. On failure the response is set and false returned. A body over the limit is
  // still read and dropped up to 4 times the limit, so that a kept-alive connection stays in step;
  // beyond that, or when the body is late or broken, the response closes the connection.
  bool read_body(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader,
                 std::string& body) {
    bool has_length = req.has_header("Content-Length");
    if (!has_length && req.get_header_value("Transfer-Encoding").empty()) return true;
    const std::size_t drain_cap = 4 * options.max_body;
    const std::string too_large_message = "the request body is larger than the limit of " +
                                          std::to_string(options.max_body) + " bytes (trynext serve --max-body)";
    if (has_length && std::strtoull(req.get_header_value("Content-Length").c_str(), nullptr, 10) > drain_cap) {
      send_and_close(res, 413, "payload_too_large", too_large_message);
      return false;
    }
    auto deadline = t_request_start.value_or(Clock::now()) + std::chrono::seconds(options.request_timeout);
    bool too_large = false, late = false, aborted = false;
    std::size_t seen = 0;
    auto receive = [&](const char* data, std::size_t n, bool keep) {
      seen += n;
      if (Clock::now() > deadline) return !(late = true);
      if (seen > options.max_body) {
        too_large = true;
        body.clear();
        return !(aborted = seen > drain_cap);
      }
      if (keep) body.append(data, n);
      return true;
    };
    bool multipart = req.is_multipart_form_data();
    bool ok = multipart ? reader([](const httplib::MultipartFormData&) { return true; },
                                 [&](const char* data, std::size_t n) { return receive(data, n, false); })
                        : reader([&](const char* data, std::size_t n) { return receive(data, n, true); });
    if (late)
      send_and_close(
          res, 408, "request_timeout",
          "the request body took longer than " + std::to_string(options.request_timeout) + " seconds to arrive");
    else if (too_large || res.status == 413)
      (aborted ? send_and_close : send_error)(res, 413, "payload_too_large", too_large_message);
    else if (multipart)
      (ok ? send_error : send_and_close)(res, 415, "unsupported_media_type",
                                         "send the assessment as JSON (Content-Type: application/json), not as a form");
    else if (ok)
      return true;
    else if (res.status == 415)
      send_and_close(res, 415, "unsupported_media_type",
                     "Content-Encoding " + req.get_header_value("Content-Encoding") + " is not supported");
    else
      send_and_close(res, 400, "unreadable_body", "the request body could not be read");
    return false;
  }

  std::string base_url(const httplib::Request& req) const {
    if (!options.public_url.empty()) return options.public_url;
    std::string host = req.get_header_value("Host");
    static const std::regex safe("[A-Za-z0-9.\\-]+(:[0-9]+)?|\\[[0-9A-Fa-f:.]+\\](:[0-9]+)?");
    if (host.empty() || !std::regex_match(host, safe)) {
      bool v6 = req.local_addr.find(':') != std::string::npos;
      host = (v6 ? "[" + req.local_addr + "]" : req.local_addr) + ":" + std::to_string(req.local_port);
    }
    return "http://" + host;
  }

  void recommend(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
    std::string body;
    if (!read_body(req, res, reader, body)) return;
    trynext::EvaluateOptions evaluate;
    evaluate.top_n = options.top;
    std::string format = "json";
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
      format = req.get_param_value("format");
      if (format != "json" && format != "cards")
        return send_error(res, 400, "invalid_parameter", "format must be json or cards, got \"" + format + "\"");
    }
    auto snap = snapshot();
    res.set_header(kRulesHeader, snap->engine->versions().rules);
    try {
      trynext::Result result = snap->engine->recommend(body, evaluate);
      if (format == "cards")
        send(res, 200, text_of(cards_json(result, base_url(req))));
      else
        send(res, 200, result_text(result));
    } catch (const trynext::InputError& e) { send(res, 400, text_of(input_error_json(e))); }
  }

  void reload_route(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
    std::string body;
    if (!read_body(req, res, reader, body)) return;
    if (options.token.empty())
      return send_error(res, 403, "reload_disabled",
                        "reloading the rules over HTTP is disabled: start trynext serve with --token-file FILE "
                        "or TRYNEXT_TOKEN set to enable it (or send the process SIGHUP)");
    const std::string auth = req.get_header_value("Authorization");
    std::string given;
    if (auth.size() > 7 && strncasecmp(auth.c_str(), "Bearer ", 7) == 0) given = auth.substr(7);
    if (given.empty() || !same_secret(given, options.token)) {
      res.set_header("WWW-Authenticate", "Bearer realm=\"trynext\"");
      return send_error(res, 401, "unauthorized",
                        given.empty() ? "send the reload token as Authorization: Bearer <token>"
                                      : "the bearer token is not the one this service was started with");
    }
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
      json out = error_json("reload_failed", std::string("the rules did not load, so the rule set in service (") +
                                                 previous.rules + ") stays: " + e.what());
      out["error"]["diagnostics"] = diagnostics_json(e.diagnostics());
      send(res, 500, text_of(out));
    }
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

  void health(httplib::Response& res) {
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
        if (const char* allow = allowed_methods(req.path)) {
          res.status = 405;
          res.set_header("Allow", allow);
          send_error(res, 405, "method_not_allowed", req.method + " " + req.path + ": this route accepts " + allow);
        } else {
          std::vector<std::string> known = {"/v1/recommendations",   "/v1/catalogue",    "/v1/assessment",
                                            "/v1/assessment/schema", "/v1/rules/reload", "/healthz",
                                            "/openapi.json"};
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

  void install_routes() {
    using httplib::Request, httplib::Response, httplib::ContentReader;
    server.Post("/v1/recommendations", [this](const Request& req, Response& res, const ContentReader& reader) {
      recommend(req, res, reader);
    });
    server.Post("/v1/rules/reload", [this](const Request& req, Response& res, const ContentReader& reader) {
      reload_route(req, res, reader);
    });
    server.Get("/v1/catalogue", [this](const Request&, Response& res) {
      auto snap = snapshot();
      res.set_header(kRulesHeader, snap->engine->versions().rules);
      send(res, 200, snap->catalogue);
    });
    server.Get("/v1/catalogue/([^/]+)", [this](const Request& req, Response& res) {
      auto snap = snapshot();
      res.set_header(kRulesHeader, snap->engine->versions().rules);
      std::string id = req.matches[1];
      auto it = snap->interventions.find(id);
      if (it == snap->interventions.end())
        return send_error(res, 404, "unknown_intervention",
                          "no intervention \"" + id + "\" in the catalogue" + trynext::did_you_mean(id, snap->ids) +
                              "; GET /v1/catalogue lists them");
      send(res, 200, it->second);
    });
    server.Get("/v1/assessment", [this](const Request&, Response& res) {
      auto snap = snapshot();
      res.set_header(kRulesHeader, snap->engine->versions().rules);
      send(res, 200, snap->instrument);
    });
    server.Get("/v1/assessment/schema", [this](const Request&, Response& res) {
      auto snap = snapshot();
      res.set_header(kRulesHeader, snap->engine->versions().rules);
      send(res, 200, snap->assessment_schema);
    });
    server.Get("/healthz", [this](const Request&, Response& res) { health(res); });
    server.Get("/openapi.json", [this](const Request&, Response& res) {
      auto snap = snapshot();
      res.set_header(kRulesHeader, snap->engine->versions().rules);
      send(res, 200, snap->openapi);
    });
    // Anything else with a body: read it within the limits, then 404 or 405.
    auto other = [this](const Request& req, Response& res, const ContentReader& reader) {
      no_such_route(req, res, reader);
    };
    server.Post(".*", other);
    server.Put(".*", other);
    server.Patch(".*", other);
    server.Delete(".*", other);

    server.set_pre_routing_handler([](const Request&, Response&) {
      t_request_start = Clock::now();
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

Service::Service(ServeOptions options, std::unique_ptr<trynext::LiveEngine> engine) : impl_(std::make_unique<Impl>()) {
  Impl& s = *impl_;
  s.options = std::move(options);
  s.live = std::move(engine);
  // cpp-httplib holds a worker for as long as a kept-alive connection is open, so the pool is sized for
  // connections, not cores: with fewer workers than clients, a client waits out the keep-alive timeout.
  if (s.options.threads <= 0)
    s.options.threads = static_cast<int>(std::max(16u, 4 * std::thread::hardware_concurrency()));
  std::size_t threads = static_cast<std::size_t>(s.options.threads);
  s.server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
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
  s.snapshot();  // render the documents before the first request
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
              {"max_body", s.options.max_body},
              {"reload_enabled", !s.options.token.empty()},
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

}  // namespace trynext_cli
