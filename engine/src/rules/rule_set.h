// Reading a rules directory: which files are rules, their text, and the digest that names the version.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "input/assessment.h"
#include "rules/rule_state.h"

namespace trynext {

struct RuleFiles {
  std::vector<RuleSource> sources;  // sorted by file name, so every load sees the same order
  std::string digest;               // versions.rules
};

// Every *.lua file under dir, except tests/ and LuaLS annotation files (*.d.lua). Throws LoadError
// naming the path when the directory is missing or unreadable.
RuleFiles read_rule_files(const std::filesystem::path& dir);

// Static checks of rule sources that loading alone cannot make: reads of inputs the instrument does
// not define (with a suggestion), answers that do not exist, and conditions that no valid input can
// satisfy, so the rule can never fire. Errors stop a load; warnings do not.
std::vector<Diagnostic> check_rule_sources(const std::vector<RuleSource>& sources, const Catalogue& catalogue,
                                           const InputPaths& paths);

}  // namespace trynext
