// What the store tests share: the backends to run the suite against, and a fresh, empty store of one
// of them that is removed afterwards.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "trynext/store.h"

namespace test_store {

// The backend this run of the suite tests: "postgresql" when $TRYNEXT_TEST_POSTGRES_DIR names the
// directory of a test server (tests/store/postgres_server.sh), else "sqlite".
std::vector<std::string> backends();

// True, after printing the skip marker and the reason, when the backend's server could not be had here
// (PostgreSQL not installable): the test then returns without asserting. Fails the test when the
// server should be there and is not.
bool unavailable(const std::string& backend);

// A temporary directory, removed with everything in it when destroyed.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// An empty store of the given backend.
class Fresh {
 public:
  explicit Fresh(const std::string& backend);
  ~Fresh();
  trynext::store::Store& store() { return *store_; }
  const std::filesystem::path& dir() const { return dir_.path(); }
  // Another connection to the same store, as a second process or service instance would have.
  std::unique_ptr<trynext::store::Store> open_again() const;

 private:
  TempDir dir_;
  std::string location_;
  std::string schema_;  // PostgreSQL: the schema made for this store, dropped afterwards
  std::unique_ptr<trynext::store::Store> store_;
};

// The bytes of a file, to check that a refused file was not changed.
std::string file_bytes(const std::filesystem::path& path);

}  // namespace test_store
