// What only the SQLite backend has to prove: the file it makes (owner-only, WAL), the files it refuses
// without changing them, the first schema's files, and that concurrent writers and a writer killed
// mid-write lose nothing committed.
#include <catch2/catch.hpp>
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "store_test_support.h"

using trynext::store::StoreError;
namespace fs = std::filesystem;

namespace {

// Runs sql on the file directly (not through the store) and returns the first column of the first row.
std::string raw_query(const fs::path& db, const std::string& sql) {
  sqlite3* c = nullptr;
  REQUIRE(sqlite3_open_v2(db.c_str(), &c, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(c, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
    const unsigned char* t = sqlite3_column_text(st, 0);
    out = t ? reinterpret_cast<const char*>(t) : "";
  } else {
    out = std::string("error: ") + sqlite3_errmsg(c);
  }
  sqlite3_finalize(st);
  sqlite3_close(c);
  return out;
}

void raw_exec(const fs::path& db, const std::string& sql) {
  sqlite3* c = nullptr;
  REQUIRE(sqlite3_open_v2(db.c_str(), &c, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK);
  char* message = nullptr;
  int rc = sqlite3_exec(c, sql.c_str(), nullptr, nullptr, &message);
  INFO((message ? message : ""));
  sqlite3_free(message);
  sqlite3_close(c);
  REQUIRE(rc == SQLITE_OK);
}

std::string code_when_opening(const fs::path& path) {
  try {
    trynext::store::open_store(path.string());
  } catch (const StoreError& e) {
    UNSCOPED_INFO(e.what());
    return e.code();
  }
  return "opened";
}

trynext::store::AssessmentRecord small_assessment(const std::string& team, const std::string& request_id) {
  return {"", team, "2026-11-01", "", "{}", "{}", "0.1.0", "r", "c", request_id};
}

}  // namespace

TEST_CASE("sqlite: the store file is created owner-only, in WAL mode, with its folder", "[store][sqlite]") {
  test_store::TempDir dir;
  fs::path db = dir.path() / "deeper" / "trynext" / "history.db";
  trynext::store::open_store(db.string())->put_team("north", "North");
  struct stat st{};
  REQUIRE(::stat(db.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  REQUIRE(::stat(db.parent_path().c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0700);
  CHECK(raw_query(db, "PRAGMA journal_mode") == "wal");
  CHECK(raw_query(db, "SELECT value FROM store_meta WHERE key = 'schema_version'") ==
        std::to_string(trynext::store::schema_version()));
}

TEST_CASE("sqlite: files that are not a trynext history are refused and left as they were", "[store][sqlite]") {
  test_store::TempDir dir;

  fs::path text = dir.path() / "notes.txt";
  std::ofstream(text) << "minutes of the team meeting\n";
  std::string before = test_store::file_bytes(text);
  CHECK(code_when_opening(text) == "not_a_store");
  CHECK(test_store::file_bytes(text) == before);

  fs::path other = dir.path() / "other.db";
  raw_exec(other, "CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO patients VALUES (1, 'x')");
  before = test_store::file_bytes(other);
  CHECK(code_when_opening(other) == "not_a_store");
  CHECK(test_store::file_bytes(other) == before);

  fs::path newer = dir.path() / "newer.db";
  trynext::store::open_store(newer.string());
  raw_exec(newer, "UPDATE store_meta SET value = '999' WHERE key = 'schema_version'");
  before = test_store::file_bytes(newer);
  CHECK(code_when_opening(newer) == "newer_schema");
  CHECK(test_store::file_bytes(newer) == before);

  // A real store whose pages were overwritten: refused as corrupt (or as not a database, when the
  // header itself is gone), never repaired by overwriting.
  fs::path damaged = dir.path() / "damaged.db";
  {
    auto s = trynext::store::open_store(damaged.string());
    s->put_team("north", "North");
  }
  raw_exec(damaged, "PRAGMA journal_mode = DELETE");  // fold the WAL back so the damage is in the main file
  {
    std::fstream f(damaged, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(100);
    std::string junk(3000, '\xA5');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  before = test_store::file_bytes(damaged);
  std::string code = code_when_opening(damaged);
  CHECK((code == "corrupt" || code == "not_a_store"));
  CHECK(test_store::file_bytes(damaged) == before);
}

// Runs check in a child process (as an unprivileged user when the tests run as root, so that file
// permissions apply) and returns what it wrote to its pipe.
template <class F>
std::string in_child(F check, bool drop_privileges) {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::close(fds[0]);
    std::string out;
    if (drop_privileges && ::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) out = "cannot drop root";
    if (out.empty()) {
      try {  // a child must never return into the test runner
        out = check();
      } catch (...) {
        out = "exception";
      }
    }
    if (::write(fds[1], out.data(), out.size()) < 0) ::_exit(2);
    ::_exit(0);
  }
  ::close(fds[1]);
  std::string out;
  char buf[512];
  ssize_t n;
  while ((n = ::read(fds[0], buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return out;
}

// "code: message" of the StoreError that f throws, or "no error".
template <class F>
std::string store_error(F f) {
  try {
    f();
  } catch (const StoreError& e) {
    return e.code() + ": " + e.what();
  } catch (const std::exception& e) {
    return std::string("other: ") + e.what();
  }
  return "no error";
}

TEST_CASE("sqlite: a read-only store gives a clear error and stays as it was", "[store][sqlite]") {
  test_store::TempDir dir;
  fs::path db = dir.path() / "history.db";
  trynext::store::open_store(db.string())->put_team("north", "North");
  raw_exec(db, "PRAGMA journal_mode = DELETE");  // a read-only folder cannot hold the WAL's files
  fs::permissions(db, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                  fs::perms::others_read | fs::perms::others_exec);
  std::string before = test_store::file_bytes(db);
  std::string said = in_child(
      [&] { return store_error([&] { trynext::store::open_store(db.string())->put_team("east", "East"); }); }, true);
  INFO(said);
  CHECK((said.rfind("read_only: ", 0) == 0 || said.rfind("unavailable: ", 0) == 0));
  CHECK_THAT(said, Catch::Contains(db.string()));
  CHECK(test_store::file_bytes(db) == before);
}

TEST_CASE("sqlite: a disk that refuses the write gives a clear error and loses nothing", "[store][sqlite]") {
  test_store::TempDir dir;
  fs::path db = dir.path() / "history.db";
  {
    auto s = trynext::store::open_store(db.string());
    s->put_team("north", "North");
    s->add_assessment(small_assessment("north", "before"));
  }
  // A file size limit stands in for a full disk: the write of a 4 MB result cannot fit.
  std::string said = in_child(
      [&] {
        ::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit{};
        limit.rlim_cur = limit.rlim_max = static_cast<rlim_t>(fs::file_size(db) + 64 * 1024);
        ::setrlimit(RLIMIT_FSIZE, &limit);
        return store_error([&] {
          auto s = trynext::store::open_store(db.string());
          auto big = small_assessment("north", "too-big");
          big.result_json = "\"" + std::string(4u << 20, 'x') + "\"";
          s->add_assessment(big);
        });
      },
      false);
  INFO(said);
  CHECK((said.rfind("full: ", 0) == 0 || said.rfind("io_error: ", 0) == 0));
  CHECK_THAT(said, Catch::Contains("nothing was written"));
  CHECK(raw_query(db, "PRAGMA integrity_check") == "ok");
  auto after = trynext::store::open_store(db.string())->assessments("north");
  REQUIRE(after.size() == 1);
  CHECK(after[0].request_id == "before");
}

TEST_CASE("sqlite: a store made by the first schema opens and keeps its records", "[store][sqlite]") {
  test_store::TempDir dir;
  fs::path db = dir.path() / "history-v1.db";
  std::ifstream in(fs::path(TRYNEXT_STORE_FIXTURES) / "history-v1.sql");
  REQUIRE(in);
  std::string sql((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  raw_exec(db, sql);
  auto s = trynext::store::open_store(db.string());
  auto h = s->history("north");
  CHECK(h.team.name == "Northfield merged team");
  REQUIRE(h.assessments.size() == 1);
  CHECK(h.assessments[0].assessed_on == "2026-03-01");
  REQUIRE(h.actions.size() == 1);
  CHECK(h.actions[0].intervention == "restorative_supervision");
  REQUIRE(h.outcomes.size() == 1);
  CHECK(h.outcomes[0].outcome == "helped");
  CHECK(h.measures.size() == 2);
  // and it takes new writes in the current schema
  s->put_measure({"north", "2026-03", 0.05, std::nullopt, std::nullopt, ""});
  CHECK(s->history("north").measures.size() == 3);
  // migrated to the latest version: the decision log (2) and the surveys (3) are there, empty
  CHECK(raw_query(db, "SELECT value FROM store_meta WHERE key = 'schema_version'") ==
        std::to_string(trynext::store::schema_version()));
  CHECK(raw_query(db, "SELECT count(*) FROM decisions") == "0");
  CHECK(raw_query(db, "SELECT count(*) FROM survey_responses") == "0");
  CHECK(!s->find_decision("01JF0000000000000000000000"));
  trynext::store::Decision d{"01JF0000000000000000000001",
                             "2026-12-02T09:30:00.000Z",
                             "team_assess",
                             "north",
                             "sha256:00",
                             "0.1.0",
                             "fnv1a64:1",
                             "fnv1a64:2",
                             {{"caseload_review", "act_now"}},
                             "r1"};
  s->record_decision(d);
  s.reset();
  auto again = trynext::store::open_store(db.string());
  auto found = again->find_decision(d.id);
  REQUIRE(found);
  CHECK(found->team_id == "north");
  CHECK(again->history("north").assessments.size() == 1);
}

TEST_CASE("sqlite: two processes writing at once lose nothing and corrupt nothing", "[store][sqlite]") {
  test_store::TempDir dir;
  fs::path db = dir.path() / "history.db";
  trynext::store::open_store(db.string())->put_team("north", "North");
  const int writers = 3, each = 60;
  std::vector<pid_t> children;
  for (int w = 0; w < writers; ++w) {
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      int status = 0;
      try {
        auto s = trynext::store::open_store(db.string());
        for (int i = 0; i < each; ++i) {
          s->add_assessment(small_assessment("north", "w" + std::to_string(w) + "-" + std::to_string(i)));
          s->put_measure({"north", "20" + std::to_string(10 + w) + "-" + (i % 12 < 9 ? "0" : "") +
                                       std::to_string(i % 12 + 1),
                          0.01 * (i % 50), std::nullopt, std::nullopt, ""});
        }
      } catch (...) {
        status = 1;
      }
      ::_exit(status);
    }
    children.push_back(pid);
  }
  for (pid_t pid : children) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
  auto h = trynext::store::open_store(db.string())->history("north");
  CHECK(h.assessments.size() == static_cast<std::size_t>(writers * each));
  CHECK(h.measures.size() == static_cast<std::size_t>(writers * 12));
  CHECK(raw_query(db, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("sqlite: a writer killed with SIGKILL loses at most the write in flight", "[store][sqlite]") {
  test_store::TempDir dir;
  fs::path db = dir.path() / "history.db";
  trynext::store::open_store(db.string())->put_team("north", "North");
  std::size_t acknowledged_total = 0;
  for (int round = 0; round < 12; ++round) {
    int pipe_fds[2];
    REQUIRE(::pipe(pipe_fds) == 0);
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      ::close(pipe_fds[0]);
      try {  // a child must never return into the test runner
        auto s = trynext::store::open_store(db.string());
        for (int i = 0;; ++i) {
          s->add_assessment(small_assessment("north", "k" + std::to_string(round) + "-" + std::to_string(i)));
          char ack = 'w';
          if (::write(pipe_fds[1], &ack, 1) != 1) ::_exit(1);
        }
      } catch (...) {
        ::_exit(3);
      }
    }
    ::close(pipe_fds[1]);
    std::this_thread::sleep_for(std::chrono::milliseconds(20 + 15 * round));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    char buf[4096];
    ssize_t n;
    while ((n = ::read(pipe_fds[0], buf, sizeof buf)) > 0) acknowledged_total += static_cast<std::size_t>(n);
    ::close(pipe_fds[0]);

    REQUIRE(raw_query(db, "PRAGMA integrity_check") == "ok");
    std::size_t stored = trynext::store::open_store(db.string())->assessments("north").size();
    INFO("round " << round << ": " << acknowledged_total << " acknowledged, " << stored << " stored");
    // Every acknowledged write is there; at most one more per killed writer (committed, not yet acknowledged).
    CHECK(stored >= acknowledged_total);
    CHECK(stored <= acknowledged_total + static_cast<std::size_t>(round + 1));
    acknowledged_total = stored;
  }
  CHECK(acknowledged_total > 12);  // the writers did write before they were killed
}

TEST_CASE("sqlite: a survey response is kept with nothing that ties it to its code or its time", "[store][sqlite]") {
  test_store::TempDir dir;
  fs::path db = dir.path() / "history.db";
  auto s = trynext::store::open_store(db.string());
  s->put_team("north", "North");
  trynext::store::Survey given;
  given.team_id = "north";
  given.settings_json = R"({"min_n":5})";
  given.access = "codes";
  auto survey = s->create_survey(given, nullptr);
  auto codes = s->issue_codes(survey.id, 2);
  s->submit_response(survey.id, codes[0], "", R"({"support.a":"met"})");
  // The response's columns are these and no more: no code, no key, no time of day.
  CHECK(raw_query(db, "SELECT group_concat(name, ',') FROM pragma_table_info('survey_responses')") ==
        "survey_id,seq,group_value,answers_json,received_on");
  CHECK(raw_query(db, "SELECT length(received_on) FROM survey_responses") == "10");
  // The codes table holds hashes only, and whether each was used, never when or for which response.
  CHECK(raw_query(db, "SELECT group_concat(name, ',') FROM pragma_table_info('survey_codes')") ==
        "code_hash,survey_id,used");
  CHECK(raw_query(db, "SELECT count(*) FROM survey_codes WHERE code_hash LIKE 'sha256:%'") == "2");
  CHECK(raw_query(db, "SELECT count(*) FROM survey_codes WHERE code_hash LIKE '%" + codes[0] + "%'") == "0");
}
