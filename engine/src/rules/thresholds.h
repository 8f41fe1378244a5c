// The named thresholds of a rule set: what rules/thresholds.lua declares, with its range and where its
// figure comes from, and the checks `trynext check` makes of them (docs/rules.md, "Thresholds").
// Private to engine/src/rules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "trynext/catalogue.h"
#include "trynext/error.h"

namespace trynext {

struct RuleSource;

// The file of the rules directory that declares them; loaded before every rule file.
inline constexpr std::string_view kThresholdsFile = "thresholds.lua";

struct Threshold {
  std::string id;
  double value = 0;
  bool integer = false;  // written as an integer: given back to Lua as one, so texts read "300", not "300.0"
  double minimum = 0, maximum = 0;
  std::string unit;
  bool local_choice = true;
  std::string why;
  std::vector<SourceRef> sources;
  std::string file;  // where it is declared
  int line = 0;
};

// The static checks of a rule set's thresholds, given the thresholds its load declared, made whenever
// rules load: a literal threshold("id") of an id nobody declares (an error, with a suggestion), and a
// threshold declared but never read by any rule file (a warning).
std::vector<Diagnostic> check_thresholds(const std::vector<RuleSource>& sources,
                                         const std::vector<Threshold>& thresholds);

// For `trynext check` only: each rule file's upper-case local number constant (local SICKNESS_HIGH = 0.05),
// which looks like a threshold that belongs in thresholds.lua, where policy leads review it (warnings).
std::vector<Diagnostic> check_local_constants(const std::vector<RuleSource>& sources);

}  // namespace trynext
