// The connection gate of `trynext serve` (connections.h): one epoll loop holds the connections while
// requests arrive and while responses leave; workers answer whole requests through cpp-httplib's own
// request processing, and never wait for a client.
#include "connections.h"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "trynext/json.h"

namespace trynext_serve {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kMaxHeaderBytes = 64 * 1024;  // a request's line and headers together
// After refusing a request whose body was not read (413), how long to read and drop the rest before
// closing: closing with unread bytes would reset the connection, and the client could lose the answer.
constexpr auto kDrainTime = std::chrono::seconds(2);

// One client connection and the request arriving on it.
struct Connection {
  int fd = -1;
  std::string buffer;           // bytes received and not yet answered
  std::size_t request_end = 0;  // when handed over: the length of the request at the front of buffer
  bool whole = false;           // the request is whole (else it is handed over only to be refused)
  bool headers_done = false;    // the current request's headers have all arrived
  bool in_request = false;      // a byte of the current request has arrived
  bool continue_sent = false;   // the loop answered Expect: 100-continue for the current request
  bool peer_done = false;       // the client closed its side
  bool draining = false;        // answered and closed on our side; what the client still sends is read and dropped
  std::size_t served = 0;       // requests answered on this connection
  Clock::time_point idle_since, request_start, last_byte;
  std::string remote_ip, local_ip;
  int remote_port = 0, local_port = 0;

  // The part of a response the client has not taken yet. A worker never waits for a client: what the
  // socket does not accept at once is kept here and sent by the loop as the client reads it.
  std::string outgoing;
  std::size_t outgoing_sent = 0;
  enum class After { next_request, drain, close } after = After::next_request;  // once it is all sent
  Clock::time_point sending_since, last_sent;

  bool sending() const { return outgoing_sent < outgoing.size(); }

  void next_request(Clock::time_point now) {
    buffer.erase(0, request_end);
    request_end = 0;
    whole = headers_done = continue_sent = false;
    in_request = !buffer.empty();
    idle_since = request_start = last_byte = now;
  }
};

void address_of(int fd, bool peer, std::string& ip, int& port) {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  int rc = peer ? getpeername(fd, reinterpret_cast<sockaddr*>(&address), &length)
                : getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  if (rc != 0) return;
  char host[NI_MAXHOST], service[NI_MAXSERV];
  if (getnameinfo(reinterpret_cast<sockaddr*>(&address), length, host, sizeof host, service, sizeof service,
                  NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
    ip = host;
    port = std::atoi(service);
  }
}

// Sends what it can without waiting: the gate's own short answers, to a client that may not read.
void send_now(int fd, const std::string& data) {
  (void)!::send(fd, data.data(), data.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
}

std::string gate_response(int status, const char* reason, const char* code, const std::string& message) {
  std::string body = trynext::error_json(code, message);
  std::string head = "HTTP/1.1 " + std::to_string(status) + " " + reason +
                     "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
                     "\r\nConnection: close\r\n";
  if (status == 503) head += "Retry-After: 1\r\n";
  return head + "\r\n" + body;
}

bool iequals_prefix(std::string_view line, std::string_view name) {
  if (line.size() < name.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(line[i])) != name[i]) return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The framing of a request whose headers are whole: how long it is, or why it cannot be told.
struct Framing {
  enum Kind { whole, partial, hand_over } kind = partial;
  std::size_t end = 0;  // kind whole: the request's length
  bool expects_continue = false;
};

// Where a chunked body starting at `from` ends (its last chunk and trailers), if it has arrived.
Framing chunked_framing(const std::string& buffer, std::size_t from, std::size_t max_body) {
  std::size_t position = from, body = 0;
  while (true) {
    std::size_t line_end = buffer.find("\r\n", position);
    if (line_end == std::string::npos) return {buffer.size() - position > 64 ? Framing::hand_over : Framing::partial};
    std::size_t size = 0, digits = 0;
    for (std::size_t i = position; i < line_end && std::isxdigit(static_cast<unsigned char>(buffer[i]));
         ++i, ++digits) {
      if (digits >= 15) return {Framing::hand_over};
      char d = static_cast<char>(std::tolower(static_cast<unsigned char>(buffer[i])));
      size = size * 16 + static_cast<std::size_t>(d <= '9' ? d - '0' : d - 'a' + 10);
    }
    if (digits == 0) return {Framing::hand_over};  // malformed: cpp-httplib says so
    body += size;
    if (body > max_body) return {Framing::hand_over};  // cpp-httplib answers 413
    if (size == 0) {                                   // trailers, then an empty line
      std::size_t end = buffer.find("\r\n\r\n", line_end);
      if (end == std::string::npos) return {Framing::partial};
      return {Framing::whole, end + 4};
    }
    position = line_end + 2 + size + 2;
    if (position > buffer.size()) return {Framing::partial};
  }
}

Framing framing(const std::string& buffer, std::size_t header_end, std::size_t max_body) {
  Framing f;
  std::string_view headers(buffer.data(), header_end);
  std::string_view length, encoding;
  std::size_t line = headers.find("\r\n");
  while (line != std::string_view::npos && line < headers.size()) {
    std::size_t next = headers.find("\r\n", line + 2);
    std::string_view text =
        headers.substr(line + 2, (next == std::string_view::npos ? headers.size() : next) - line - 2);
    if (iequals_prefix(text, "content-length:")) length = trim(text.substr(15));
    if (iequals_prefix(text, "transfer-encoding:")) encoding = trim(text.substr(18));
    if (iequals_prefix(text, "expect:")) f.expects_continue = trim(text.substr(7)) == "100-continue";
    line = next;
  }
  std::size_t body_start = header_end + 4;
  if (!encoding.empty()) {
    if (encoding.find("chunked") == std::string_view::npos) return {Framing::hand_over};
    Framing c = chunked_framing(buffer, body_start, max_body);
    c.expects_continue = f.expects_continue;
    return c;
  }
  if (length.empty()) return {Framing::whole, body_start};
  std::size_t declared = 0;
  if (length.size() > 15) return {Framing::hand_over};
  for (char c : length) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return {Framing::hand_over};  // cpp-httplib answers 400
    declared = declared * 10 + static_cast<std::size_t>(c - '0');
  }
  if (declared > max_body) return {Framing::hand_over};  // refused before the body is read (413)
  if (buffer.size() >= body_start + declared) return {Framing::whole, body_start + declared};
  f.kind = Framing::partial;
  return f;
}

// The stream a worker answers through: the request's bytes from the buffer, the response to the socket
// as far as it takes it without waiting, the rest to the connection's outgoing bytes for the loop.
class BufferedStream : public httplib::Stream {
 public:
  explicit BufferedStream(Connection& c) : c_(c) {}

  bool is_readable() const override { return position_ < c_.request_end; }
  bool is_writable() const override { return true; }  // never waits: what the socket refuses is kept
  ssize_t read(char* ptr, size_t size) override {
    std::size_t n = std::min(size, c_.request_end - position_);
    std::copy_n(c_.buffer.data() + position_, n, ptr);
    position_ += n;
    return static_cast<ssize_t>(n);
  }
  ssize_t write(const char* ptr, size_t size) override {
    // cpp-httplib answers Expect: 100-continue as it starts; the loop already did, before the body came.
    static const std::string_view kContinue = "HTTP/1.1 100 ";
    if (c_.continue_sent && !written_ && std::string_view(ptr, size).substr(0, kContinue.size()) == kContinue) {
      c_.continue_sent = false;
      return static_cast<ssize_t>(size);
    }
    written_ = true;
    if (c_.sending()) {  // bytes are already waiting: these go behind them
      c_.outgoing.append(ptr, size);
      return static_cast<ssize_t>(size);
    }
    std::size_t done = 0;
    while (done < size) {
      ssize_t n = ::send(c_.fd, ptr + done, size - done, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n > 0) {
        done += static_cast<std::size_t>(n);
      } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        c_.outgoing.assign(ptr + done, size - done);
        c_.outgoing_sent = 0;
        break;
      } else if (n < 0 && errno == EINTR) {
        continue;
      } else {
        return -1;
      }
    }
    return static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = c_.remote_ip;
    port = c_.remote_port;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = c_.local_ip;
    port = c_.local_port;
  }
  socket_t socket() const override { return c_.fd; }

 private:
  Connection& c_;
  std::size_t position_ = 0;
  bool written_ = false;
};

}  // namespace

struct GatedServer::Loop {
  GatedServer& server;
  ConnectionLimits limits;
  int epoll_fd = -1, wake_fd = -1;
  std::atomic<std::size_t> open{0};
  std::atomic<bool> stopping{false};

  std::mutex mutex;  // guards the three hand-over lists below
  std::vector<int> accepted;
  std::vector<std::unique_ptr<Connection>> returned;
  std::deque<std::unique_ptr<Connection>> ready;
  std::condition_variable ready_changed;

  std::unordered_map<int, std::unique_ptr<Connection>> waiting;  // the loop thread's own
  std::thread loop_thread;
  std::vector<std::thread> workers;

  Loop(GatedServer& s, const ConnectionLimits& l) : server(s), limits(l) {
    epoll_fd = epoll_create1(EPOLL_CLOEXEC);
    wake_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    epoll_event e{};
    e.events = EPOLLIN;
    e.data.fd = wake_fd;
    epoll_ctl(epoll_fd, EPOLL_CTL_ADD, wake_fd, &e);
    loop_thread = std::thread([this] { run(); });
    for (std::size_t i = 0; i < std::max<std::size_t>(1, limits.threads); ++i) workers.emplace_back([this] { work(); });
  }

  ~Loop() {
    ::close(epoll_fd);
    ::close(wake_fd);
  }

  void wake() {
    std::uint64_t one = 1;
    (void)!::write(wake_fd, &one, sizeof one);
  }

  void close_connection(int fd) {
    ::shutdown(fd, SHUT_RDWR);
    ::close(fd);
    --open;
  }

  void refuse(int fd, int status, const char* reason, const char* code, const std::string& message,
              const std::string& remote) {
    send_now(fd, gate_response(status, reason, code, message));
    if (server.gate_logger_) server.gate_logger_({status, code, remote.c_str()});
  }

  // On the accepting thread.
  void add(int fd) {
    if (stopping || open >= limits.max_connections) {
      std::string remote;
      int port = 0;
      address_of(fd, true, remote, port);
      refuse(fd, 503, "Service Unavailable", "too_many_connections",
             "the service has " + std::to_string(limits.max_connections) + " connections open; retry in a moment",
             remote);
      ::shutdown(fd, SHUT_RDWR);
      ::close(fd);
      return;
    }
    ++open;
    {
      std::lock_guard<std::mutex> lock(mutex);
      accepted.push_back(fd);
    }
    wake();
  }

  void watch(std::unique_ptr<Connection> c) {
    epoll_event e{};
    // While a response is being sent, only the socket's room for it matters (and its errors): the next
    // request waits in the kernel. Not EPOLLRDHUP: a client that closed its side but still reads would
    // wake the loop for ever.
    e.events = c->sending() ? EPOLLOUT : EPOLLIN | EPOLLRDHUP;
    e.data.fd = c->fd;
    if (epoll_ctl(epoll_fd, EPOLL_CTL_ADD, c->fd, &e) != 0) return close_connection(c->fd);
    Connection& ref = *c;
    waiting[c->fd] = std::move(c);
    if (!ref.draining && !ref.sending()) evaluate(ref);  // a request may be whole already (pipelined)
  }

  // What follows a response once the client has all of it (not for After::close: the caller closes).
  static void settle(Connection& c, Clock::time_point now) {
    c.outgoing.clear();
    c.outgoing_sent = 0;
    if (c.after == Connection::After::drain) {  // refused before its body was read: drain, then close
      ::shutdown(c.fd, SHUT_WR);
      c.draining = true;
      c.buffer.clear();
      c.idle_since = now;
    } else {
      c.next_request(now);
    }
  }

  // The rest of a response, as far as the client takes it now.
  void send_from(Connection& c, Clock::time_point now) {
    while (c.sending()) {
      ssize_t n = ::send(c.fd, c.outgoing.data() + c.outgoing_sent, c.outgoing.size() - c.outgoing_sent,
                         MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n > 0) {
        c.outgoing_sent += static_cast<std::size_t>(n);
        c.last_sent = now;
      } else if (n < 0 && errno == EINTR) {
        continue;
      } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
        return;
      } else {
        return drop(c);
      }
    }
    if (c.after == Connection::After::close) return drop(c);
    settle(c, now);
    epoll_event e{};
    e.events = EPOLLIN | EPOLLRDHUP;
    e.data.fd = c.fd;
    epoll_ctl(epoll_fd, EPOLL_CTL_MOD, c.fd, &e);
    if (!c.draining) evaluate(c);
  }

  void drop(Connection& c) {
    int fd = c.fd;
    epoll_ctl(epoll_fd, EPOLL_CTL_DEL, fd, nullptr);
    waiting.erase(fd);
    close_connection(fd);
  }

  void hand_over(Connection& c, std::size_t end, bool whole) {
    c.request_end = end;
    c.whole = whole;
    epoll_ctl(epoll_fd, EPOLL_CTL_DEL, c.fd, nullptr);
    auto node = waiting.extract(c.fd);
    {
      std::lock_guard<std::mutex> lock(mutex);
      ready.push_back(std::move(node.mapped()));
    }
    ready_changed.notify_one();
  }

  void evaluate(Connection& c) {
    if (c.buffer.empty()) {
      if (c.peer_done) drop(c);
      return;
    }
    std::size_t header_end = c.buffer.find("\r\n\r\n");
    if (header_end == std::string::npos) {
      if (c.buffer.size() > kMaxHeaderBytes) {
        refuse(c.fd, 431, "Request Header Fields Too Large", "headers_too_large",
               "the request line and headers are over " + std::to_string(kMaxHeaderBytes) + " bytes", c.remote_ip);
        drop(c);
      } else if (c.peer_done) {
        drop(c);
      }
      return;
    }
    c.headers_done = true;
    Framing f = framing(c.buffer, header_end, limits.max_body);
    if (f.kind == Framing::whole) return hand_over(c, f.end, true);
    if (f.kind == Framing::hand_over || c.buffer.size() > kMaxHeaderBytes + limits.max_body + 64 * 1024)
      return hand_over(c, c.buffer.size(), false);
    if (c.peer_done) return drop(c);
    if (f.expects_continue && !c.continue_sent) {
      send_now(c.fd, "HTTP/1.1 100 Continue\r\n\r\n");
      c.continue_sent = true;
    }
  }

  void read_from(Connection& c, Clock::time_point now) {
    char chunk[16384];
    if (c.draining) {
      while (true) {
        ssize_t n = ::recv(c.fd, chunk, sizeof chunk, 0);
        if (n > 0) continue;
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
        return drop(c);  // the client has closed too
      }
    }
    while (c.buffer.size() <= kMaxHeaderBytes + limits.max_body + 64 * 1024) {
      ssize_t n = ::recv(c.fd, chunk, sizeof chunk, 0);
      if (n > 0) {
        if (!c.in_request) c.request_start = now;
        c.in_request = true;
        c.last_byte = now;
        c.buffer.append(chunk, static_cast<std::size_t>(n));
      } else if (n == 0) {
        c.peer_done = true;
        break;
      } else if (errno == EINTR) {
        continue;
      } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
        break;
      } else {
        return drop(c);
      }
    }
    evaluate(c);
  }

  // The deadlines of the connections waiting for their clients.
  void sweep(Clock::time_point now) {
    std::vector<Connection*> late;
    for (auto& [fd, c] : waiting) {
      if (c->sending()) {  // the client takes no byte of its response, or takes too long over all of it
        if (now - c->last_sent > std::chrono::seconds(limits.write_timeout) ||
            now - c->sending_since > std::chrono::seconds(limits.request_timeout))
          late.push_back(c.get());
      } else if (c->draining) {
        if (now - c->idle_since > kDrainTime) late.push_back(c.get());
      } else if (!c->in_request) {
        if (now - c->idle_since > std::chrono::seconds(limits.idle_timeout)) late.push_back(c.get());
      } else if (now - c->last_byte > std::chrono::seconds(limits.read_timeout) ||
                 (!c->headers_done && now - c->request_start > std::chrono::seconds(limits.header_timeout)) ||
                 now - c->request_start > std::chrono::seconds(limits.request_timeout)) {
        late.push_back(c.get());
      }
    }
    for (Connection* c : late) {
      if (c->in_request && !c->draining && !c->sending()) {
        std::string message =
            now - c->last_byte > std::chrono::seconds(limits.read_timeout)
                ? "no byte of the request arrived for " + std::to_string(limits.read_timeout) + " seconds"
            : !c->headers_done
                ? "the request headers took longer than " + std::to_string(limits.header_timeout) + " seconds to arrive"
                : "the request body took longer than " + std::to_string(limits.request_timeout) + " seconds to arrive";
        refuse(c->fd, 408, "Request Timeout", "request_timeout", message, c->remote_ip);
      }
      drop(*c);
    }
  }

  void run() {
    epoll_event events[256];
    Clock::time_point last_sweep = Clock::now();
    std::optional<Clock::time_point> stop_began;
    while (true) {
      int n = epoll_wait(epoll_fd, events, 256, 100);
      Clock::time_point now = Clock::now();
      for (int i = 0; i < n; ++i) {
        int fd = events[i].data.fd;
        if (fd == wake_fd) {
          std::uint64_t count;
          (void)!::read(wake_fd, &count, sizeof count);
          continue;
        }
        auto it = waiting.find(fd);
        if (it == waiting.end()) continue;
        if (it->second->sending())
          send_from(*it->second, now);
        else
          read_from(*it->second, now);
      }
      std::vector<int> new_fds;
      std::vector<std::unique_ptr<Connection>> back;
      {
        std::lock_guard<std::mutex> lock(mutex);
        new_fds.swap(accepted);
        back.swap(returned);
      }
      for (int fd : new_fds) {
        auto c = std::make_unique<Connection>();
        c->fd = fd;
        int flags = fcntl(fd, F_GETFL, 0);
        fcntl(fd, F_SETFL, flags | O_NONBLOCK);
        int yes = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
        address_of(fd, true, c->remote_ip, c->remote_port);
        address_of(fd, false, c->local_ip, c->local_port);
        c->idle_since = c->request_start = c->last_byte = now;
        watch(std::move(c));
      }
      for (auto& c : back) watch(std::move(c));
      if (stopping) {  // answers already made are still delivered, within the write deadline
        if (!stop_began) stop_began = now;
        bool any_sending = false;
        for (auto& [fd, c] : waiting) any_sending = any_sending || c->sending();
        if (!any_sending || now - *stop_began > std::chrono::seconds(limits.write_timeout)) break;
      }
      if (now - last_sweep >= std::chrono::milliseconds(100)) {
        sweep(now);
        last_sweep = now;
      }
    }
    // Stopping: the workers have finished; whatever is still open is closed.
    for (auto& [fd, c] : waiting) close_connection(fd);
    waiting.clear();
    std::lock_guard<std::mutex> lock(mutex);
    for (int fd : accepted) close_connection(fd);
    for (auto& c : returned) close_connection(c->fd);
    for (auto& c : ready) close_connection(c->fd);
  }

  void work() {
    while (true) {
      std::unique_ptr<Connection> c;
      {
        std::unique_lock<std::mutex> lock(mutex);
        ready_changed.wait(lock, [this] { return stopping || !ready.empty(); });
        if (ready.empty()) return;  // stopping, and every whole request has been answered
        c = std::move(ready.front());
        ready.pop_front();
      }
      BufferedStream stream(*c);
      bool last = !c->whole || c->peer_done || stopping || c->served + 1 >= limits.keep_alive_max;
      bool closed = false;
      bool ok = false;
      try {
        ok = server.answer(stream, last, closed);
      } catch (...) { ok = false; }
      ++c->served;
      Clock::time_point now = Clock::now();
      using After = Connection::After;
      c->after = ok && !c->whole && !c->peer_done ? After::drain : !ok || closed || last ? After::close : After::next_request;
      if (!ok || (c->after == After::close && !c->sending())) {
        close_connection(c->fd);
        continue;
      }
      if (c->sending())
        c->sending_since = c->last_sent = now;  // the loop sends the rest
      else
        settle(*c, now);
      {
        std::lock_guard<std::mutex> lock(mutex);
        returned.push_back(std::move(c));
      }
      wake();
    }
  }

  // cpp-httplib's listening loop has ended: answer what has arrived whole, then close the rest.
  void shutdown() {
    server.loop_ = nullptr;  // on the accepting thread, which has stopped accepting
    {
      std::lock_guard<std::mutex> lock(mutex);
      stopping = true;
    }
    ready_changed.notify_all();
    for (auto& w : workers) w.join();
    wake();
    loop_thread.join();
  }
};

namespace {

// cpp-httplib's task queue, made when it starts listening: each accepted connection goes straight to
// the loop, on the accepting thread, so accepting never waits for a worker.
class GateQueue : public httplib::TaskQueue {
 public:
  explicit GateQueue(std::unique_ptr<GatedServer::Loop> loop) : loop_(std::move(loop)) {}
  void enqueue(std::function<void()> fn) override { fn(); }
  void shutdown() override { loop_->shutdown(); }

 private:
  std::unique_ptr<GatedServer::Loop> loop_;
};

}  // namespace

GatedServer::GatedServer() {
  new_task_queue = [this] {
    auto loop = std::make_unique<Loop>(*this, limits_);
    loop_ = loop.get();
    return new GateQueue(std::move(loop));
  };
}

GatedServer::~GatedServer() = default;

void GatedServer::set_connection_limits(const ConnectionLimits& limits) {
  limits_ = limits;
  // Each connection is a file descriptor: make room for the bound, the listening socket, the store
  // and the rule files.
  rlimit files{};
  if (getrlimit(RLIMIT_NOFILE, &files) == 0) {
    rlim_t wanted = static_cast<rlim_t>(limits.max_connections) + 256;
    if (files.rlim_cur != RLIM_INFINITY && files.rlim_cur < wanted) {
      files.rlim_cur = files.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, files.rlim_max);
      setrlimit(RLIMIT_NOFILE, &files);
    }
  }
}

void GatedServer::set_gate_logger(std::function<void(const GateEvent&)> logger) { gate_logger_ = std::move(logger); }

bool GatedServer::process_and_close_socket(socket_t sock) {
  if (loop_)
    loop_->add(sock);
  else
    ::close(sock);
  return true;
}

bool GatedServer::answer(httplib::Stream& stream, bool last, bool& closed) {
  return process_request(stream, last, closed, nullptr);
}

}  // namespace trynext_serve
