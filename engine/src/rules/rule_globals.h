// The static half of strict globals: finds, in a rule file's text, the names it reads that are neither
// its own locals (nor parameters, loop variables), nor assigned anywhere in the file, nor globals the
// sandbox gives rules. Reading such a name raises at run time (LuaSandbox::undefined_global); this
// says so at check time, with the line, as luacheck's "accessing undefined variable" does.
#pragma once

#include <string>
#include <vector>

#include "rules/rule_state.h"
#include "trynext/error.h"

namespace trynext {

// The names every rule file can read: the standard functions and libraries the sandbox keeps, the
// rule helpers, and the standard globals it withholds (they read as nil). Sorted.
const std::vector<std::string>& rule_global_names();

// One undefined_global warning per line and name read; none for a file that does not compile (its
// syntax_error says enough).
std::vector<Diagnostic> check_global_reads(const RuleSource& source, const std::vector<std::string>& known);

}  // namespace trynext
