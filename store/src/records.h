// What every backend checks and makes the same way: the shape of ids, dates and vocabularies, new ids,
// and the clock. A backend calls these before it writes, so a bad field gets the same message whatever
// the store is.
#pragma once

#include <string>
#include <string_view>

#include "trynext/store.h"

namespace trynext::store {

// The vocabularies of the store, in the order messages list them.
extern const char* const kActionStatuses[4];  // planned, running, finished, stopped
extern const char* const kOutcomes[4];        // helped, no_change, worse, stopped

// Each throws StoreError("invalid") naming the field (e.g. "start_date") and what is wrong with value.
void check_team_id(std::string_view field, const std::string& value);
void check_date(std::string_view field, const std::string& value);   // YYYY-MM-DD, a real day
void check_month(std::string_view field, const std::string& value);  // YYYY-MM
void check_text(std::string_view field, const std::string& value, std::size_t max_bytes, bool required);
void check_one_of(std::string_view field, const std::string& value, const char* const* values, std::size_t n);
void check_intervention_id(std::string_view field, const std::string& value);

// The checks of each record as a whole, before a write.
void check_assessment(const AssessmentRecord& record);
void check_action(const Action& action);
void check_change(const ActionChange& change);
void check_outcome(const Outcome& outcome);
void check_measure(const Measure& measure);
void check_decision(const Decision& decision);

// A new id: 32 hex digits from 128 random bits.
std::string new_id();
// Now, in UTC, with microseconds ("2026-12-02T09:30:00.123456Z"), so records made in one second order.
std::string utc_now();

}  // namespace trynext::store
