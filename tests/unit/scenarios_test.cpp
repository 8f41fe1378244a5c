// Scenario files (tests/scenarios/*.json): situations from the sources, each with the exact
// recommendations the default rules must give.
#include <algorithm>
#include <fstream>
#include <set>

#include <catch2/catch.hpp>

#include "test_support.h"

namespace {

using nlohmann::json;

std::vector<std::filesystem::path> scenario_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(test::source_dir() / "tests" / "scenarios"))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

int priority_rank(const std::string& p) { return p == "high" ? 3 : p == "medium" ? 2 : 1; }

}  // namespace

TEST_CASE("scenarios give exactly the recommendations expected", "[scenarios]") {
  auto files = scenario_files();
  REQUIRE(files.size() >= 16);
  for (const auto& file : files) {
    DYNAMIC_SECTION(file.filename().string()) {
      std::ifstream in(file);
      json scenario = json::parse(in);
      REQUIRE(scenario.contains("input"));
      REQUIRE(scenario.contains("expect"));
      const json& expect = scenario["expect"];
      trynext::Result r = test::default_engine()->recommend(scenario["input"].dump());
      std::vector<std::string> got = test::ids(r.recommendations);
      INFO("recommended: " << json(got).dump());
      CHECK(test::other_warnings(r).empty());  // few_answers aside: the vignettes state few answers
      if (expect.contains("top")) CHECK(got == expect["top"].get<std::vector<std::string>>());
      if (expect.contains("top_set")) {
        auto want = expect["top_set"].get<std::vector<std::string>>();
        CHECK(std::set<std::string>(got.begin(), got.end()) == std::set<std::string>(want.begin(), want.end()));
        CHECK(got.size() == want.size());
      }
      if (expect.contains("includes"))
        for (const auto& id : expect["includes"])
          CHECK(std::find(got.begin(), got.end(), id.get<std::string>()) != got.end());
      if (expect.contains("excludes"))
        for (const auto& id : expect["excludes"])
          CHECK(std::find(got.begin(), got.end(), id.get<std::string>()) == got.end());
      if (expect.contains("max_priority"))
        for (const auto& rec : r.recommendations)
          CHECK(priority_rank(rec.priority) <= priority_rank(expect["max_priority"]));
      // Every recommendation names its rule, the team's inputs and at least one graded source.
      for (const auto& rec : r.recommendations) {
        INFO(rec.id);
        REQUIRE_FALSE(rec.rationale.empty());
        CHECK_FALSE(rec.rationale[0].rule.empty());
        CHECK_FALSE(rec.evidence.empty());
        CHECK_FALSE(rec.evidence[0].grade.empty());
      }
    }
  }
}
