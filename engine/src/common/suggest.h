// "Did you mean ...?": public (trynext/suggest.h), so that programs over the library can use it too.
#pragma once

#include "trynext/suggest.h"

namespace trynext {

// A word as a name of the instrument is written: lower case, spaces and hyphens as underscores,
// apostrophes dropped ("Not Met" -> "not_met", "Don't know" -> "dont_know"). Internal: what
// closest_match compares first, and what the answers' hints look synonyms up by.
std::string name_form(std::string_view word);

}  // namespace trynext
