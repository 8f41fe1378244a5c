// Reading a request body within the service's limits, so that a kept-alive connection stays in step.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include <httplib.h>

namespace trynext_serve {

struct BodyLimits {
  std::size_t max_body;                             // bytes, after any Content-Encoding
  int request_timeout;                              // seconds from started to the body's last byte
  std::chrono::steady_clock::time_point started;   // when the request started
};

// Reads the request body into body, at most max_body bytes within request_timeout. On failure the
// response is set and false returned. A body over the limit is still read and dropped up to 4 times
// the limit, so that a kept-alive connection stays in step; beyond that, or when the body is late or
// broken, the response closes the connection. No body at all is an empty one.
bool read_body(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader,
               const BodyLimits& limits, std::string& body);

}  // namespace trynext_serve
