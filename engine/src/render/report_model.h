// What a report says, built once from a Result: each renderer (text, Markdown, cards, and those to
// come) lays out these facts and derives none of its own, so that a fact added here reaches every
// format. The JSON format is the public contract and is written from the Result itself (source).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trynext/result.h"

namespace trynext::report {

struct EvidenceLine {
  std::string claim;
  std::string citation;
  std::string grade;
  std::string certainty;        // the id: high, moderate, low, very_low
  std::string certainty_words;  // for people: "very low"
};

struct ReasonLine {
  std::string text;
  std::string rule;  // the rule id that gave it
};

// One recommendation.
struct Item {
  std::string id;
  std::string title;
  std::string summary;
  std::string priority;  // high, medium or low
  std::string level;
  std::string effort;
  int rank = 0;         // from 1
  std::size_t of = 0;   // how many recommendations the report ranks
  std::vector<ReasonLine> reasons;  // strongest first
  std::vector<std::string> notes;   // the engine's notes on ranking
  std::vector<std::string> cautions;
  std::vector<EvidenceLine> evidence;
  std::optional<std::size_t> strongest;  // index in evidence of what a manager should see first
};

// An intervention named but not detailed (also considered, already in place).
struct Named {
  std::string id;
  std::string title;
};

struct FactorLine {
  std::string id;
  std::string title;
  std::optional<int> percent;  // share of answered indicators met, rounded; none when none was answered
  int answered = 0, total = 0;
};

// A failed rule's findings are dropped (rules/rule_state.cpp), so no rule is both fired and failed.
enum class RuleState { fired, quiet, failed };

struct TraceLine {
  RuleState state = RuleState::quiet;
  RuleTrace rule;
};

struct Trace {
  bool present = false;  // the result was explained
  int fired = 0, failed = 0;
  std::uint64_t instruction_limit = 0, memory_limit = 0;  // per rule
  std::vector<TraceLine> rules;
};

struct Report {
  const Result* source = nullptr;  // what it was built from, which outlives it
  std::string team_name;           // may be empty
  std::vector<Item> recommendations;
  std::vector<Named> also_considered;  // best first
  std::vector<Named> keep_going;
  std::vector<FactorLine> factors;
  bool any_score = false;  // some factor has a percent
  std::vector<Warning> warnings;
  Trace trace;
  Versions versions;
};

// What every format says when no rule found a gap.
inline constexpr const char* kNothingStandsOut =
    "Nothing stands out: no rule found a gap in this assessment. Keep what works going, and repeat the "
    "assessment when something changes.";

// The report of a result; the result must outlive it.
Report build(const Result& result);

}  // namespace trynext::report
