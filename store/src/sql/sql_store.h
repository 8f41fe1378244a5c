// The store over an SQL connection (sql_store.cpp): one implementation of store.h's behaviour that
// every SQL backend shares.
#pragma once

#include <memory>

#include "sql/sql_connection.h"
#include "trynext/store.h"

namespace trynext::store {

// Recognises the database (a trynext history, an empty one, or refused), migrates it forward and
// returns the store. Throws StoreError; the connection is closed then.
std::unique_ptr<Store> open_sql_store(std::unique_ptr<SqlConnection> connection);

}  // namespace trynext::store
