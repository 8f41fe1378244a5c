// What the SQL store (sql_store.cpp) needs of a database, so that every SQL backend shares one
// implementation of the store's behaviour and only the connection differs: SQLite
// (sqlite/sqlite_connection.cpp) and PostgreSQL (postgresql/postgresql_connection.cpp).
//
// Statements are written once, with '?' placeholders and SQL that both databases read the same way
// (INSERT ... ON CONFLICT ... DO UPDATE, excluded.x); a connection translates placeholders if it must.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace trynext::store {

// A bound parameter: text, a number, a 0/1 flag, or NULL.
struct SqlValue {
  enum class Kind { null, text, real, integer } kind = Kind::null;
  std::string text;
  double real = 0;
  long long integer = 0;

  static SqlValue of(const std::string& s) { return {Kind::text, s, 0, 0}; }
  static SqlValue text_or_null(const std::string& s) { return s.empty() ? SqlValue{} : of(s); }
  static SqlValue of(const std::optional<double>& v) { return v ? SqlValue{Kind::real, "", *v, 0} : SqlValue{}; }
  static SqlValue integer_of(long long v) { return {Kind::integer, "", 0, v}; }
  static SqlValue of(const std::optional<bool>& v) { return v ? SqlValue{Kind::integer, "", 0, *v ? 1 : 0} : SqlValue{}; }
};

// The rows of one query; a column is read as text (empty for NULL), as an optional number or flag.
class SqlRows {
 public:
  virtual ~SqlRows() = default;
  virtual bool next() = 0;  // moves to the next row; false when there is none
  virtual std::string text(int col) const = 0;
  virtual std::optional<double> number(int col) const = 0;
  virtual std::optional<bool> flag(int col) const = 0;
};

// One connection. Every failure throws StoreError with the backend's words and a code (store.h).
class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  // A transaction that will write: it takes the write lock first, so writers queue rather than fail.
  virtual void begin_write() = 0;
  // A transaction that only reads: one consistent snapshot.
  virtual void begin_read() = 0;
  // A write transaction that also holds the lock under which the schema is migrated, so two processes
  // opening one store at once do not both migrate.
  virtual void begin_migration() = 0;
  virtual void commit() = 0;
  virtual void rollback() noexcept = 0;
  virtual std::unique_ptr<SqlRows> query(const std::string& sql, const std::vector<SqlValue>& params = {}) = 0;
  // The tables of the store's schema (a database of another application has some and no store_meta).
  virtual std::vector<std::string> table_names() = 0;
  // After the schema is in place: what the backend sets up once per connection (WAL, ...).
  virtual void after_open() = 0;
  virtual std::string describe() const = 0;  // "sqlite:/path", "postgresql://host/db"
};

}  // namespace trynext::store
