// trynext serve: the flags of the HTTP service (the trynext_serve library in serve/, its routes in
// serve/routes.h, documented in docs/api.md and at GET /openapi.json). Loopback only unless told
// otherwise; SIGINT/SIGTERM stop it, SIGHUP reloads the rules.
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "common.h"
#include "hosts.h"
#include "serve.h"
#include "web_files.h"

namespace trynext_cli {

namespace {

using trynext_serve::ServeOptions;
using trynext_serve::Service;

struct ServeFlags {
  ServeOptions options;
  std::string token_file;
  std::uint64_t instructions = 0;
  std::size_t memory = 0;
  EngineFlags engine;
};

std::string read_token(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    complain("--token-file " + file + ": cannot read it");
    throw Exit{kBadInput};
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::string token = text.str();
  while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back()))) token.pop_back();
  while (!token.empty() && std::isspace(static_cast<unsigned char>(token.front()))) token.erase(0, 1);
  if (token.empty()) {
    complain("--token-file " + file + ": the file is empty");
    throw Exit{kBadInput};
  }
  return token;
}

bool is_loopback(const std::string& host) { return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0; }

void run(ServeFlags& flags) {
  ServeOptions& options = flags.options;
  if (!flags.token_file.empty())
    options.token = read_token(flags.token_file);
  else if (const char* env = std::getenv("TRYNEXT_TOKEN"); env && *env)
    options.token = env;

  if (options.store.empty())
    if (const char* env = std::getenv("TRYNEXT_STORE"); env && *env) options.store = env;
  if (const char* env = std::getenv("TRYNEXT_DECISION_LOG"); env && std::string(env) == "1")
    options.decision_log = true;
  if (options.decision_log && options.store.empty()) {
    complain(
        "--decision-log (or TRYNEXT_DECISION_LOG=1) writes to the history store: give --store PATH or "
        "postgresql://... (or TRYNEXT_STORE) too");
    throw Exit{kBadInput};
  }

  if (!options.public_url.empty())
    if (auto problem = trynext_serve::public_url_problem(options.public_url)) {
      complain("--public-url " + *problem);
      throw Exit{kBadInput};
    }
  for (const std::string& host : options.allowed_hosts)
    if (trynext_serve::host_name(host).empty() || host.find(':') != std::string::npos) {
      complain("--allowed-host must be a host name or an IPv4 address without a port (e.g. trynext.internal), got \"" +
               host + "\"");
      throw Exit{kBadInput};
    }

  options.load = load_options(flags.engine);
  if (flags.instructions) options.load.limits.instructions_per_rule = flags.instructions;
  if (flags.memory) options.load.limits.memory_bytes = flags.memory;
  std::unique_ptr<trynext::LiveEngine> live;
  try {
    live = std::make_unique<trynext::LiveEngine>(options.load);
  } catch (const trynext::LoadError& e) {
    for (const auto& d : e.diagnostics()) std::cerr << d.to_string() << "\n";
    complain("cannot load the rules and catalogue");
    throw Exit{kBadInput};
  }

  // Signals go to one thread that waits for them; the workers never see them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  Service service(options, std::move(live));
  int port = service.bind();
  if (port < 0) {
    complain("cannot listen on " + options.host + ":" + std::to_string(options.port) + ": " + std::strerror(errno));
    throw Exit{kBadInput};
  }
  std::string host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  std::cout << "trynext serve: listening on http://" << host << ":" << port << std::endl;
  // The manager's pages (web/): the address to open in a browser, or why there is none.
  if (trynext_serve::find_web_dir(options.web_dir).empty())
    complain("warning: the manager's pages (web/) were not found, so / is a 404; --web DIR or TRYNEXT_WEB names them");
  else
    std::cout << "trynext serve: the manager's page is at http://" << host << ":" << port << "/" << std::endl;
  if (!is_loopback(options.host))
    complain("warning: listening on " + options.host + ", not only on this machine's loopback interface");

  std::atomic<bool> done{false};
  std::thread waiter([&] {
    timespec tick{0, 200 * 1000 * 1000};
    bool stopping = false;
    while (!done) {
      int sig = sigtimedwait(&signals, nullptr, &tick);
      if (sig == SIGHUP) {
        try {
          service.reload();
        } catch (const std::exception&) {
          // logged by reload(); the rules in service stay
        }
      } else if (sig == SIGINT || sig == SIGTERM) {
        stopping = true;
      }
      if (stopping) service.stop();  // again on each tick, in case the server was not yet running
    }
  });
  bool ok = service.run();
  done = true;
  waiter.join();
  if (!ok) {
    complain("the listening socket failed");
    throw Exit{kFailed};
  }
}

}  // namespace

void add_serve_command(CLI::App& app) {
  auto flags = std::make_shared<ServeFlags>();
  ServeOptions& o = flags->options;
  CLI::App* cmd =
      app.add_subcommand("serve", "Serve recommendations, the catalogue and the questionnaire over HTTP (JSON)");
  cmd->footer(
      "Routes: POST /v1/recommendations[?explain=true&top=N&format=cards], GET /v1/catalogue, GET /v1/catalogue/{id},\n"
      "GET /v1/assessment, GET /v1/assessment/schema, POST /v1/rules/reload (bearer token), GET /healthz,\n"
      "GET /openapi.json; with --store: GET /v1/teams, GET /v1/teams/{team}, GET /v1/teams/{team}/report (HTML),\n"
      "POST /v1/teams/{team}/assessments, GET /v1/teams/{team}/next, POST /v1/teams/{team}/actions, POST\n"
      "/v1/teams/{team}/measures, POST\n"
      "/v1/actions/{action}, POST /v1/actions/{action}/outcomes (writes need the token); with --decision-log: GET\n"
      "/v1/decisions/{id}. One JSON line per request on standard error. SIGHUP reloads the rules; SIGINT or\n"
      "SIGTERM stop the service after the requests in progress. See docs/api.md.");
  cmd->add_option("--host", o.host, "Address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("--port", o.port, "Port (default 8080; 0 picks a free one and prints it)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--threads", o.threads,
                  "Worker threads answering whole requests; connections wait for their requests outside them "
                  "(default: four times the cores, at least 16)")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--max-connections", o.max_connections,
                  "Connections open at once, idle ones included; the next is answered 503 and closed (default 1000)")
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--max-body", o.max_body, "Largest request body in bytes (default 1048576)")
      ->check(CLI::Range(1, 1 << 30));
  cmd->add_option("--read-timeout", o.read_timeout,
                  "Seconds to wait for the client's next byte, and for the next request on an idle connection "
                  "(default 5)")
      ->check(CLI::Range(1, 3600));
  cmd->add_option("--header-timeout", o.header_timeout,
                  "Seconds from a request's first byte to the end of its headers (default 10)")
      ->check(CLI::Range(1, 3600));
  cmd->add_option("--write-timeout", o.write_timeout,
                  "Seconds to wait for the client to accept the response (default 5)")
      ->check(CLI::Range(1, 3600));
  cmd->add_option("--request-timeout", o.request_timeout,
                  "Seconds from a request's first byte to the end of its body (default 30)")
      ->check(CLI::Range(1, 3600));
  cmd->add_option("--token-file", flags->token_file,
                  "File holding the bearer token that POST /v1/rules/reload and history writes need (else "
                  "$TRYNEXT_TOKEN; neither: both are disabled over HTTP)");
  cmd->add_option("--store", o.store,
                  "History store for the /v1/teams routes: a file path or postgresql://... (default: $TRYNEXT_STORE; "
                  "neither: no history routes)");
  cmd->add_option("--web", o.web_dir,
                  "Directory of the manager's pages served at / (default: $TRYNEXT_WEB, else the installed web/)");
  cmd->add_flag("--decision-log", o.decision_log,
                "Write every answer's decision (id, time, team, versions, what was recommended) to the store, for "
                "GET /v1/decisions/{id} from any instance (default: $TRYNEXT_DECISION_LOG=1; needs --store)");
  cmd->add_option("--public-url", o.public_url,
                  "Base URL of the absolute links in cards, e.g. https://trynext.example.org behind a proxy; its host "
                  "is a name the service answers for (default: the address the service listens on; never the "
                  "request's Host header)");
  cmd->add_option("--allowed-host", o.allowed_hosts,
                  "Another host name clients may send in Host (repeatable); requests naming any other host are "
                  "refused with 421 (always allowed: the --public-url host, the listening address and, over "
                  "loopback, localhost)");
  cmd->add_option("--watch", o.watch_ms, "Reload the rules when their files change, checking every N milliseconds")
      ->check(CLI::Range(50, 3600 * 1000));
  cmd->add_option("--top", o.top, "Default number of recommendations (default 5)")->check(CLI::Range(1, 100));
  cmd->add_option("--instructions", flags->instructions, "Lua instructions each rule may run (default 1000000)")
      ->check(CLI::Range(std::uint64_t{1000}, std::uint64_t{1} << 40));
  cmd->add_option("--memory", flags->memory, "Bytes of memory each rule may allocate (default 8388608)")
      ->check(CLI::Range(std::size_t{64} << 10, std::size_t{1} << 34));
  add_engine_flags(cmd, flags->engine);
  cmd->callback([flags] { run(*flags); });
}

}  // namespace trynext_cli
