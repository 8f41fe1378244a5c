#include "bench_support.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <fstream>
#include <numeric>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace trynext_bench {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file(const fs::path& path, const std::string& text) {
  if (path.has_parent_path()) fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

Corpus read_corpus(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  if (files.empty()) throw std::runtime_error("no *.json assessments in " + dir.string());
  Corpus c;
  for (const auto& f : files) {
    c.names.push_back(f.filename().string());
    c.texts.push_back(read_file(f));
  }
  return c;
}

nlohmann::json Stats::to_json() const {
  auto r = [](double x, int digits) {
    double m = std::pow(10, digits);
    return std::round(x * m) / m;
  };
  nlohmann::json reps = nlohmann::json::array();
  for (double t : rep_throughput) reps.push_back(r(t, 0));
  return {{"evaluations", evaluations},   {"seconds", r(seconds, 4)}, {"threads", threads},
          {"median_us", r(median_us, 3)}, {"p99_us", r(p99_us, 3)},   {"mean_us", r(mean_us, 3)},
          {"min_us", r(min_us, 3)},       {"max_us", r(max_us, 3)},   {"throughput_per_s", r(throughput, 0)},
          {"rep_throughput_per_s", reps}};
}

Stats run_case(std::size_t n, int rounds, int reps, int threads, const std::function<void(std::size_t, int)>& fn,
               int batch) {
  Stats s;
  s.threads = threads;
  std::vector<std::vector<double>> samples(static_cast<std::size_t>(threads));
  // Warm-up: every thread once over the corpus (fills the pool of Lua states, the caches).
  {
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
      pool.emplace_back([&, t] {
        for (std::size_t i = 0; i < n; ++i) fn((i + t * n / threads) % n, t);
      });
    for (auto& th : pool) th.join();
  }
  for (int rep = 0; rep < reps; ++rep) {
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> pool;
    auto per_thread = static_cast<std::size_t>(rounds) * n;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        auto& mine = samples[static_cast<std::size_t>(t)];
        mine.reserve(mine.size() + per_thread / static_cast<std::size_t>(batch) + 1);
        ++ready;
        while (!go.load(std::memory_order_acquire)) std::this_thread::yield();
        std::size_t offset = static_cast<std::size_t>(t) * n / static_cast<std::size_t>(threads);
        for (std::size_t k = 0; k < per_thread; k += static_cast<std::size_t>(batch)) {
          std::size_t m = std::min<std::size_t>(static_cast<std::size_t>(batch), per_thread - k);
          auto t0 = Clock::now();
          for (std::size_t j = 0; j < m; ++j) fn((offset + k + j) % n, t);
          auto t1 = Clock::now();
          mine.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count() / static_cast<double>(m));
        }
      });
    }
    while (ready.load() < threads) std::this_thread::yield();
    auto started = Clock::now();
    go.store(true, std::memory_order_release);
    for (auto& th : pool) th.join();
    double secs = std::chrono::duration<double>(Clock::now() - started).count();
    s.seconds += secs;
    s.evaluations += per_thread * static_cast<std::size_t>(threads);
    s.rep_throughput.push_back(static_cast<double>(per_thread * static_cast<std::size_t>(threads)) / secs);
  }
  std::vector<double> all;
  for (auto& v : samples) all.insert(all.end(), v.begin(), v.end());
  std::sort(all.begin(), all.end());
  auto at = [&](double q) {
    return all[std::min(all.size() - 1, static_cast<std::size_t>(q * static_cast<double>(all.size())))];
  };
  s.median_us = at(0.5);
  s.p99_us = at(0.99);
  s.min_us = all.front();
  s.max_us = all.back();
  s.mean_us = std::accumulate(all.begin(), all.end(), 0.0) / static_cast<double>(all.size());
  s.throughput = static_cast<double>(s.evaluations) / s.seconds;
  return s;
}

double clock_overhead_ns() {
  constexpr int kN = 1'000'000;
  auto t0 = Clock::now();
  Clock::time_point last{};
  for (int i = 0; i < kN; ++i) last = Clock::now();
  keep(last);
  return std::chrono::duration<double, std::nano>(Clock::now() - t0).count() / kN;
}

std::size_t resident_bytes() {
  std::ifstream in("/proc/self/statm");
  std::size_t pages = 0, resident = 0;
  in >> pages >> resident;
  return resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

}  // namespace trynext_bench
