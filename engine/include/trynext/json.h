// JSON views of results, the catalogue and the instrument: the public contract other tools read.
// Fields are added over time, never renamed.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "trynext/catalogue.h"
#include "trynext/result.h"

namespace trynext {

nlohmann::json result_json(const Result& result);
nlohmann::json intervention_json(const Intervention& intervention);
nlohmann::json catalogue_json(const Catalogue& catalogue);   // {"interventions": [...], "grades": [...], "digest"}
nlohmann::json instrument_json(const Catalogue& catalogue);  // {"factors": [...with indicators], "team_fields": [...]}

// The JSON Schema (draft 2020-12) of an assessment, generated from the instrument.
nlohmann::json assessment_schema(const Catalogue& catalogue);

// A blank assessment with every field and indicator, commented for a manager to fill in. Comments
// are `//` lines, which trynext accepts in its input.
std::string assessment_template(const Catalogue& catalogue);

}  // namespace trynext
