// The PostgreSQL backend (postgresql_connection.cpp): several service instances on one history.
#pragma once

#include <memory>
#include <string>

#include "trynext/store.h"

namespace trynext::store {

// Connects with a libpq connection string ("postgresql://user@host/db", or key=value pairs) and opens
// the store in the connection's current schema; see open_store() for the contract.
std::unique_ptr<Store> open_postgresql_store(const std::string& conninfo);

}  // namespace trynext::store
