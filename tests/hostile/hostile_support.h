// Shared by the hostile suites: heap measurement that works with and without AddressSanitizer, and
// an attack runner that evaluates a hostile rule beside a witness rule many times and reports what
// happened each time.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "test_support.h"
#include "trynext/engine.h"

namespace hostile {

// Bytes the process has allocated and not freed (malloc's view, or ASan's when sanitized).
std::size_t heap_in_use();

// The witness rule: always recommends team_meetings when the assessment reads right.
extern const char* const kWitness;

struct AttackRun {
  std::vector<trynext::Result> results;  // one per evaluation
  std::ptrdiff_t heap_growth = 0;        // after the last evaluation minus after the warm-up
  double slowest_ms = 0;                 // the slowest evaluation
};

// Loads attacker.lua (test::rule_file("attacker", body)) and witness.lua, runs warmup evaluations,
// then `repeats` more, measuring the heap across the latter.
AttackRun run_attack(const std::string& body, trynext::Limits limits = {}, int repeats = 8, int warmup = 2);

// Checks one evaluation: a single warning naming the attacker, its file and a line, whose message
// contains one of `expected`; the witness's recommendation intact and nothing from the attacker.
void check_contained(const trynext::Result& r, const std::vector<std::string>& expected, const char* kind = nullptr);

// Runs the attack and checks every evaluation, the heap staying flat and the time staying bounded.
void contained(const std::string& body, const std::vector<std::string>& expected, const char* kind = nullptr,
               trynext::Limits limits = {}, int repeats = 8);

// How much the heap may grow over repeated evaluations of an attack before we call it a leak.
constexpr std::ptrdiff_t kHeapTolerance = 3 << 20;
// An evaluation of one hostile rule beside the witness must end within this: a hang detector, not a
// speed test. AddressSanitizer makes allocation-heavy C work (megabyte strings between two checks of
// the 1 s time limit) several times slower, so a sanitizer build is given more.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kSlowestMs = 20000;
#else
constexpr double kSlowestMs = 5000;
#endif

}  // namespace hostile
