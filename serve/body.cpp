// Reading a request body within the service's limits: its size after any Content-Encoding, the time
// it takes to arrive, and no multipart forms.
#include "body.h"

#include <cstdlib>

#include "responses.h"

namespace trynext_serve {

bool read_body(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader,
               const BodyLimits& limits, std::string& body) {
  bool has_length = req.has_header("Content-Length");
  if (!has_length && req.get_header_value("Transfer-Encoding").empty()) return true;
  const std::size_t drain_cap = 4 * limits.max_body;
  const std::string too_large_message = "the request body is larger than the limit of " +
                                        std::to_string(limits.max_body) + " bytes (trynext serve --max-body)";
  if (has_length && std::strtoull(req.get_header_value("Content-Length").c_str(), nullptr, 10) > drain_cap) {
    send_and_close(res, 413, "payload_too_large", too_large_message);
    return false;
  }
  auto deadline = limits.started + std::chrono::seconds(limits.request_timeout);
  bool too_large = false, late = false, aborted = false;
  std::size_t seen = 0;
  auto receive = [&](const char* data, std::size_t n, bool keep) {
    seen += n;
    if (std::chrono::steady_clock::now() > deadline) return !(late = true);
    if (seen > limits.max_body) {
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
        "the request body took longer than " + std::to_string(limits.request_timeout) + " seconds to arrive");
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

}  // namespace trynext_serve
