// Ten rules of the default set written by hand in C++, with no interpreter: the practical limit for
// making the same decisions. The subset covers thresholds on team fields (at_least, at_most), an enum
// (is), the concerns list (has), answers (answer, answer_is_not) and factor scores; see kSubsetRules.
//
// What it leaves out, and trynext does: validating the input against the instrument, recording what
// each rule read, the "because" sentences, ranking, prerequisites, evidence and the JSON of all that.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "trynext/catalogue.h"

namespace trynext_bench {

// The rules of the subset, by id, and the rule files they live in under rules/.
struct SubsetRule {
  const char* id;
  const char* file;
};
extern const std::vector<SubsetRule> kSubsetRules;

enum class Answer : std::uint8_t { kAbsent, kMet, kPartly, kNotMet, kUnknown };

// What the subset reads of one assessment, parsed once.
struct NativeInput {
  // NaN when absent or null.
  double headcount, caseload, under_fives, sickness, vacancy, turnover, months_since_incident;
  bool merger = false;
  bool stress_sickness = false;  // in team.concerns
  Answer hw_a = Answer::kAbsent, hw_c = Answer::kAbsent, hw_f = Answer::kAbsent, support_e = Answer::kAbsent, recruitment_c = Answer::kAbsent;
  int recruitment_answered = 0, hw_answered = 0;
  double recruitment_score = 0, hw_score = 0;  // meaningful when answered > 0
};

struct NativeFinding {
  const char* rule;
  const char* id;
  double weight;
};

class NativeSubset {
 public:
  explicit NativeSubset(const trynext::Catalogue& catalogue);  // factor -> indicators, once

  NativeInput read(const nlohmann::json& doc) const;
  // The decisions: appends one finding per recommendation, as the Lua rules would make them.
  void decide(const NativeInput& in, std::vector<NativeFinding>& out) const;
  // JSON text in, JSON text out: {"recommend":[{"rule":...,"id":...,"weight":...},...]}.
  std::string evaluate_json(std::string_view text) const;

 private:
  std::unordered_map<std::string, int> factor_of_;  // indicator id -> 0 recruitment, 1 health_and_wellbeing
};

}  // namespace trynext_bench
