// What the benchmark cases share: the corpus, timing loops and their statistics, memory readings.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace trynext_bench {

using Clock = std::chrono::steady_clock;

// The corpus: every team-*.json under dir, sorted by name, as text.
struct Corpus {
  std::vector<std::string> names;
  std::vector<std::string> texts;
};
Corpus read_corpus(const std::filesystem::path& dir);

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& text);

// Statistics of one case: per-evaluation latencies (every call timed) and throughput (evaluations
// over the wall time of the timed repetitions).
struct Stats {
  std::size_t evaluations = 0;
  double seconds = 0;  // wall time of the timed repetitions
  double median_us = 0, p99_us = 0, mean_us = 0, min_us = 0, max_us = 0;
  double throughput = 0;               // evaluations per second, all threads together
  std::vector<double> rep_throughput;  // each repetition's, to show the spread
  int threads = 1;
  nlohmann::json to_json() const;
};

// Runs fn(i) for i over [0, n) `rounds` times per repetition, on `threads` threads (each thread
// starts at its own offset into the corpus), after one untimed warm-up pass per thread. Each call
// is timed with steady_clock (its own cost, ~20-30 ns, is included: see clock_overhead_ns).
// batch: calls per timed sample; >1 for calls too short to time one by one (the sample is divided).
Stats run_case(std::size_t n, int rounds, int reps, int threads, const std::function<void(std::size_t, int)>& fn,
               int batch = 1);

double clock_overhead_ns();

// The process's resident set size, in bytes (/proc/self/statm).
std::size_t resident_bytes();

// Keeps the optimiser from dropping a computation whose result is otherwise unused.
template <class T>
inline void keep(const T& value) {
  asm volatile("" : : "r,m"(value) : "memory");
}

}  // namespace trynext_bench
