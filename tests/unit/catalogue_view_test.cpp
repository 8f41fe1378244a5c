// The catalogue's views for a terminal and its list as JSON (trynext/catalogue_view.h).
#include <sstream>

#include <catch2/catch.hpp>

#include "test_support.h"
#include "trynext/catalogue_view.h"

using Catch::Matchers::Contains;

TEST_CASE("the intervention list has a line per intervention, filtered by level", "[catalogue][view]") {
  const auto& c = test::default_engine()->catalogue();
  auto lines = [](const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  };
  auto all = lines(trynext::interventions_text(c));
  REQUIRE(all.size() == c.interventions.size());
  CHECK(all[0].rfind(c.interventions[0].id + " ", 0) == 0);
  CHECK_THAT(all[0], Contains(c.interventions[0].effort + " effort   " + c.interventions[0].title));
  std::size_t team_level = 0;
  for (const auto& i : c.interventions) team_level += i.level == "team";
  auto team = lines(trynext::interventions_text(c, "team"));
  CHECK(team.size() == team_level);
  CHECK(team.size() < all.size());
  for (const auto& line : team) CHECK(line.substr(36, 14) == "team          ");
  nlohmann::json j = trynext::interventions_json(c, "team");
  REQUIRE(j.size() == team_level);
  for (const auto& i : j) CHECK(i["level"] == "team");
}

TEST_CASE("one intervention is shown with its evidence", "[catalogue][view]") {
  const auto* i = test::default_engine()->catalogue().find("restorative_supervision");
  REQUIRE(i);
  std::string text = trynext::intervention_text(*i);
  CHECK(text.rfind(i->title + " (restorative_supervision)\n" + i->level + " level, ", 0) == 0);
  CHECK_THAT(text, Contains("\nEvidence:\n  - " + i->evidence.at(0).claim + "\n    " + i->evidence.at(0).citation));
}
