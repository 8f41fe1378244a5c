// Turning what the rules said into an answer: one score per intervention, what the team already has
// or tried, prerequisites, organisational actions before individual coping, top N.
#pragma once

#include "input/assessment.h"
#include "rules/rule_state.h"
#include "trynext/engine.h"
#include "trynext/result.h"

namespace trynext {

// Fills result.recommendations, also_considered and keep_going from the evaluation.
void rank(const Evaluation& evaluation, const std::vector<RuleInfo>& rules, const Assessment& assessment,
          const Catalogue& catalogue, int top_n, Result& result);

// The priority field of a recommendation: act_now high, recommended medium, otherwise low.
std::string priority_of_label(const std::string& label);

}  // namespace trynext
