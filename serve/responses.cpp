// The JSON the service answers with, and the small pieces of HTTP the routes share.
#include "responses.h"

#include "trynext/json.h"

#include <chrono>
#include <ctime>

namespace trynext_serve {

using nlohmann::json;

std::string text_of(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

void send(httplib::Response& res, int status, std::string body) {
  // What set_content does, with the body moved: cpp-httplib 0.11 has no set_content(std::string&&).
  res.status = status;
  res.body = std::move(body);
  res.headers.erase("Content-Type");
  res.set_header("Content-Type", "application/json");
}

void send_error(httplib::Response& res, int status, const std::string& code, const std::string& message) {
  send(res, status, trynext::error_json(code, message));
}

// An error after which the connection cannot be trusted (a request body left unread): the whole
// response is written, then the content provider reports failure, which makes cpp-httplib 0.11 close
// the connection instead of reading the rest of the body as the next request.
void send_and_close(httplib::Response& res, int status, const std::string& code, const std::string& message) {
  auto body = std::make_shared<const std::string>(trynext::error_json(code, message));
  res.status = status;
  res.set_header("Connection", "close");
  res.set_content_provider(body->size(), "application/json",
                           [body](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                             sink.write(body->data() + offset, length);
                             return false;
                           });
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

bool parse_bool(const std::string& v, bool& out) {
  if (v.empty() || v == "true" || v == "1" || v == "yes")
    out = true;
  else if (v == "false" || v == "0" || v == "no")
    out = false;
  else
    return false;
  return true;
}

}  // namespace trynext_serve
