// Turning what the rules said into an answer: one score per intervention, what the team already has
// or tried, prerequisites, organisational actions before individual coping, top N.
#pragma once

#include "input/assessment.h"
#include "rules/rule_state.h"
#include "trynext/engine.h"
#include "trynext/result.h"

namespace trynext {

// Each intervention's recommendation as far as the catalogue alone decides it (id, title, level,
// effort, summary, cautions, requires, format, evidence and its summary), with those fields already
// written as JSON: made once when an Engine loads, copied into each answer that recommends it.
class CatalogueRecommendations {
 public:
  explicit CatalogueRecommendations(const Catalogue& catalogue);
  // i must be one of the catalogue's interventions.
  const Recommendation& of(const Intervention& i) const {
    return list_[static_cast<std::size_t>(&i - catalogue_->interventions.data())];
  }

 private:
  const Catalogue* catalogue_;
  std::vector<Recommendation> list_;
};

// Fills result.recommendations, also_considered and keep_going from the evaluation.
// catalogue_fields false: only each recommendation's id, title, level, effort and rendered part are
// copied from base (EvaluateOptions::catalogue_fields).
// The findings' reasons are moved out of evaluation (nothing reads them after ranking).
void rank(Evaluation& evaluation, const std::vector<RuleInfo>& rules, const Assessment& assessment,
          const Catalogue& catalogue, const CatalogueRecommendations& base, int top_n, Result& result,
          bool catalogue_fields = true);

// The priority field of a recommendation: act_now high, recommended medium, otherwise low.
std::string priority_of_label(const std::string& label);

}  // namespace trynext
