// The SQLite backend (sqlite_connection.cpp): the embedded default, one file.
#pragma once

#include <memory>
#include <string>

#include "trynext/store.h"

namespace trynext::store {

// Opens or creates the store file at path (created owner-only); see open_store() for the contract.
std::unique_ptr<Store> open_sqlite_store(const std::string& path);

}  // namespace trynext::store
