#include "hostile_support.h"

#include <malloc.h>

#include <catch2/catch.hpp>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HOSTILE_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define HOSTILE_ASAN 1
#endif
#ifdef HOSTILE_ASAN
// From the ASan runtime (sanitizer/allocator_interface.h, which GCC does not install).
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif

namespace hostile {

std::size_t heap_in_use() {
#ifdef HOSTILE_ASAN
  return __sanitizer_get_current_allocated_bytes();
#else
  malloc_trim(0);
  struct mallinfo2 m = mallinfo2();
  return m.uordblks + m.hblkhd;
#endif
}

const char* const kWitness =
    "rule { id = 'witness', title = 'Witness', sources = { { file = 'f', lines = { 1, 1 } } },\n"
    "  recommends = { 'team_meetings' },\n"
    "  evaluate = function(a)\n"
    "    if a.team.headcount == 10 and ('abc'):upper() == 'ABC' and string.format('%d', 3) == '3'\n"
    "       and ('a,b'):find(',', 1, true) == 2 and table.concat({ 'x', 'y' }) == 'xy' then\n"
    "      recommend { id = 'team_meetings', weight = 2, because = 'witness' }\n"
    "    end\n"
    "  end }\n";

AttackRun run_attack(const std::string& body, trynext::Limits limits, int repeats, int warmup) {
  AttackRun run;
  test::TempDir dir({{"attacker.lua", test::rule_file("attacker", body)}, {"witness.lua", kWitness}});
  auto engine = test::engine_with_rules(dir, limits);
  std::string input = test::assessment();
  auto once = [&] {
    auto started = std::chrono::steady_clock::now();
    run.results.push_back(engine->recommend(input));
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    run.slowest_ms = std::max(run.slowest_ms, ms);
  };
  for (int i = 0; i < warmup; ++i) once();
  std::size_t before = heap_in_use();
  for (int i = 0; i < repeats; ++i) once();
  run.heap_growth = static_cast<std::ptrdiff_t>(heap_in_use()) - static_cast<std::ptrdiff_t>(before);
  return run;
}

void check_contained(const trynext::Result& r, const std::vector<std::string>& expected, const char* kind) {
  auto warnings = test::other_warnings(r);  // few_answers aside: the assessment answers no indicator
  REQUIRE(warnings.size() == 1);
  const trynext::Warning& w = warnings[0];
  INFO("warning: " << w.kind << " " << w.file << ":" << w.line << " " << w.message.substr(0, 300));
  CHECK(w.rule == "attacker");
  CHECK(w.file == "attacker.lua");
  CHECK(w.line > 0);
  bool named = false;
  for (const auto& e : expected) named = named || w.message.find(e) != std::string::npos;
  CHECK(named);
  CHECK(w.message.size() <= 2000);
  if (kind) CHECK(w.kind == kind);
  CHECK(test::ids(r.recommendations) == std::vector<std::string>{"team_meetings"});
}

void contained(const std::string& body, const std::vector<std::string>& expected, const char* kind,
               trynext::Limits limits, int repeats) {
  AttackRun run = run_attack(body, limits, repeats);
  for (const auto& r : run.results) check_contained(r, expected, kind);
  CHECK(run.heap_growth < kHeapTolerance);
  CHECK(run.slowest_ms < kSlowestMs);
}

}  // namespace hostile
