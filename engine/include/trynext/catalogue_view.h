// Views of the catalogue for a person at a terminal (`trynext catalogue list` and `show`) and the
// list of interventions as JSON. The JSON of one intervention is intervention_json (trynext/json.h).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "trynext/catalogue.h"

namespace trynext {

// One line per intervention, in source order: id, level, effort and title in columns. level, when
// not empty, keeps only the interventions of that level (organisation, team or individual).
std::string interventions_text(const Catalogue& catalogue, const std::string& level = "");

// The same interventions as a JSON array of intervention_json objects.
nlohmann::json interventions_json(const Catalogue& catalogue, const std::string& level = "");

// One intervention in full for reading: title, level and effort, summary, format, what it needs first,
// cautions and each piece of evidence with its citation, grade and where the catalogue found it: the
// source document by title and year (from the catalogue's documents), section, lines and file.
std::string intervention_text(const Catalogue& catalogue, const Intervention& intervention);

// The same, naming each source document by its file only (for an intervention outside a catalogue).
std::string intervention_text(const Intervention& intervention);

}  // namespace trynext
