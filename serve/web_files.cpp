// GET / and GET /assets/... of trynext serve: the manager's pages (web_files.h). A whitelist, not a
// general file server: only names made of letters, digits, '-', '_' and '.', one directory deep
// under assets/, with a known extension, are ever looked up; everything else is the service's JSON 404.
#include "web_files.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <httplib.h>

#include "responses.h"

namespace trynext_serve {

namespace fs = std::filesystem;

const char* const kWebContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

namespace {

// Content types by extension; a file with any other extension is never served.
const std::map<std::string, std::string>& content_types() {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".txt", "text/plain; charset=utf-8"},
      {".json", "application/json"},
  };
  return types;
}

// Whether name is one safe file name: [A-Za-z0-9_-] and dots, not starting with a dot.
bool safe_name(const std::string& name) {
  if (name.empty() || name.size() > 100 || name[0] == '.') return false;
  for (char c : name) {
    bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return name.find("..") == std::string::npos;
}

std::string etag_of(const std::string& body) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a 64
  for (unsigned char c : body) h = (h ^ c) * 1099511628211ull;
  std::ostringstream out;
  out << "\"" << std::hex << h << "\"";
  return out.str();
}

void not_found(const httplib::Request& req, httplib::Response& res) {
  send_error(res, 404, "not_found", "no page or asset " + req.path + "; the manager's page is at /");
}

// Sends root/relative (relative already checked to be safe names) or a 404.
void send_file(const fs::path& root, const std::string& relative, const httplib::Request& req, httplib::Response& res) {
  const std::string ext = fs::path(relative).extension().string();
  auto type = content_types().find(ext);
  if (type == content_types().end()) return not_found(req, res);
  std::error_code ec;
  const fs::path file = fs::weakly_canonical(root / relative, ec);
  const fs::path base = fs::weakly_canonical(root, ec);
  if (ec || !fs::is_regular_file(file, ec)) return not_found(req, res);
  // A symbolic link that leads out of the directory is not followed.
  auto [end, _] = std::mismatch(base.begin(), base.end(), file.begin(), file.end());
  if (end != base.end()) return not_found(req, res);
  std::ifstream in(file, std::ios::binary);
  if (!in) return not_found(req, res);
  std::ostringstream text;
  text << in.rdbuf();
  const std::string body = text.str();
  const std::string etag = etag_of(body);
  res.set_header("Cache-Control", "no-cache");
  res.set_header("ETag", etag);
  if (req.get_header_value("If-None-Match") == etag) {
    res.status = 304;
    return;
  }
  res.status = 200;
  res.set_content(body, type->second);
}

void security_headers(httplib::Response& res) {
  res.set_header("Content-Security-Policy", kWebContentSecurityPolicy);
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Cross-Origin-Opener-Policy", "same-origin");
}

bool has_index(const fs::path& dir) {
  std::error_code ec;
  return !dir.empty() && fs::is_regular_file(dir / "index.html", ec);
}

}  // namespace

std::string find_web_dir(const std::string& configured) {
  if (!configured.empty()) return has_index(configured) ? configured : "";
  if (const char* env = std::getenv("TRYNEXT_WEB"); env && *env) return has_index(env) ? env : "";
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path() / ".." / TRYNEXT_INSTALLED_WEB;
    if (has_index(installed)) return installed.lexically_normal().string();
  }
  return has_index(TRYNEXT_SOURCE_WEB) ? TRYNEXT_SOURCE_WEB : "";
}

void install_web_routes(httplib::Server& server, const std::string& dir) {
  const fs::path root = dir;
  server.Get("/", [root](const httplib::Request& req, httplib::Response& res) {
    security_headers(res);
    if (root.empty())
      return send_error(res, 404, "no_web_pages",
                        "this trynext serve has no manager's pages (web/ was not found; set "
                        "TRYNEXT_WEB to its directory)");
    send_file(root, "index.html", req, res);
  });
  // A respondent's page of a team survey (web/respond.html): its own page, so that a respondent loads
  // none of the manager's.
  server.Get("/respond.html", [root](const httplib::Request& req, httplib::Response& res) {
    security_headers(res);
    if (root.empty() || !fs::is_regular_file(root / "respond.html")) return not_found(req, res);
    send_file(root, "respond.html", req, res);
  });
  server.Get("/assets/(.*)", [root](const httplib::Request& req, httplib::Response& res) {
    security_headers(res);
    const std::string name = req.matches[1];
    if (root.empty() || !safe_name(name)) return not_found(req, res);
    send_file(root, "assets/" + name, req, res);
  });
}

}  // namespace trynext_serve
