// Slow and idle clients cannot hold a worker (issue 22). Debian's cpp-httplib (0.11) gives each
// connection a worker thread from the moment it is accepted until it closes: forty clients that send
// their headers and trickle a body, or keep an idle connection open, held every worker and stalled
// GET /healthz for ten seconds. GatedServer keeps cpp-httplib's parsing, routing and responses but
// changes who waits for the client: one event loop (epoll) holds every open connection and reads
// until a whole request has arrived within its deadlines; only then does a worker take it, answer it
// from the bytes already read and give the connection back to the loop to wait for the next request.
// The response goes the same way: what the socket does not take at once is kept with the connection
// and sent by the loop as the client reads, so a client that reads slowly, or not at all, holds a
// connection and its response's bytes, never a worker. Connections beyond a bound are answered 503 at
// once. SECURITY.md ("Slow and idle clients") says why this design was chosen over a front proxy or
// another server library.
#pragma once

#include <cstddef>
#include <memory>

#include <httplib.h>

namespace trynext_serve {

struct ConnectionLimits {
  std::size_t max_connections = 1000;  // open at once; the next is answered 503 and closed
  std::size_t threads = 16;            // workers answering whole requests
  std::size_t max_body = 1u << 20;     // a declared body over this is handed over at once (cpp-httplib answers 413)
  int idle_timeout = 5;                // seconds a connection may wait, idle, for its next request
  int read_timeout = 5;                // seconds without a byte while a request is arriving
  int header_timeout = 10;             // seconds from a request's first byte to the end of its headers
  int request_timeout = 30;            // seconds from a request's first byte to the end of its body
  int write_timeout = 5;               // seconds the client may take to accept a byte of the response
                                       // (the whole response: request_timeout)
  std::size_t keep_alive_max = 100;    // requests per connection; the last is answered with Connection: close
};

// What the gate itself answered (not routed, so not in the request log): for the log and the tests.
struct GateEvent {
  int status;          // 408, 431 or 503
  const char* code;    // the error code sent
  const char* remote;  // the client's address
};

class GatedServer : public httplib::Server {
 public:
  GatedServer();
  ~GatedServer() override;
  // Before listen_after_bind(). Also raises the soft limit of open files to fit max_connections.
  void set_connection_limits(const ConnectionLimits& limits);
  void set_gate_logger(std::function<void(const GateEvent&)> logger);

  struct Loop;

 private:
  bool process_and_close_socket(socket_t sock) override;
  // cpp-httplib's request processing, for the loop's workers (it is protected).
  bool answer(httplib::Stream& stream, bool last, bool& closed);

  ConnectionLimits limits_;
  std::function<void(const GateEvent&)> gate_logger_;
  Loop* loop_ = nullptr;  // the running loop, owned by the task queue cpp-httplib makes in listen_after_bind()
};

}  // namespace trynext_serve
