// The SQLite backend of the history store: one file, WAL mode, foreign keys on, every call one
// transaction (BEGIN IMMEDIATE for writes, so two processes queue instead of failing half-way), and
// synchronous=FULL, so a commit that returned survives a crash of the process or the machine.
//
// Opening never changes a file it does not recognise: a file that is not SQLite, an SQLite database of
// another application, a corrupt one or one made by a newer trynext is refused with a StoreError
// before anything is written.
#include "sqlite/sqlite_store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <type_traits>

#include "migrations.h"
#include "records.h"

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

class Statement;

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

// A prepared statement with positional binds; finalized when it goes out of scope.
class Statement {
 public:
  Statement(Connection& c, const char* sql) : c_(c) {
    int rc = sqlite3_prepare_v2(c.db(), sql, -1, &st_, nullptr);
    if (rc != SQLITE_OK) c.fail(rc, "cannot read the history store");
  }
  ~Statement() { sqlite3_finalize(st_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(const std::string& v) {
    sqlite3_bind_text(st_, ++n_, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& bind_or_null(const std::string& v) {
    if (v.empty()) {
      sqlite3_bind_null(st_, ++n_);
      return *this;
    }
    return bind(v);
  }
  Statement& bind(const std::optional<double>& v) {
    if (v) sqlite3_bind_double(st_, ++n_, *v);
    else sqlite3_bind_null(st_, ++n_);
    return *this;
  }
  Statement& bind(const std::optional<bool>& v) {
    if (v) sqlite3_bind_int(st_, ++n_, *v ? 1 : 0);
    else sqlite3_bind_null(st_, ++n_);
    return *this;
  }

  // Steps once: true when a row is there to read.
  bool row() {
    int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    c_.fail(rc, "the history store refused the change");
  }
  void run() {
    while (row()) {
    }
  }

  std::string text(int col) const {
    const unsigned char* s = sqlite3_column_text(st_, col);
    return s ? std::string(reinterpret_cast<const char*>(s), sqlite3_column_bytes(st_, col)) : "";
  }
  std::optional<double> number(int col) const {
    if (sqlite3_column_type(st_, col) == SQLITE_NULL) return std::nullopt;
    return sqlite3_column_double(st_, col);
  }
  std::optional<bool> flag(int col) const {
    if (sqlite3_column_type(st_, col) == SQLITE_NULL) return std::nullopt;
    return sqlite3_column_int(st_, col) != 0;
  }

 private:
  Connection& c_;
  sqlite3_stmt* st_ = nullptr;
  int n_ = 0;
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

const char* const kAssessmentColumns =
    "id, team_id, assessed_on, recorded_at, input_json, result_json, engine_version, rules_version, "
    "catalogue_version, request_id";
const char* const kActionColumns =
    "id, team_id, intervention, owner, start_date, review_date, dose, delivered_as_planned, status, created_at, "
    "updated_at";
const char* const kOutcomeColumns = "id, action_id, outcome, date, note, recorded_at, request_id";

AssessmentRecord read_assessment(const Statement& s) {
  return {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4),
          s.text(5), s.text(6), s.text(7), s.text(8), s.text(9)};
}
Action read_action(const Statement& s) {
  return {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4),  s.text(5),
          s.text(6), s.flag(7), s.text(8), s.text(9), s.text(10)};
}
Outcome read_outcome(const Statement& s) {
  return {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)};
}

std::string with_columns(const char* columns, const std::string& rest) {
  return std::string("SELECT ") + columns + " FROM " + rest;
}

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(const std::string& path) : c_(path) {
    create_private_file(path);
    c_.open(SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX);
    recognise_and_migrate();
    c_.exec("PRAGMA foreign_keys = ON");
    c_.exec("PRAGMA synchronous = FULL");
  }

  Team put_team(const std::string& id, const std::string& name) override {
    check_team_id("team", id);
    check_text("name", name, 200, true);
    return write([&] {
      auto existing = find_team_locked(id);
      if (existing) {
        Statement(c_, "UPDATE teams SET name = ? WHERE id = ?").bind(name).bind(id).run();
        existing->name = name;
        return *existing;
      }
      Team t{id, name, utc_now()};
      Statement(c_, "INSERT INTO teams (id, name, created_at) VALUES (?, ?, ?)").bind(t.id).bind(t.name)
          .bind(t.created_at).run();
      return t;
    });
  }

  std::optional<Team> find_team(const std::string& id) override {
    return read([&] { return find_team_locked(id); });
  }

  std::vector<Team> teams() override {
    return read([&] {
      std::vector<Team> out;
      Statement s(c_, "SELECT id, name, created_at FROM teams ORDER BY id");
      while (s.row()) out.push_back({s.text(0), s.text(1), s.text(2)});
      return out;
    });
  }

  AssessmentRecord add_assessment(const AssessmentRecord& given) override {
    check_assessment(given);
    return write([&] {
      if (!given.request_id.empty()) {
        Statement s(c_, with_columns(kAssessmentColumns, "assessments WHERE request_id = ?").c_str());
        s.bind(given.request_id);
        if (s.row()) {
          AssessmentRecord first = read_assessment(s);
          if (first.team_id != given.team_id) conflict("request_id", given.request_id, "an assessment of another team");
          return first;
        }
      }
      require_team(given.team_id);
      AssessmentRecord r = given;
      r.id = new_id();
      r.recorded_at = utc_now();
      insert_assessment(r);
      return r;
    });
  }

  std::vector<AssessmentRecord> assessments(const std::string& team_id) override {
    return read([&] {
      require_team(team_id);
      return assessments_locked(team_id);
    });
  }

  Action start_action(const Action& given) override {
    check_action(given);
    return write([&] {
      require_team(given.team_id);
      Action a = given;
      a.id = new_id();
      if (a.status.empty()) a.status = "running";
      a.created_at = a.updated_at = utc_now();
      insert_action(a);
      return a;
    });
  }

  Action update_action(const std::string& action_id, const ActionChange& change) override {
    check_change(change);
    return write([&] {
      Action a = action_locked(action_id);
      if (change.owner) a.owner = *change.owner;
      if (change.review_date) a.review_date = *change.review_date;
      if (change.dose) a.dose = *change.dose;
      if (change.status) a.status = *change.status;
      if (change.delivered_as_planned) a.delivered_as_planned = change.delivered_as_planned;
      check_action(a);  // the whole action must still hold (a review date after the start, ...)
      a.updated_at = utc_now();
      Statement(c_,
                "UPDATE actions SET owner = ?, review_date = ?, dose = ?, status = ?, delivered_as_planned = ?, "
                "updated_at = ? WHERE id = ?")
          .bind(a.owner).bind(a.review_date).bind(a.dose).bind(a.status).bind(a.delivered_as_planned)
          .bind(a.updated_at).bind(a.id).run();
      return a;
    });
  }

  Outcome record_outcome(const Outcome& given) override {
    check_outcome(given);
    return write([&] {
      if (!given.request_id.empty()) {
        Statement s(c_, with_columns(kOutcomeColumns, "outcomes WHERE request_id = ?").c_str());
        s.bind(given.request_id);
        if (s.row()) {
          Outcome first = read_outcome(s);
          if (first.action_id != given.action_id) conflict("request_id", given.request_id, "an outcome of another action");
          return first;
        }
      }
      Action a = action_locked(given.action_id);
      if (given.date < a.start_date)
        throw StoreError("invalid", "date: must not be before the action's start date (" + a.start_date + "), got \"" +
                                        given.date + "\"");
      Outcome o = given;
      o.id = new_id();
      o.recorded_at = utc_now();
      insert_outcome(o);
      std::string status = o.outcome == "stopped" ? "stopped" : a.status == "running" ? "finished" : a.status;
      if (status != a.status)
        Statement(c_, "UPDATE actions SET status = ?, updated_at = ? WHERE id = ?").bind(status).bind(o.recorded_at)
            .bind(a.id).run();
      return o;
    });
  }

  Measure put_measure(const Measure& given) override {
    check_measure(given);
    return write([&] {
      require_team(given.team_id);
      Measure m = given;
      m.recorded_at = utc_now();
      Statement(c_,
                "INSERT INTO measures (team_id, month, sickness_absence_rate, turnover_rate, vacancy_rate, "
                "recorded_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (team_id, month) DO UPDATE SET "
                "sickness_absence_rate = excluded.sickness_absence_rate, turnover_rate = excluded.turnover_rate, "
                "vacancy_rate = excluded.vacancy_rate, recorded_at = excluded.recorded_at")
          .bind(m.team_id).bind(m.month).bind(m.sickness_absence_rate).bind(m.turnover_rate).bind(m.vacancy_rate)
          .bind(m.recorded_at).run();
      return m;
    });
  }

  TeamHistory history(const std::string& team_id) override {
    return read([&] {
      TeamHistory h;
      auto team = find_team_locked(team_id);
      if (!team) not_found_team(team_id);
      h.team = *team;
      h.assessments = assessments_locked(team_id);
      {
        Statement s(c_, with_columns(kActionColumns, "actions WHERE team_id = ? ORDER BY start_date, created_at, id")
                            .c_str());
        s.bind(team_id);
        while (s.row()) h.actions.push_back(read_action(s));
      }
      {
        Statement s(c_,
                    "SELECT o.id, o.action_id, o.outcome, o.date, o.note, o.recorded_at, o.request_id FROM outcomes o "
                    "JOIN actions a ON a.id = o.action_id WHERE a.team_id = ? ORDER BY o.date, o.recorded_at, o.id");
        s.bind(team_id);
        while (s.row()) h.outcomes.push_back(read_outcome(s));
      }
      {
        Statement s(c_,
                    "SELECT team_id, month, sickness_absence_rate, turnover_rate, vacancy_rate, recorded_at FROM "
                    "measures WHERE team_id = ? ORDER BY month");
        s.bind(team_id);
        while (s.row()) h.measures.push_back({s.text(0), s.text(1), s.number(2), s.number(3), s.number(4), s.text(5)});
      }
      return h;
    });
  }

  void import_history(const TeamHistory& h) override {
    check_team_id("team.id", h.team.id);
    check_text("team.name", h.team.name, 200, true);
    for (const auto& a : h.assessments) check_assessment(a);
    for (const auto& a : h.actions) check_action(a);
    for (const auto& o : h.outcomes) check_outcome(o);
    for (const auto& m : h.measures) check_measure(m);
    write([&] {
      if (find_team_locked(h.team.id))
        throw StoreError("conflict", "team " + h.team.id +
                                         ": is already in the store; nothing was imported (export it first, or "
                                         "import into another store)");
      Statement(c_, "INSERT INTO teams (id, name, created_at) VALUES (?, ?, ?)").bind(h.team.id).bind(h.team.name)
          .bind(h.team.created_at.empty() ? utc_now() : h.team.created_at).run();
      for (const auto& a : h.assessments) insert_assessment(a);
      for (const auto& a : h.actions) insert_action(a);
      for (const auto& o : h.outcomes) insert_outcome(o);
      for (const auto& m : h.measures)
        Statement(c_,
                  "INSERT INTO measures (team_id, month, sickness_absence_rate, turnover_rate, vacancy_rate, "
                  "recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
            .bind(m.team_id).bind(m.month).bind(m.sickness_absence_rate).bind(m.turnover_rate).bind(m.vacancy_rate)
            .bind(m.recorded_at).run();
      return 0;
    });
  }

  std::string describe() const override { return "sqlite:" + c_.path(); }

 private:
  // Runs f in a write transaction; rolls back when it throws. BEGIN IMMEDIATE takes the write lock
  // first, so two writers queue (up to the busy timeout) instead of one failing half-way.
  template <class F>
  std::invoke_result_t<F> write(F f) {
    std::lock_guard<std::mutex> lock(mutex_);
    c_.exec("BEGIN IMMEDIATE");
    try {
      auto out = f();
      c_.exec("COMMIT");
      return out;
    } catch (...) {
      sqlite3_exec(c_.db(), "ROLLBACK", nullptr, nullptr, nullptr);
      throw;
    }
  }
  // Runs f in a read transaction: one consistent snapshot, whatever other writers do meanwhile.
  template <class F>
  std::invoke_result_t<F> read(F f) {
    std::lock_guard<std::mutex> lock(mutex_);
    c_.exec("BEGIN");
    try {
      auto out = f();
      c_.exec("COMMIT");
      return out;
    } catch (...) {
      sqlite3_exec(c_.db(), "ROLLBACK", nullptr, nullptr, nullptr);
      throw;
    }
  }

  // Tells a trynext history from anything else, then brings its schema up to date. Nothing is written
  // to a file that is not recognised.
  void recognise_and_migrate() {
    const int latest = migrations().back().version;
    c_.exec("BEGIN IMMEDIATE");  // one process migrates; the others wait, then find it done
    try {
      int tables = 0;
      bool has_meta = false;
      {
        Statement s(c_, "SELECT name FROM sqlite_master WHERE type = 'table'");
        while (s.row()) {
          ++tables;
          has_meta = has_meta || s.text(0) == "store_meta";
        }
      }
      int version = 0;
      if (has_meta) {
        std::string application;
        Statement s(c_, "SELECT key, value FROM store_meta");
        while (s.row()) {
          if (s.text(0) == "application") application = s.text(1);
          if (s.text(0) == "schema_version") version = std::atoi(s.text(1).c_str());
        }
        if (application != kApplication) not_ours("its store_meta table is not trynext's");
      } else if (tables > 0) {
        not_ours("it is an SQLite database of another application");
      }
      if (version > latest)
        throw StoreError("newer_schema", "history store " + c_.path() + ": made by a newer trynext (schema version " +
                                             std::to_string(version) + "; this trynext knows up to " +
                                             std::to_string(latest) + "): upgrade trynext; the file was not changed");
      for (const auto& m : migrations()) {
        if (m.version <= version) continue;
        for (const char* sql : m.statements) c_.exec(sql);
        if (m.version == 1)
          Statement(c_, "INSERT INTO store_meta (key, value) VALUES ('application', ?)").bind(std::string(kApplication)).run();
        Statement(c_,
                  "INSERT INTO store_meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET "
                  "value = excluded.value")
            .bind(std::to_string(m.version)).run();
      }
      c_.exec("COMMIT");
    } catch (...) {
      sqlite3_exec(c_.db(), "ROLLBACK", nullptr, nullptr, nullptr);
      throw;
    }
    // WAL lets readers go on while one process writes; it is a property of the file, kept from now on.
    Statement s(c_, "PRAGMA journal_mode = WAL");
    s.row();
  }

  [[noreturn]] void not_ours(const std::string& why) {
    throw StoreError("not_a_store", "history store " + c_.path() + ": not a trynext history (" + why +
                                        "); give another --store path; the file was not changed");
  }
  [[noreturn]] void not_found_team(const std::string& id) {
    throw StoreError("not_found", "team " + id + ": no such team in " + describe() +
                                      " (teams are added by `trynext assess FILE --team ID`)");
  }
  [[noreturn]] void conflict(const std::string& field, const std::string& value, const std::string& what) {
    throw StoreError("conflict", field + ": \"" + value + "\" was already used for " + what);
  }

  std::optional<Team> find_team_locked(const std::string& id) {
    Statement s(c_, "SELECT id, name, created_at FROM teams WHERE id = ?");
    s.bind(id);
    if (!s.row()) return std::nullopt;
    return Team{s.text(0), s.text(1), s.text(2)};
  }
  void require_team(const std::string& id) {
    if (!find_team_locked(id)) not_found_team(id);
  }
  Action action_locked(const std::string& id) {
    Statement s(c_, with_columns(kActionColumns, "actions WHERE id = ?").c_str());
    s.bind(id);
    if (!s.row()) throw StoreError("not_found", "action " + id + ": no such action in " + describe());
    return read_action(s);
  }
  std::vector<AssessmentRecord> assessments_locked(const std::string& team_id) {
    std::vector<AssessmentRecord> out;
    Statement s(c_, with_columns(kAssessmentColumns, "assessments WHERE team_id = ? ORDER BY assessed_on, "
                                                     "recorded_at, id")
                        .c_str());
    s.bind(team_id);
    while (s.row()) out.push_back(read_assessment(s));
    return out;
  }
  void insert_assessment(const AssessmentRecord& r) {
    Statement(c_, (std::string("INSERT INTO assessments (") + kAssessmentColumns +
                   ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .c_str())
        .bind(r.id).bind(r.team_id).bind(r.assessed_on).bind(r.recorded_at).bind(r.input_json).bind(r.result_json)
        .bind(r.engine_version).bind(r.rules_version).bind(r.catalogue_version).bind_or_null(r.request_id).run();
  }
  void insert_action(const Action& a) {
    Statement(c_, (std::string("INSERT INTO actions (") + kActionColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .c_str())
        .bind(a.id).bind(a.team_id).bind(a.intervention).bind(a.owner).bind(a.start_date).bind(a.review_date)
        .bind(a.dose).bind(a.delivered_as_planned).bind(a.status).bind(a.created_at).bind(a.updated_at).run();
  }
  void insert_outcome(const Outcome& o) {
    Statement(c_, (std::string("INSERT INTO outcomes (") + kOutcomeColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?)").c_str())
        .bind(o.id).bind(o.action_id).bind(o.outcome).bind(o.date).bind(o.note).bind(o.recorded_at)
        .bind_or_null(o.request_id).run();
  }

  Connection c_;
  std::mutex mutex_;  // one transaction at a time on this connection
};

}  // namespace

std::unique_ptr<Store> open_sqlite_store(const std::string& path) { return std::make_unique<SqliteStore>(path); }

}  // namespace trynext::store
