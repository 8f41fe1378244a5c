#include "store_test_support.h"

#include <fstream>
#include <random>
#include <sstream>

namespace test_store {

namespace fs = std::filesystem;

std::vector<std::string> backends() { return {"sqlite"}; }

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
  if (backend != "sqlite") throw std::runtime_error("unknown store backend in the tests: " + backend);
  store_ = trynext::store::open_store((dir_.path() / "history.db").string());
}

std::string file_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace test_store
