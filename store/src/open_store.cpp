// Choosing a backend from a location, and where the store is when none is given.
#include <cstdlib>
#include <string>

#include "sqlite/sqlite_connection.h"
#include "trynext/store.h"
#include "migrations.h"
#include "records.h"

namespace trynext::store {

std::unique_ptr<Store> open_store(const std::string& location) {
  if (location.empty()) throw StoreError("invalid", "store: no location given (a file path or postgresql://...)");
  if (location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0)
    throw StoreError("unavailable", "store: PostgreSQL stores are not built into this trynext yet; use a file path");
  std::string path = location.rfind("sqlite:", 0) == 0 ? location.substr(7) : location;
  return open_sqlite_store(path);
}

std::string default_store_location() {
  if (const char* s = std::getenv("TRYNEXT_STORE"); s && *s) return s;
  if (const char* x = std::getenv("XDG_DATA_HOME"); x && *x == '/') return std::string(x) + "/trynext/history.db";
  if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.local/share/trynext/history.db";
  return "trynext-history.db";
}

void check_team_id(const std::string& id) { check_team_id("team", id); }

int schema_version() { return migrations().back().version; }

}  // namespace trynext::store
