// The manager's pages (web/, issue 16): static files that `trynext serve` serves at / (index.html) and
// under /assets/. They are found like the default rules: $TRYNEXT_WEB, else installed beside the
// program (<prefix>/share/trynext/web), else the source tree the program was built from. Every file is
// sent with a strict Content-Security-Policy (scripts and styles only from these files, nothing from
// another origin), nosniff, and Cache-Control: no-cache with an ETag, so an upgrade is seen at once.
#pragma once

#include <string>

namespace httplib {
class Server;
}  // namespace httplib

namespace trynext_serve {

// The policy every page and asset is sent with (docs/web.md explains each directive).
extern const char* const kWebContentSecurityPolicy;

// The directory of the pages: configured (non-empty) as given, else $TRYNEXT_WEB, the installed copy
// or the source tree; "" when none of them holds an index.html.
std::string find_web_dir(const std::string& configured);

// Adds GET (and HEAD) / and /assets/... to the server, serving files from dir. A path that is not a
// plain file name under assets/ (a segment starting with a dot, "..", a backslash, an encoded
// character left after decoding, a symbolic link out of the directory) is a 404, as is a missing file.
void install_web_routes(httplib::Server& server, const std::string& dir);

}  // namespace trynext_serve
