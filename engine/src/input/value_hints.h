// Hints for values a manager typed by hand that the instrument refuses: a share written as a
// percentage, an answer written in words ("Partly", "not met", "yes"). They extend a problem's
// message with the likely fix; the value stays refused, so nothing new is accepted silently.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace trynext {

// For a value of a share field (0 to 1) that looks like a percentage (8, 70, "70%", "8 %"):
// "; 8 looks like a percentage: write 0.08". Empty when it does not look like one.
std::string percentage_hint(const nlohmann::json& value);

// For a refused answer to an indicator: " (did you mean \"partly\"?)" for a different case or
// spacing of an answer, a common word for one ("yes", "dont know") or a typo; else empty.
std::string answer_hint(const nlohmann::json& value);

}  // namespace trynext
