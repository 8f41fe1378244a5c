// A team's history as JSON: what `trynext export` writes and `trynext import` reads
// (schemas/history.schema.json). The round trip is lossless: ids, times, request ids, the assessments
// and the results given are kept as they were.
#pragma once

#include <nlohmann/json.hpp>

#include "trynext/store.h"

namespace trynext::store {

// {"format": "trynext-history", "version": 1, "team": {...}, "assessments": [...], "actions": [...],
//  "outcomes": [...], "measures": [...]}
nlohmann::json history_to_json(const TeamHistory& history);

// Each record as it appears in history_to_json (the team's id left out, as the history holds it once).
nlohmann::json assessment_json(const AssessmentRecord& record);  // input and result embedded as JSON
nlohmann::json action_json(const Action& action);
nlohmann::json outcome_json(const Outcome& outcome);
nlohmann::json measure_json(const Measure& measure);

// Reads what history_to_json wrote. Throws StoreError("invalid") naming the JSON path of the first
// problem ("actions[2].start_date: must be a date written YYYY-MM-DD, got \"2026-13-01\"").
TeamHistory history_from_json(const nlohmann::json& document);

}  // namespace trynext::store
