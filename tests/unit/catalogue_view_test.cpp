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

TEST_CASE("a person reads every source of the bundled catalogue by its title and year", "[catalogue][view]") {
  const trynext::Catalogue& c = test::default_engine()->catalogue();
  REQUIRE(c.documents.size() == 5);
  for (const auto& d : c.documents) {
    CHECK_FALSE(d.title.empty());
    CHECK_FALSE(d.short_name.empty());
  }
  for (const auto& i : c.interventions) {
    for (const auto& e : i.evidence) CHECK(c.find_document(e.source.file));
    if (!i.sustain.empty()) CHECK(c.find_document(i.sustain_source.file));
  }
  for (const auto& f : c.factors) CHECK(c.find_document(f.source.file));

  const auto* i = c.find("restorative_supervision");
  REQUIRE(i);
  const trynext::Document* d = c.find_document(i->evidence.at(0).source.file);
  REQUIRE(d);
  std::string text = trynext::intervention_text(c, *i);
  CHECK_THAT(text, Contains("\n    In " + d->title + " (" + d->publisher + ", "));
  CHECK_THAT(text, Contains(", lines " + std::to_string(i->evidence.at(0).source.line_start) + "-"));
  // The file name stays for the policy lead who checks the lines, but never stands alone.
  CHECK_THAT(text, Contains("(" + d->file + ")"));
  CHECK_THAT(trynext::intervention_text(*i), Contains("\n    In " + d->file + ", "));
}
