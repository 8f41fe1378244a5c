// Plain sentences for rules that did not fire: what would have made them fire.
#pragma once

#include "trynext/result.h"

namespace trynext {

// Fills trace.would_fire_if from the conditions the rule tested and found false.
void explain_not_fired(RuleTrace& trace, const std::vector<std::string>& recommends);

}  // namespace trynext
