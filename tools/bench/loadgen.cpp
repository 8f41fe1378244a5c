// trynext_loadgen: drives `trynext serve` over loopback and measures it.
//
//   trynext_loadgen --port N --corpus DIR [--clients 8] [--seconds 10] [--max-requests 200000]
//                   [--reload-every-ms 100 --token-file FILE] [--out FILE]
//
// Each client is a thread with one keep-alive connection (cpp-httplib reconnects when the service
// closes it), posting the corpus's assessments in turn to /v1/recommendations. Every request is
// timed; a request fails unless it gets a 200 with a JSON result. With --reload-every-ms another
// thread posts /v1/rules/reload with the bearer token at that interval, timing each reload. Only
// 127.0.0.1 is ever addressed; the run stops after the seconds or the requests, whichever first.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using nlohmann::json;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

double percentile(std::vector<double>& v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
}

double round_to(double x, int digits) {
  double m = std::pow(10, digits);
  return std::round(x * m) / m;
}

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> a;
  for (int i = 1; i + 1 < argc; i += 2) a[std::string(argv[i]).substr(2)] = argv[i + 1];
  auto num = [&](const char* k, double d) { return a.count(k) ? std::stod(a[k]) : d; };
  if (!a.count("port") || !a.count("corpus")) {
    std::cerr << "usage: trynext_loadgen --port N --corpus DIR [--clients 8] [--seconds 10] [--max-requests 200000]\n"
                 "                       [--reload-every-ms 100 --token-file FILE] [--warmup 200] [--out FILE]\n";
    return 2;
  }
  const std::string host = "127.0.0.1";  // loopback only
  int port = static_cast<int>(num("port", 0));
  int clients = static_cast<int>(num("clients", 8));
  double seconds = std::min(num("seconds", 10), 120.0);
  auto max_requests = static_cast<long>(std::min(num("max-requests", 200000), 2e6));
  int reload_ms = static_cast<int>(num("reload-every-ms", 0));
  int warmup = static_cast<int>(num("warmup", 200));
  std::string token;
  if (a.count("token-file")) {
    token = read_file(a["token-file"]);
    while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back()))) token.pop_back();
  }

  std::vector<std::string> bodies;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(a["corpus"]))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) bodies.push_back(read_file(f));
  if (bodies.empty()) {
    std::cerr << "trynext_loadgen: no assessments in " << a["corpus"] << "\n";
    return 2;
  }

  // Warm-up: fill the engine's pool of Lua states and the connections.
  {
    httplib::Client c(host, port);
    c.set_tcp_nodelay(true);
    for (int i = 0; i < warmup; ++i)
      c.Post("/v1/recommendations", bodies[static_cast<std::size_t>(i) % bodies.size()], "application/json");
  }

  std::atomic<long> issued{0};
  std::atomic<bool> stop{false};
  std::mutex merge;
  std::vector<double> latencies;
  std::map<std::string, long> failures;
  long ok_count = 0;
  auto started = Clock::now();
  auto deadline = started + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));

  std::vector<std::thread> threads;
  for (int t = 0; t < clients; ++t) {
    threads.emplace_back([&, t] {
      httplib::Client c(host, port);
      c.set_keep_alive(true);
      c.set_tcp_nodelay(true);  // else Nagle holds the body behind the headers for the delayed ACK (40 ms)
      c.set_connection_timeout(5, 0);
      c.set_read_timeout(10, 0);
      std::vector<double> mine;
      std::map<std::string, long> failed;
      long ok = 0;
      std::size_t next = static_cast<std::size_t>(t) * 131;
      while (!stop.load(std::memory_order_relaxed)) {
        if (issued.fetch_add(1) >= max_requests || Clock::now() >= deadline) break;
        const std::string& body = bodies[next++ % bodies.size()];
        auto t0 = Clock::now();
        auto res = c.Post("/v1/recommendations", body, "application/json");
        double us = std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
        mine.push_back(us);
        if (!res)
          ++failed["connection: " + httplib::to_string(res.error())];
        else if (res->status != 200)
          ++failed["status " + std::to_string(res->status)];
        else if (res->body.size() < 2 || res->body.front() != '{' ||
                 res->body.find("\"recommendations\"") == std::string::npos)
          ++failed["not a result"];
        else
          ++ok;
      }
      std::lock_guard<std::mutex> lock(merge);
      latencies.insert(latencies.end(), mine.begin(), mine.end());
      for (const auto& [k, v] : failed) failures[k] += v;
      ok_count += ok;
    });
  }

  // Reloads at a fixed interval while the clients run.
  std::vector<double> reload_ms_taken;
  std::map<std::string, long> reload_failures;
  std::thread reloader;
  if (reload_ms > 0) {
    reloader = std::thread([&] {
      httplib::Client c(host, port);
      c.set_read_timeout(10, 0);
      c.set_tcp_nodelay(true);
      httplib::Headers h = {{"Authorization", "Bearer " + token}};
      auto next = Clock::now();
      while (!stop.load() && Clock::now() < deadline) {
        next += std::chrono::milliseconds(reload_ms);
        auto t0 = Clock::now();
        auto res = c.Post("/v1/rules/reload", h, "", "application/json");
        reload_ms_taken.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (!res)
          ++reload_failures["connection: " + httplib::to_string(res.error())];
        else if (res->status != 200)
          ++reload_failures["status " + std::to_string(res->status)];
        std::this_thread::sleep_until(next);
      }
    });
  }
  for (auto& th : threads) th.join();
  double wall = std::chrono::duration<double>(Clock::now() - started).count();
  stop = true;
  if (reloader.joinable()) reloader.join();

  long failed_count = 0;
  for (const auto& [k, v] : failures) failed_count += v;
  json fail_kinds = json::object();
  for (const auto& [k, v] : failures) fail_kinds[k] = v;
  std::size_t requests = latencies.size();
  json out = {{"clients", clients},
              {"seconds", round_to(wall, 3)},
              {"requests", requests},
              {"ok", ok_count},
              {"failed", failed_count},
              {"failures", fail_kinds},
              {"requests_per_s", round_to(static_cast<double>(requests) / wall, 0)},
              {"p50_ms", round_to(percentile(latencies, 0.5) / 1000, 3)},
              {"p90_ms", round_to(percentile(latencies, 0.9) / 1000, 3)},
              {"p99_ms", round_to(percentile(latencies, 0.99) / 1000, 3)},
              {"max_ms", round_to(percentile(latencies, 1.0) / 1000, 3)}};
  if (reload_ms > 0) {
    long rf = 0;
    json kinds = json::object();
    for (const auto& [k, v] : reload_failures) {
      rf += v;
      kinds[k] = v;
    }
    out["reload_every_ms"] = reload_ms;
    out["reloads"] = reload_ms_taken.size();
    out["reload_failed"] = rf;
    out["reload_failures"] = kinds;
    out["reload_median_ms"] = round_to(percentile(reload_ms_taken, 0.5), 3);
    out["reload_p99_ms"] = round_to(percentile(reload_ms_taken, 0.99), 3);
    out["reload_max_ms"] = round_to(percentile(reload_ms_taken, 1.0), 3);
  }
  std::string text = out.dump(1);
  std::cout << text << std::endl;
  if (a.count("out")) std::ofstream(a["out"]) << text << "\n";
  return 0;
}
