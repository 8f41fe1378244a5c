// Choosing a backend from a location, and where the store is when none is given.
#include <cstdlib>
#include <string>

#include "sqlite/sqlite_connection.h"
#ifdef TRYNEXT_HAVE_POSTGRESQL
#include "postgresql/postgresql_connection.h"
#endif
#include "trynext/store.h"
#include "migrations.h"
#include "records.h"

namespace trynext::store {

std::unique_ptr<Store> open_store(const std::string& location) {
  if (location.empty()) throw StoreError("invalid", "store: no location given (a file path or postgresql://...)");
  if (location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0) {
#ifdef TRYNEXT_HAVE_POSTGRESQL
    return open_postgresql_store(location);
#else
    throw StoreError("unavailable", "store: this trynext was built without PostgreSQL (install libpq-dev and build "
                                    "again); use a file path");
#endif
  }
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
