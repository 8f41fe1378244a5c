#include "test_support.h"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

namespace test {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void skip(const std::string& reason) { std::cout << kSkipMarker << reason << std::endl; }

std::string catalogue_db() { return TRYNEXT_TEST_CATALOGUE; }
fs::path rules_dir() { return fs::path(TRYNEXT_SOURCE_DIR) / "rules"; }
fs::path source_dir() { return TRYNEXT_SOURCE_DIR; }
fs::path seeds_dir() {
  const char* env = std::getenv("TRYNEXT_SEEDS_DIR");
  return env && *env ? fs::path(env) : fs::path(TRYNEXT_SEEDS_DIR);
}

TempDir::TempDir(const std::map<std::string, std::string>& files) {
  std::random_device seed;
  path_ = fs::temp_directory_path() / ("trynext-test-" + std::to_string(seed()) + std::to_string(seed()));
  fs::create_directories(path_);
  for (const auto& [name, text] : files) write(name, text);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

void TempDir::write(const std::string& name, const std::string& text) const {
  fs::create_directories((path_ / name).parent_path());
  std::ofstream(path_ / name, std::ios::binary) << text;
}

std::shared_ptr<const trynext::Engine> engine_with_rules(const TempDir& dir, trynext::Limits limits) {
  trynext::LoadOptions options;
  options.rules_dir = dir.path();
  options.catalogue_db = catalogue_db();
  options.limits = limits;
  return trynext::Engine::load(options);
}

std::shared_ptr<const trynext::Engine> default_engine() {
  static auto engine = [] {
    trynext::LoadOptions options;
    options.rules_dir = rules_dir();
    options.catalogue_db = catalogue_db();
    return trynext::Engine::load(options);
  }();
  return engine;
}

std::string assessment(const nlohmann::json& team, const nlohmann::json& answers) {
  nlohmann::json doc = {{"team", {{"name", "Test team"}, {"headcount", 10}}}, {"answers", answers}};
  for (auto it = team.begin(); it != team.end(); ++it) doc["team"][it.key()] = it.value();
  return doc.dump();
}

std::vector<trynext::Warning> other_warnings(const trynext::Result& result) {
  std::vector<trynext::Warning> out;
  for (const auto& w : result.warnings)
    if (w.kind != "few_answers") out.push_back(w);
  return out;
}

std::string rule_file(const std::string& id, const std::string& body) {
  return "rule {\n"
         "  id = \"" +
         id +
         "\",\n"
         "  title = \"Test rule " +
         id +
         "\",\n"
         "  sources = { { file = \"000_d1d09049e0b9ad2c.txt\", section = \"test\", lines = { 1, 2 } } },\n"
         "  recommends = { \"peer_support\" },\n"
         "  evaluate = function(a)\n" +
         body +
         "\n"
         "    recommend { id = \"peer_support\", weight = 1, because = \"test\" }\n"
         "  end,\n"
         "}\n";
}

std::vector<std::string> ids(const std::vector<trynext::Recommendation>& list) {
  std::vector<std::string> out;
  for (const auto& r : list) out.push_back(r.id);
  return out;
}

}  // namespace test
