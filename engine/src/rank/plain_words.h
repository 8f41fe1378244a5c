// What a rule tested, in a manager's words: fields by name, indicators by their text, interventions by
// title, values rounded (a share as a percentage). Used for the near misses of an explained result;
// the trace keeps the exact paths and values for tools.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "trynext/catalogue.h"
#include "trynext/result.h"

namespace trynext {

// The value of an input (JSON text) as a person reads it: 0.07 of a share is "7%", "not_met" is "not met".
std::string value_words(const std::string& path, const std::string& json_text, const Catalogue& catalogue);

// For a rule that did not fire and failed exactly one condition: "Peer support would be recommended if
// your team's mobile working share were 30% or more (it is 20%)", naming only the interventions not in
// `already` (ranked or in place). Empty for a rule that fired, failed, was more than one change away
// (not relevant to this team) or would bring in nothing new.
std::vector<std::string> near_miss_sentences(const RuleTrace& trace, const std::vector<std::string>& recommends,
                                             const std::set<std::string>& already, const Catalogue& catalogue);

}  // namespace trynext
