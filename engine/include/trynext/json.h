// JSON views of results, the catalogue and the instrument: the public contract other tools read.
// Fields are added over time, never renamed.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "trynext/catalogue.h"
#include "trynext/error.h"
#include "trynext/result.h"

namespace trynext {

// The result as a document: json::parse(to_json(result, -1)). to_json (result.h) is the one writer
// of the contract; this is for callers that want to read or change the document in C++.
nlohmann::json result_json(const Result& result);

// The error document every surface answers with when there is no result to give, as compact JSON
// text: {"error": {"code": code, "message": message}}, with the members of details (an object; for
// instance "diagnostics") added beside them. Never throws on text: invalid UTF-8 (a message may quote
// what a caller sent) is written as U+FFFD.
std::string error_json(std::string_view code, std::string_view message,
                       const nlohmann::json& details = nlohmann::json::object());

// The error document for an assessment that is not valid: code "invalid_assessment", a message with
// the count of problems, and "problems", each with its path, message and text (and line and column
// for text that is not JSON).
std::string error_json(const InputError& error);

nlohmann::json intervention_json(const Intervention& intervention);
nlohmann::json catalogue_json(const Catalogue& catalogue);   // {"interventions": [...], "grades": [...], "digest"}
nlohmann::json instrument_json(const Catalogue& catalogue);  // {"factors": [...with indicators], "team_fields": [...]}

// The JSON Schema (draft 2020-12) of an assessment, generated from the instrument.
nlohmann::json assessment_schema(const Catalogue& catalogue);

// A blank assessment with every field and indicator, commented for a manager to fill in. Comments
// are `//` lines, which trynext accepts in its input.
std::string assessment_template(const Catalogue& catalogue);

}  // namespace trynext
