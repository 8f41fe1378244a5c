// Checking a rule set without evaluating anything (`trynext check`): loads it as Engine::load does
// and says what it found, telling a directory or catalogue that cannot be read at all from rules
// that are wrong.
#pragma once

#include <cstddef>
#include <vector>

#include "trynext/engine.h"
#include "trynext/error.h"

namespace trynext {

struct RuleCheck {
  bool loaded = false;                  // the rule set loads: diagnostics are warnings only
  bool unreadable = false;              // not loaded because the rules or catalogue could not be read
  std::vector<Diagnostic> diagnostics;  // the load's errors, or its warnings when it loaded
  std::size_t rules = 0;                // rules loaded (0 when not loaded)
  std::size_t files = 0;                // rule files they came from
};

// Loads the rule set and catalogue of options and reports on them; never throws LoadError.
RuleCheck check_rules(const LoadOptions& options);

}  // namespace trynext
