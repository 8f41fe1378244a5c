// The names `trynext serve` answers for, and the base of its absolute links (issue 22): links come
// from --public-url only, never from a client's Host header, and a request whose Host is not one of
// the service's names is refused (SECURITY.md, "Host names"). These helpers parse and check the names;
// service.cpp applies them to each request.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace trynext_serve {

// The host of a Host header or an address, lower case, without the port or an IPv6 literal's brackets:
// "Example.org:8080" -> "example.org", "[::1]:80" -> "::1", "::1" -> "::1". "" when it is not a host
// name or address (characters outside letters, digits, '.', '-', ':' in brackets).
std::string host_name(std::string_view host);

// --public-url checked: http:// or https://, a host, an optional port and path, no query, fragment or
// user name; a trailing '/' is dropped. Returns the problem in words, or nothing when it is fine.
std::optional<std::string> public_url_problem(std::string& url);

// The host of a checked --public-url ("" when there is none).
std::string public_url_host(const std::string& url);

}  // namespace trynext_serve
