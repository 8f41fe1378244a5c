// The PostgreSQL backend of the history store, through libpq: for several service instances on one
// history. sql_store.cpp holds the store's behaviour; this file is only the connection: it translates
// '?' placeholders to $1..$n, takes a transaction-level advisory lock while migrating (so two instances
// starting at once do not both migrate), and maps SQLSTATEs to the store's error codes.
#include "postgresql/postgresql_connection.h"

#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "sql/sql_store.h"

namespace trynext::store {

namespace {

// The advisory lock key under which the schema is migrated ("trynext" in ASCII, as a number).
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(7526768110126200)";

// The StoreError code for an SQLSTATE (its class is the first two characters).
const char* code_of(const char* sqlstate) {
  std::string s = sqlstate ? sqlstate : "";
  if (s == "53100") return "full";
  if (s == "25006") return "read_only";
  if (s == "40001" || s == "40P01" || s == "55P03") return "busy";
  if (s.rfind("23", 0) == 0) return "conflict";
  if (s.rfind("08", 0) == 0 || s.rfind("57", 0) == 0) return "unavailable";
  if (s == "XX001" || s == "XX002") return "corrupt";
  return "unavailable";
}

// The connection string without its password, for messages.
std::string shown(const std::string& conninfo) {
  std::string out = conninfo;
  auto scheme = out.find("://");
  auto at = out.find('@');
  if (scheme != std::string::npos && at != std::string::npos && at > scheme) {
    auto colon = out.find(':', scheme + 3);
    if (colon != std::string::npos && colon < at) out.replace(colon, at - colon, ":***");
  }
  return out;
}

// '?' placeholders to $1, $2, ... (the statements of sql_store.cpp hold no '?' inside string literals).
std::string numbered(const std::string& sql) {
  std::string out;
  int n = 0;
  for (char c : sql) {
    if (c == '?') out += "$" + std::to_string(++n);
    else out += c;
  }
  return out;
}

class PgRows final : public SqlRows {
 public:
  explicit PgRows(PGresult* r) : r_(r), rows_(PQntuples(r)) {}
  ~PgRows() override { PQclear(r_); }
  bool next() override { return ++row_ < rows_; }
  std::string text(int col) const override {
    if (PQgetisnull(r_, row_, col)) return "";
    return std::string(PQgetvalue(r_, row_, col), static_cast<std::size_t>(PQgetlength(r_, row_, col)));
  }
  std::optional<double> number(int col) const override {
    if (PQgetisnull(r_, row_, col)) return std::nullopt;
    return std::strtod(PQgetvalue(r_, row_, col), nullptr);
  }
  std::optional<bool> flag(int col) const override {
    if (PQgetisnull(r_, row_, col)) return std::nullopt;
    return std::strcmp(PQgetvalue(r_, row_, col), "0") != 0;
  }

 private:
  PGresult* r_;
  int rows_;
  int row_ = -1;
};

class PgConnection final : public SqlConnection {
 public:
  explicit PgConnection(const std::string& conninfo) : conninfo_(conninfo) {
    conn_ = PQconnectdb(conninfo.c_str());
    if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
      std::string why = conn_ ? PQerrorMessage(conn_) : "out of memory";
      while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
      PQfinish(conn_);
      conn_ = nullptr;
      throw StoreError("unavailable", "history store " + shown(conninfo) + ": cannot connect: " + why);
    }
    // Messages in English whatever the server's locale; times are the store's own text, not the server's.
    run_plain("SET client_min_messages = warning");
  }
  ~PgConnection() override { PQfinish(conn_); }

  void begin_write() override { run_plain("BEGIN"); }
  void begin_read() override { run_plain("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }
  void begin_migration() override {
    run_plain("BEGIN");
    run_plain(kMigrationLock);
  }
  void commit() override { run_plain("COMMIT"); }
  void rollback() noexcept override {
    PGresult* r = PQexec(conn_, "ROLLBACK");
    PQclear(r);
  }

  std::unique_ptr<SqlRows> query(const std::string& sql, const std::vector<SqlValue>& params) override {
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const SqlValue& p = params[i];
      switch (p.kind) {
        case SqlValue::Kind::null: break;
        case SqlValue::Kind::text: texts[i] = p.text; break;
        case SqlValue::Kind::real: {
          char buf[40];
          std::snprintf(buf, sizeof buf, "%.17g", p.real);
          texts[i] = buf;
          break;
        }
        case SqlValue::Kind::integer: texts[i] = std::to_string(p.integer); break;
      }
      if (p.kind != SqlValue::Kind::null) values[i] = texts[i].c_str();
    }
    PGresult* r = PQexecParams(conn_, numbered(sql).c_str(), static_cast<int>(params.size()), nullptr,
                               values.data(), nullptr, nullptr, 0);
    check(r, "the history store refused the change");
    return std::make_unique<PgRows>(r);
  }

  std::vector<std::string> table_names() override {
    auto r = query("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()", {});
    std::vector<std::string> out;
    while (r->next()) out.push_back(r->text(0));
    return out;
  }

  void after_open() override {}
  std::string describe() const override { return shown(conninfo_); }

 private:
  void run_plain(const char* sql) { PQclear(check(PQexec(conn_, sql), "the history store refused the change")); }

  // Returns r when it succeeded; else throws with the server's message and the SQLSTATE's code.
  PGresult* check(PGresult* r, const std::string& what) {
    ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return r;
    std::string detail = r ? PQresultErrorMessage(r) : PQerrorMessage(conn_);
    while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
    const char* sqlstate = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    std::string code = PQstatus(conn_) == CONNECTION_BAD ? "unavailable" : code_of(sqlstate);
    PQclear(r);
    throw StoreError(code, "history store " + shown(conninfo_) + ": " + what + ": " + detail);
  }

  std::string conninfo_;
  PGconn* conn_ = nullptr;
};

}  // namespace

std::unique_ptr<Store> open_postgresql_store(const std::string& conninfo) {
  return open_sql_store(std::make_unique<PgConnection>(conninfo));
}

}  // namespace trynext::store
