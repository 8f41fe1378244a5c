// Host names of the service: parsing and checking (hosts.h).
#include "hosts.h"

#include <cctype>

namespace trynext_serve {

namespace {

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-'; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool all_digits(std::string_view s) {
  if (s.empty() || s.size() > 5) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

}  // namespace

std::string host_name(std::string_view host) {
  if (host.empty()) return "";
  if (host.front() == '[') {  // [v6]:port
    std::size_t end = host.find(']');
    if (end == std::string_view::npos) return "";
    std::string_view rest = host.substr(end + 1);
    if (!rest.empty() && (rest.front() != ':' || !all_digits(rest.substr(1)))) return "";
    host = host.substr(1, end - 1);
    for (char c : host)
      if (!std::isxdigit(static_cast<unsigned char>(c)) && c != ':' && c != '.') return "";
    return host.empty() ? "" : lower(host);
  }
  std::size_t first = host.find(':');
  if (first != std::string_view::npos && host.find(':', first + 1) != std::string_view::npos) {
    for (char c : host)  // a bare IPv6 address (a socket's own address, never a valid Host)
      if (!std::isxdigit(static_cast<unsigned char>(c)) && c != ':' && c != '.') return "";
    return lower(host);
  }
  if (first != std::string_view::npos) {
    if (!all_digits(host.substr(first + 1))) return "";
    host = host.substr(0, first);
  }
  if (host.empty()) return "";
  for (char c : host)
    if (!name_char(c)) return "";
  return lower(host);
}

std::optional<std::string> public_url_problem(std::string& url) {
  std::string_view rest = url;
  if (rest.rfind("http://", 0) == 0)
    rest.remove_prefix(7);
  else if (rest.rfind("https://", 0) == 0)
    rest.remove_prefix(8);
  else
    return "must start with http:// or https://, got \"" + url + "\"";
  if (url.find_first_of("?#") != std::string::npos) return "must not have a query or a fragment, got \"" + url + "\"";
  std::string_view authority = rest.substr(0, rest.find('/'));
  if (authority.find('@') != std::string_view::npos) return "must not carry a user name, got \"" + url + "\"";
  if (host_name(authority).empty()) return "has no valid host name, got \"" + url + "\"";
  for (char c : url)
    if (static_cast<unsigned char>(c) <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == 0x7f)
      return "must not contain spaces, quotes, '<', '>' or '\\', got \"" + url + "\"";
  while (url.back() == '/') url.pop_back();
  return std::nullopt;
}

std::string public_url_host(const std::string& url) {
  if (url.empty()) return "";
  std::string_view rest = url;
  rest.remove_prefix(rest.find("://") + 3);
  return host_name(rest.substr(0, rest.find('/')));
}

}  // namespace trynext_serve
