// The few_answers warning (answer_coverage.h): counted from the factor scores, which already count
// each factor's indicators answered met, partly or not_met ("unknown" and missing are not answers).
#include "input/answer_coverage.h"

namespace trynext {

std::optional<std::string> few_answers_message(const std::vector<FactorScore>& factors) {
  int answered = 0, total = 0;
  for (const auto& f : factors) {
    answered += f.answered;
    total += f.total;
  }
  // A half is the project's own threshold, not the framework's: below it, most of what the benchmark
  // measures is unseen, so a gap there cannot lead to any recommendation (docs/input.md).
  if (total == 0 || 2 * answered >= total) return std::nullopt;
  std::string of_total = " of the " + std::to_string(total) + " benchmark indicators";
  if (answered == 0)
    return "None" + of_total +
           " were answered (all are unknown or missing); the recommendations rest on the team's figures "
           "only.";
  std::string n = std::to_string(answered);
  return "Only " + n + of_total + (answered == 1 ? " was" : " were") +
         " answered (the others are unknown or missing); the recommendations rest on " +
         (answered == 1 ? "that 1 answer" : "those " + n + " answers") + " only.";
}

}  // namespace trynext
