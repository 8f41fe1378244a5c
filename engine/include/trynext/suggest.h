// "Did you mean ...?" for misspelt names: the closest candidate within a small edit distance. The
// engine's own messages use it; so can a program's (the service's unknown routes and ids).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trynext {

// The candidate closest to word, or "" when none is close enough to be a likely typo.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean \"x\"?)" or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace trynext
