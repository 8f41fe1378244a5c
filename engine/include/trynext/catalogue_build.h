// Building the catalogue database from its sources (catalogue/: Lua data files), as
// `trynext catalogue build` does. Engine::load and Catalogue::open read what this writes.
#pragma once

#include <filesystem>

#include "trynext/catalogue.h"

namespace trynext {

// Reads and checks the sources under dir (interventions/*.lua and instrument/*.lua) and returns the
// catalogue they describe, indexed and with its digest. Throws LoadError listing every problem found,
// each with its file and line; a catalogue is returned only when every source is valid.
Catalogue read_catalogue_sources(const std::filesystem::path& dir);

// Writes catalogue to a new SQLite database at path, replacing any file there atomically: a reader
// sees the old database or the new one, never half of one. Throws LoadError when it cannot write.
void write_catalogue_database(const Catalogue& catalogue, const std::filesystem::path& path);

}  // namespace trynext
