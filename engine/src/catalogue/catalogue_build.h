// Building the catalogue database from its sources in catalogue/ (Lua data files). Every mistake in
// a source is reported with its file and line; nothing is written unless all sources are valid.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "trynext/catalogue.h"
#include "trynext/error.h"

namespace trynext {

// Reads and checks the sources under dir (interventions/*.lua, instrument/*.lua). Throws LoadError
// listing every problem.
Catalogue read_catalogue_sources(const std::filesystem::path& dir);

// Writes catalogue to a new SQLite database at path (replacing it atomically).
void write_catalogue_database(const Catalogue& catalogue, const std::filesystem::path& path);

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
