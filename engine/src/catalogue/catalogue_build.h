// The catalogue build's internals shared inside the library: reading Lua data files (the catalogue
// sources, the rule tests) and the grade scale. The build itself is public: trynext/catalogue_build.h.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "trynext/catalogue.h"
#include "trynext/catalogue_build.h"
#include "trynext/error.h"

namespace trynext {

// One table made by a constructor call in a Lua data file: its kind ("intervention", "test", ...),
// the file and line of the call, and its fields as JSON (sequences become arrays).
struct LuaDataEntry {
  std::string kind;
  std::string file;
  int line = 0;
  nlohmann::json data;
};

// Runs a Lua data file in an empty sandbox where only the named constructors exist, and returns the
// tables made by the collected ones, in order. Problems become diagnostics naming file and line.
std::vector<LuaDataEntry> read_lua_data(const std::filesystem::path& path, const std::string& display_name,
                                        const std::vector<std::string>& collected,
                                        const std::vector<std::string>& nested, std::vector<Diagnostic>& diagnostics);

// The documented grade scale (docs/catalogue.md).
const std::vector<Grade>& evidence_grades();

}  // namespace trynext
