#include "store_test_support.h"

#ifdef TRYNEXT_HAVE_POSTGRESQL
#include <libpq-fe.h>
#endif

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

namespace test_store {

namespace fs = std::filesystem;

namespace {

std::string postgres_dir() {
  const char* d = std::getenv("TRYNEXT_TEST_POSTGRES_DIR");
  return d && *d ? d : "";
}

std::string first_line(const fs::path& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

#ifdef TRYNEXT_HAVE_POSTGRESQL
// Runs one statement on the test server (making and dropping a store's schema).
void postgres_exec(const std::string& url, const std::string& sql) {
  PGconn* c = PQconnectdb(url.c_str());
  if (PQstatus(c) != CONNECTION_OK) {
    std::string why = PQerrorMessage(c);
    PQfinish(c);
    throw std::runtime_error("cannot reach the PostgreSQL test server: " + why);
  }
  PGresult* r = PQexec(c, sql.c_str());
  bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  std::string why = PQresultErrorMessage(r);
  PQclear(r);
  PQfinish(c);
  if (!ok) throw std::runtime_error(sql + ": " + why);
}
#endif

}  // namespace

std::vector<std::string> backends() { return {postgres_dir().empty() ? "sqlite" : "postgresql"}; }

bool unavailable(const std::string& backend) {
  if (backend != "postgresql") return false;
  fs::path dir = postgres_dir();
  if (fs::exists(dir / "skipped")) {
    std::cout << "trynext test skipped: " << first_line(dir / "skipped") << std::endl;
    return true;
  }
#ifndef TRYNEXT_HAVE_POSTGRESQL
  std::cout << "trynext test skipped: this build has no PostgreSQL backend (libpq-dev was not installed)" << std::endl;
  return true;
#else
  if (!fs::exists(dir / "url")) throw std::runtime_error("the PostgreSQL test server in " + dir.string() + " did not start");
  return false;
#endif
}

TempDir::TempDir() {
  std::random_device seed;
  path_ = fs::temp_directory_path() / ("trynext-store-test-" + std::to_string(seed()) + std::to_string(seed()));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(path_, ec);
}

Fresh::Fresh(const std::string& backend) {
  if (backend == "sqlite") {
    location_ = (dir_.path() / "history.db").string();
    store_ = trynext::store::open_store(location_);
    return;
  }
#ifdef TRYNEXT_HAVE_POSTGRESQL
  if (backend == "postgresql") {
    // Each store gets a schema of its own in the test database, so tests do not see each other's teams.
    std::string url = first_line(fs::path(postgres_dir()) / "url");
    std::random_device seed;
    schema_ = "t" + std::to_string(seed()) + std::to_string(seed());
    postgres_exec(url, "CREATE SCHEMA " + schema_);
    location_ = url + "&options=-csearch_path%3D" + schema_;
    store_ = trynext::store::open_store(location_);
    return;
  }
#endif
  throw std::runtime_error("unknown store backend in the tests: " + backend);
}

std::unique_ptr<trynext::store::Store> Fresh::open_again() const { return trynext::store::open_store(location_); }

Fresh::~Fresh() {
  store_.reset();
#ifdef TRYNEXT_HAVE_POSTGRESQL
  if (!schema_.empty()) {
    try {
      postgres_exec(first_line(fs::path(postgres_dir()) / "url"), "DROP SCHEMA " + schema_ + " CASCADE");
    } catch (...) {
    }
  }
#endif
}

std::string file_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace test_store
