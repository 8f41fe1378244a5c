// Reading a rules directory: which files are rules, their text, and the digest that names the version.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "rule_state.h"

namespace trynext {

struct RuleFiles {
  std::vector<RuleSource> sources;  // sorted by file name, so every load sees the same order
  std::string digest;               // versions.rules
};

// Every *.lua file under dir, except tests/ and LuaLS annotation files (*.d.lua). Throws LoadError
// naming the path when the directory is missing or unreadable.
RuleFiles read_rule_files(const std::filesystem::path& dir);

}  // namespace trynext
