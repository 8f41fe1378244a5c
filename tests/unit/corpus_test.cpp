// The corpus generator (trynext/corpus.h): valid, reproducible, varied assessments whose team fields
// come from the instrument, so that a field added to it appears and one removed does not.
#include <set>

#include <catch2/catch.hpp>

#include "test_support.h"
#include "trynext/corpus.h"

TEST_CASE("every synthetic assessment is valid against the instrument, without warnings", "[corpus]") {
  auto engine = test::default_engine();
  trynext::CorpusGenerator generator(engine->catalogue());
  for (int n = 1; n <= 200; ++n) {
    nlohmann::json a = generator.assessment(42, n);
    trynext::Validation v = engine->validate(a.dump());
    INFO(a.dump());
    REQUIRE(v.problems.empty());
    REQUIRE(v.warnings.empty());
    CHECK(a["team"]["name"] == "Synthetic team " + std::to_string(n));
  }
}

TEST_CASE("a corpus is reproducible from its seed and varied within it", "[corpus]") {
  const auto& catalogue = test::default_engine()->catalogue();
  trynext::CorpusGenerator generator(catalogue);
  CHECK(generator.assessment(42, 7) == trynext::CorpusGenerator(catalogue).assessment(42, 7));
  CHECK(generator.assessment(42, 7) != generator.assessment(43, 7));
  std::set<std::string> teams;
  std::map<std::string, int> present;  // field -> in how many teams
  for (int n = 1; n <= 100; ++n) {
    nlohmann::json team = generator.assessment(1, n)["team"];
    for (auto it = team.begin(); it != team.end(); ++it) ++present[it.key()];
    team.erase("name");
    teams.insert(team.dump());
  }
  CHECK(teams.size() == 100);
  // Every field of the instrument appears somewhere, and optional ones are sometimes left out.
  for (const auto& f : catalogue.fields) {
    INFO(f.name);
    CHECK(present[f.name] > 0);
  }
  CHECK(present["headcount"] == 100);  // required by the schema
  CHECK(present["caseload_per_practitioner"] < 100);
}

TEST_CASE("the corpus follows the instrument's fields, not a list of names", "[corpus]") {
  trynext::Catalogue catalogue = test::default_engine()->catalogue();
  trynext::Field added;
  added.name = "rota_gaps_per_month";
  added.type = "integer";
  added.minimum = 5;
  added.maximum = 9;
  added.help = "h";
  catalogue.fields.push_back(added);
  std::erase_if(catalogue.fields, [](const trynext::Field& f) { return f.name == "vacancy_rate"; });
  catalogue.index();
  trynext::CorpusGenerator generator(catalogue);
  int seen = 0;
  for (int n = 1; n <= 50; ++n) {
    nlohmann::json team = generator.assessment(42, n)["team"];
    CHECK_FALSE(team.contains("vacancy_rate"));
    if (!team.contains(added.name)) continue;
    ++seen;
    REQUIRE(team[added.name].is_number_integer());
    CHECK(team[added.name].get<int>() >= 5);
    CHECK(team[added.name].get<int>() <= 9);
  }
  CHECK(seen > 25);
}

TEST_CASE("write_corpus writes numbered files of the generator's assessments", "[corpus]") {
  const auto& catalogue = test::default_engine()->catalogue();
  test::TempDir dir;
  trynext::write_corpus(catalogue, 9, 12, dir.path() / "corpus");
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir.path() / "corpus")) {
    (void)e;
    ++files;
  }
  CHECK(files == 12);
  CHECK(test::read_file(dir.path() / "corpus" / "team-00012.json") ==
        trynext::CorpusGenerator(catalogue).assessment(9, 12).dump(1) + "\n");
  CHECK_THROWS_AS(trynext::write_corpus(catalogue, 9, 1, dir.path() / "corpus" / "team-00001.json" / "x"),
                  trynext::Error);
}
