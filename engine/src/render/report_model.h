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
  std::string grade_words;      // for people: "expert opinion", "required by national policy"
  std::string certainty;        // the id: high, moderate, low, very_low
  std::string certainty_words;  // for people: "very low"
  std::string about;            // empty, or what the item is about instead of supporting staff
  std::string source;           // the document it is from, for people: "the framework's literature review, 2015"
};

// A label as a person reads it.
struct LabelLine {
  std::string id;  // act_now, recommended, worth_considering, keep_going
  std::string words;
  std::string meaning;
};

// One line of what an intervention involves ("How often", "monthly").
struct FormatLine {
  std::string name;
  std::string text;
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
  LabelLine label;
  bool gap = false;  // in place, but below what the sources require
  std::string level;
  std::string effort;
  int rank = 0;                          // from 1
  std::size_t of = 0;                    // how many recommendations the report ranks
  std::vector<ReasonLine> reasons;       // strongest first
  std::vector<std::string> notes;        // the engine's notes on ranking
  std::vector<std::string> cautions;     // the catalogue's cautions (without the needs-first lines)
  std::vector<std::string> needs_first;  // what must be in place first
  std::vector<FormatLine> format;        // what it involves, in a fixed order
  std::string evidence_strength;         // the EvidenceSummary's strength id
  std::string evidence_words;            // one plain sentence across all the evidence, caveats included
  std::string caution;                   // the most relevant caution, or empty
  std::vector<EvidenceLine> evidence;
  std::optional<std::size_t> strongest;  // index in evidence of what a manager should see first
  // The project's own figures its reasons compared the team with, in words ("5% for sickness absence
  // high"), each once: said to be local choices wherever a person reads the reasons.
  std::vector<std::string> local_choices;
};

// An intervention named but not detailed (also considered, already in place, tried).
struct Named {
  std::string id;
  std::string title;
  std::string label;  // its label id
  std::string note;   // keep going: what the sources say about keeping it up; tried: the outcome in words
};

// A rule that came close: what would bring its interventions in.
struct NearMiss {
  std::string rule;                        // its id
  std::string title;                       // its title
  std::vector<std::string> would_fire_if;  // plain sentences, naming the interventions
};

struct FactorLine {
  std::string id;
  std::string title;
  std::optional<int> percent;  // the factor score (met 1, partly 0.5) as a percentage; none when none answered
  int answered = 0, total = 0;
  int met = 0, partly = 0, not_met = 0, unknown = 0;  // unknown: "don't know" or not answered
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
  std::vector<Named> also_considered;        // best first
  std::vector<Item> also_considered_detail;  // the same, in full (for the explained view)
  std::vector<Named> keep_going;
  // The source documents of the recommendations' evidence, by title, publisher and year, each once.
  std::vector<std::string> sources;
  std::vector<Named> tried;           // what the team tried before, with the outcome in words
  std::vector<NearMiss> near_misses;  // from the trace: empty unless the result was explained
  int not_relevant = 0;               // rules more than one change away from firing (explained results)
  std::vector<LabelLine> labels;      // the labels this report uses, most pressing first, with meanings
  std::vector<FactorLine> factors;
  bool any_score = false;                             // some factor has a percent
  int indicators_answered = 0, indicators_total = 0;  // across all factors
  // Said wherever a person reads thresholds: the figures the project chose are local choices.
  std::string local_choices;
  std::vector<Warning> warnings;
  Trace trace;
  Versions versions;
};

// What every format says when no rule found a gap.
inline constexpr const char* kNothingStandsOut =
    "Nothing stands out: no rule found a gap in this assessment. Keep what works going, and repeat the "
    "assessment when something changes.";

// Said under the factors wherever they are shown (000_d1d09049e0b9ad2c.txt L499-507).
inline constexpr const char* kBenchmarkCaveat =
    "The benchmark is a prototype from the Institute of Health Visiting framework (2015) that is yet to be "
    "tested: read the factor counts as a prompt for discussion, not as a measurement.";

// The report of a result; the result must outlive it.
Report build(const Result& result);

}  // namespace trynext::report
