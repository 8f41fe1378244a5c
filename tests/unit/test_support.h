// Shared by the tests: the bundled catalogue and rules, throwaway rule directories, and small
// assessments built in code.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "trynext/engine.h"

namespace test {

std::string catalogue_db();         // the catalogue the build made
std::filesystem::path rules_dir();  // the default rule set
std::filesystem::path source_dir();
// The source documents (shared/seeds beside the checkout), or $TRYNEXT_SEEDS_DIR when set.
std::filesystem::path seeds_dir();

// Marks the running test as skipped for CTest (tests/CMakeLists.txt turns a line starting with
// kSkipMarker into CTest's skip status) and says why. The test then returns without asserting.
constexpr const char* kSkipMarker = "trynext test skipped: ";
void skip(const std::string& reason);

// The whole file, as bytes.
std::string read_file(const std::filesystem::path& path);

// A temporary directory holding the given files; removed when destroyed.
class TempDir {
 public:
  TempDir() : TempDir(std::map<std::string, std::string>{}) {}
  TempDir(std::initializer_list<std::pair<const std::string, std::string>> files)
      : TempDir(std::map<std::string, std::string>(files)) {}
  explicit TempDir(const std::map<std::string, std::string>& files);
  TempDir(const TempDir&) = delete;
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  void write(const std::string& name, const std::string& text) const;

 private:
  std::filesystem::path path_;
};

// An engine over a throwaway rules directory with these files and the bundled catalogue.
std::shared_ptr<const trynext::Engine> engine_with_rules(const TempDir& dir, trynext::Limits limits = {});

// The default engine (loaded once).
std::shared_ptr<const trynext::Engine> default_engine();

// A minimal valid assessment: a team of 10 with the given team fields and answers merged in.
std::string assessment(const nlohmann::json& team = nlohmann::json::object(),
                       const nlohmann::json& answers = nlohmann::json::object());

// A rule file with one rule that runs body inside evaluate, recommending peer_support if it returns.
std::string rule_file(const std::string& id, const std::string& body);

// Result::warnings without the few_answers warning: most tests answer few of the benchmark's
// indicators on purpose, and look at the warnings of rules and fields.
std::vector<trynext::Warning> other_warnings(const trynext::Result& result);

// Ids of result.recommendations, in order.
std::vector<std::string> ids(const std::vector<trynext::Recommendation>& list);

}  // namespace test
