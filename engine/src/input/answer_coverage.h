// How much of the benchmark an assessment answers. A team with most indicators unknown still gets
// recommendations, but they rest on the few answers given, and the reader must be told so.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "trynext/result.h"

namespace trynext {

// The warning's kind in Result::warnings (docs/input.md).
inline constexpr const char* kFewAnswersWarning = "few_answers";

// "Only 12 of the 60 benchmark indicators were answered (...)" when fewer than half of the
// instrument's indicators have an answer of met, partly or not_met; nothing otherwise.
std::optional<std::string> few_answers_message(const std::vector<FactorScore>& factors);

}  // namespace trynext
