// trynext serve: the HTTP service, a library (trynext_serve) that the command line's `trynext serve`
// (tools/trynext/cmd_serve.cpp, the flags) starts. routes.h is its route table; service.cpp answers
// the routes; openapi.cpp describes them. It uses the engine's public API only.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "trynext/engine.h"

namespace trynext_serve {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                     // 0: any free port, printed on standard output
  int threads = 0;                     // workers answering whole requests; 0: four times the cores, at least 16
  std::size_t max_connections = 1000;  // open at once (connections.h); the next is answered 503
  std::size_t max_body = 1u << 20;     // bytes of a request body, after any Content-Encoding
  int read_timeout = 5;                // seconds without a byte from the client, or idle between requests
  int write_timeout = 5;               // seconds the client may take to accept a byte of the response
  int header_timeout = 10;             // seconds from a request's first byte to the end of its headers
  int request_timeout = 30;            // seconds from a request's first byte to the end of its body
  std::string token;                   // bearer token of POST /v1/rules/reload and of history writes; empty: disabled
  std::string public_url;              // base of absolute links in cards; empty: the address the service listens on
  std::vector<std::string> allowed_hosts;  // Host names answered besides public_url's and the listening address
  int top = 5;                             // default of ?top
  int watch_ms = 0;                        // reload when the rule files change, checking this often; 0: never
  std::string store;                       // the history store (--store); empty: no /v1/teams routes
  std::string web_dir;                     // the manager's pages (--web); empty: found by find_web_dir (web_files.h)
  bool decision_log = false;               // write every answer's decision to the store (--decision-log; needs store)
  trynext::LoadOptions load;
};

// The service: routes bound to a LiveEngine. Construct, bind, then run() until stop() or a signal.
class Service {
 public:
  Service(ServeOptions options, std::unique_ptr<trynext::LiveEngine> engine);
  ~Service();
  Service(const Service&) = delete;
  Service& operator=(const Service&) = delete;

  // Binds the listening socket; returns the port, or -1 (errno says why).
  int bind();
  // Serves until stop(); returns false when the listening socket failed.
  bool run();
  void stop();
  // Reloads the rules and the catalogue (POST /v1/rules/reload, SIGHUP). Throws LoadError.
  trynext::Versions reload();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// The OpenAPI 3.1 document of the service: every route of the route table, with the JSON Schemas of
// the assessment (from the catalogue) and of the result (schemas/result.schema.json, compiled into
// the library).
nlohmann::json openapi_json(const trynext::Engine& engine);

}  // namespace trynext_serve
