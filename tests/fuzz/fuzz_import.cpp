// Fuzz target: what `trynext import` reads (issue 22). Arbitrary bytes as an exported team history:
// parsed as JSON, read by history_from_json, and, when accepted, imported into a fresh SQLite store
// and read back. Findings, besides crashes and sanitizer reports: an exception other than StoreError,
// a refusal without a message, an accepted history that does not survive its own export (written
// and read again, it must give the same JSON), and an imported team the store cannot give back whole.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "trynext/store.h"
#include "trynext/store_json.h"

namespace {

std::string store_path() {
  static const std::string dir = [] {
    std::string base =
        std::filesystem::exists("/dev/shm") ? "/dev/shm" : std::filesystem::temp_directory_path().string();
    std::string d = base + "/trynext-fuzz-import-" + std::to_string(getpid());
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir + "/history.db";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using trynext::store::StoreError;
  nlohmann::json doc = nlohmann::json::parse(data, data + size, nullptr, false);
  if (doc.is_discarded()) return 0;
  trynext::store::TeamHistory history;
  try {
    history = trynext::store::history_from_json(doc);
  } catch (const StoreError& e) {
    if (std::string(e.what()).empty()) std::abort();
    return 0;
  }
  nlohmann::json exported = trynext::store::history_to_json(history);
  nlohmann::json again;
  try {
    again = trynext::store::history_to_json(trynext::store::history_from_json(exported));
  } catch (const StoreError&) {
    std::abort();  // its own export refused
  }
  if (again != exported) std::abort();

  std::string path = store_path();
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
  auto store = trynext::store::open_store(path);
  try {
    store->import_history(history);
  } catch (const StoreError& e) {
    if (std::string(e.what()).empty()) std::abort();
    return 0;  // e.g. an id the store refuses
  }
  trynext::store::TeamHistory back = store->history(history.team.id);
  // Measures are one per month (a second for the same month replaces the first): at most as many.
  if (back.team.id != history.team.id || back.assessments.size() != history.assessments.size() ||
      back.actions.size() != history.actions.size() || back.outcomes.size() != history.outcomes.size() ||
      back.measures.size() > history.measures.size())
    std::abort();
  return 0;
}
