// The history schema, as the list of steps that make it: step N takes a store at version N-1 to N.
// The SQL is plain enough for SQLite and PostgreSQL alike (TEXT, INTEGER, DOUBLE PRECISION, CHECK,
// REFERENCES); a backend runs each step's statements in one transaction and records the version in
// store_meta. Steps are never edited once released: a change is a new step.
#pragma once

#include <vector>

namespace trynext::store {

struct Migration {
  int version;
  const char* description;
  std::vector<const char*> statements;
};

const std::vector<Migration>& migrations();

// store_meta's "application" value: how a backend tells a trynext history from another database.
constexpr const char* kApplication = "trynext-history";

}  // namespace trynext::store
