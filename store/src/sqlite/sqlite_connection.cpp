// The SQLite backend of the history store: one file, created owner-only, in WAL mode with foreign keys
// on; writes take the lock first (BEGIN IMMEDIATE), so two processes queue instead of failing half-way;
// synchronous=FULL, so a commit that returned survives a crash of the process or the machine.
// sql_store.cpp holds the store's behaviour; this file is only the connection.
#include "sqlite/sqlite_connection.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <type_traits>

#include "sql/sql_store.h"

namespace trynext::store {

namespace {

namespace fs = std::filesystem;

// The StoreError code for an SQLite result code.
const char* code_of(int rc) {
  switch (rc & 0xff) {
    case SQLITE_NOTADB: return "not_a_store";
    case SQLITE_CORRUPT: return "corrupt";
    case SQLITE_READONLY: return "read_only";
    case SQLITE_FULL: return "full";
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return "busy";
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH: return "unavailable";
    case SQLITE_CONSTRAINT: return "conflict";
    case SQLITE_IOERR: return "io_error";
    default: return "unavailable";
  }
}

// Words for what went wrong, for the codes a person can act on.
std::string advice(int rc) {
  switch (rc & 0xff) {
    case SQLITE_NOTADB: return " (the file is not a trynext history: give another --store path)";
    case SQLITE_CORRUPT: return " (the file is damaged: restore it from a backup)";
    case SQLITE_READONLY: return " (the file or its folder cannot be written)";
    case SQLITE_FULL: return " (no space left on the disk; nothing was written)";
    case SQLITE_BUSY: return " (another process held the store for too long; try again)";
    case SQLITE_IOERR: return " (writing to the disk failed: it may be full or failing; nothing was written)";
    default: return "";
  }
}

class Connection {
 public:
  explicit Connection(const std::string& path) : path_(path) {}
  ~Connection() { sqlite3_close_v2(db_); }

  void open(int flags) {
    int rc = sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) fail(rc, "cannot open the history store");
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 10000);
  }

  void exec(const char* sql) {
    char* message = nullptr;
    int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
      std::string what = message ? message : sqlite3_errstr(rc);
      sqlite3_free(message);
      fail(rc, what);
    }
  }

  [[noreturn]] void fail(int rc, const std::string& what) const {
    std::string detail = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    std::string message = "history store " + path_ + ": " + what;
    if (detail != what) message += ": " + detail;
    throw StoreError(code_of(rc), message + advice(rc));
  }

  sqlite3* db() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
};

// Creates the file owner-only (and its folder, when missing, owner-only too) before SQLite opens it,
// so the history is never readable by others, not even for a moment.
void create_private_file(const std::string& path) {
  fs::path p(path);
  std::error_code ec;
  if (p.has_parent_path() && !fs::exists(p.parent_path(), ec)) {
    fs::create_directories(p.parent_path(), ec);
    if (ec)
      throw StoreError("unavailable",
                       "history store " + path + ": cannot create the folder " + p.parent_path().string() + ": " +
                           ec.message());
    ::chmod(p.parent_path().c_str(), 0700);
  }
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    throw StoreError(errno == EROFS || errno == EACCES ? "read_only" : "unavailable",
                     "history store " + path + ": cannot create the file: " + std::strerror(errno));
  if (fd >= 0) ::close(fd);
}

// The rows of one prepared statement.
class SqliteRows final : public SqlRows {
 public:
  SqliteRows(Connection& c, const std::string& sql, const std::vector<SqlValue>& params) : c_(c) {
    int rc = sqlite3_prepare_v2(c.db(), sql.c_str(), -1, &st_, nullptr);
    if (rc != SQLITE_OK) c.fail(rc, "cannot read the history store");
    int i = 0;
    for (const auto& p : params) {
      ++i;
      switch (p.kind) {
        case SqlValue::Kind::null: sqlite3_bind_null(st_, i); break;
        case SqlValue::Kind::text:
          sqlite3_bind_text(st_, i, p.text.data(), static_cast<int>(p.text.size()), SQLITE_TRANSIENT);
          break;
        case SqlValue::Kind::real: sqlite3_bind_double(st_, i, p.real); break;
        case SqlValue::Kind::integer: sqlite3_bind_int64(st_, i, p.integer); break;
      }
    }
  }
  ~SqliteRows() override { sqlite3_finalize(st_); }

  bool next() override {
    int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    c_.fail(rc, "the history store refused the change");
  }
  std::string text(int col) const override {
    const unsigned char* s = sqlite3_column_text(st_, col);
    return s ? std::string(reinterpret_cast<const char*>(s), sqlite3_column_bytes(st_, col)) : "";
  }
  std::optional<double> number(int col) const override {
    if (sqlite3_column_type(st_, col) == SQLITE_NULL) return std::nullopt;
    return sqlite3_column_double(st_, col);
  }
  std::optional<bool> flag(int col) const override {
    if (sqlite3_column_type(st_, col) == SQLITE_NULL) return std::nullopt;
    return sqlite3_column_int(st_, col) != 0;
  }

 private:
  Connection& c_;
  sqlite3_stmt* st_ = nullptr;
};

class SqliteConnection final : public SqlConnection {
 public:
  explicit SqliteConnection(const std::string& path) : c_(path) {
    create_private_file(path);
    c_.open(SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX);
  }
  void begin_write() override { c_.exec("BEGIN IMMEDIATE"); }
  void begin_read() override { c_.exec("BEGIN"); }
  void begin_migration() override { c_.exec("BEGIN IMMEDIATE"); }  // the write lock is the migration lock
  void commit() override { c_.exec("COMMIT"); }
  void rollback() noexcept override { sqlite3_exec(c_.db(), "ROLLBACK", nullptr, nullptr, nullptr); }
  std::unique_ptr<SqlRows> query(const std::string& sql, const std::vector<SqlValue>& params) override {
    return std::make_unique<SqliteRows>(c_, sql, params);
  }
  std::vector<std::string> table_names() override {
    std::vector<std::string> out;
    SqliteRows r(c_, "SELECT name FROM sqlite_master WHERE type = 'table'", {});
    while (r.next()) out.push_back(r.text(0));
    return out;
  }
  void after_open() override {
    // WAL lets readers go on while one process writes; it is a property of the file, kept from now on.
    SqliteRows(c_, "PRAGMA journal_mode = WAL", {}).next();
    c_.exec("PRAGMA foreign_keys = ON");
    c_.exec("PRAGMA synchronous = FULL");
  }
  std::string describe() const override { return "sqlite:" + c_.path(); }

 private:
  Connection c_;
};

}  // namespace

std::unique_ptr<Store> open_sqlite_store(const std::string& path) {
  return open_sql_store(std::make_unique<SqliteConnection>(path));
}

}  // namespace trynext::store
