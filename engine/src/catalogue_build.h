// Building the catalogue database from its sources in catalogue/ (Lua data files). Every mistake in
// a source is reported with its file and line; nothing is written unless all sources are valid.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "trynext/catalogue.h"
#include "trynext/error.h"

namespace trynext {

// Reads and checks the sources under dir (interventions/*.lua, instrument/*.lua). Throws LoadError
// listing every problem.
Catalogue read_catalogue_sources(const std::filesystem::path& dir);

// Writes catalogue to a new SQLite database at path (replacing it atomically).
void write_catalogue_database(const Catalogue& catalogue, const std::filesystem::path& path);

// The documented grade scale (docs/catalogue.md).
const std::vector<Grade>& evidence_grades();

}  // namespace trynext
