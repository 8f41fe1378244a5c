// The JSON the service answers with, errors included, and the small pieces of HTTP the routes share.
#pragma once

#include <string>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "trynext/engine.h"

namespace trynext_serve {

// JSON text that never throws on invalid UTF-8 (messages can quote what a client sent).
std::string text_of(const nlohmann::json& j);

// Error documents come from the engine (trynext/json.h: error_json), the same as the C ABI's.
nlohmann::json diagnostics_json(const std::vector<trynext::Diagnostic>& diagnostics);
nlohmann::json versions_json(const trynext::Versions& v);

// body by value: a caller that moves it in (a result is some 120 kB) makes no copy.
void send(httplib::Response& res, int status, std::string body);
void send_error(httplib::Response& res, int status, const std::string& code, const std::string& message);
// An error after which the connection cannot be trusted (a request body left unread): the whole
// response is written, then the connection is closed.
void send_and_close(httplib::Response& res, int status, const std::string& code, const std::string& message);

// Now, UTC, to the millisecond: 2026-01-31T12:00:00.000Z.
std::string utc_now();

// Whether a and b are the same, taking as long whichever byte differs.
bool same_secret(const std::string& a, const std::string& b);

// A query parameter's truth: "", true, 1, yes or false, 0, no. False when v is none of them.
bool parse_bool(const std::string& v, bool& out);

}  // namespace trynext_serve
