// The catalogue: its build refuses bad sources with file and line, is reproducible, holds the public
// ids, and every citation can be found where its provenance says.
#include <algorithm>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "catalogue/catalogue_build.h"
#include "test_support.h"

namespace {

const char* const kIntervention =
    "intervention {\n"
    "  id = 'peer_support', title = 'Peer support', summary = 'Colleagues support each other.',\n"
    "  level = 'team', effort = 'low',\n"
    "  evidence = {\n"
    "    evidence { claim = 'c', citation = 'Smith (2000)', first_author = 'Smith', grade = 'survey',\n"
    "               source = { file = 'x.txt', section = 's', lines = { 1, 2 } } },\n"
    "  },\n"
    "}\n";
const char* const kFactor =
    "factor { id = 'support', title = 'Support', poor_practice = 'p', best_practice = 'b',\n"
    "  source = { file = 'x.txt', section = 's', lines = { 1, 9 } },\n"
    "  indicators = { indicator { id = 'support.a', text = 't', lines = { 2, 2 } } } }\n";
const char* const kField = "field { name = 'headcount', type = 'integer', minimum = 1, help = 'h' }\n";

std::vector<trynext::Diagnostic> build_failure(const std::string& interventions) {
  test::TempDir dir(
      {{"interventions/a.lua", interventions}, {"instrument/factors.lua", kFactor}, {"instrument/team.lua", kField}});
  try {
    trynext::read_catalogue_sources(dir.path());
  } catch (const trynext::LoadError& e) { return e.diagnostics(); }
  FAIL("the catalogue built");
  return {};
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

std::string read_lines(const std::filesystem::path& file, int first, int last, int& lines_in_file) {
  std::ifstream in(file);
  std::string line, out;
  lines_in_file = 0;
  while (std::getline(in, line)) {
    ++lines_in_file;
    if (lines_in_file >= first && lines_in_file <= last) out += line + " ";
  }
  return out;
}

// Lower case with every run of white space folded to one space, as the fidelity check compares.
std::string folded(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("a valid minimal catalogue builds", "[catalogue]") {
  test::TempDir dir(
      {{"interventions/a.lua", kIntervention}, {"instrument/factors.lua", kFactor}, {"instrument/team.lua", kField}});
  trynext::Catalogue c = trynext::read_catalogue_sources(dir.path());
  CHECK(c.interventions.size() == 1);
  CHECK(c.indicators.size() == 1);
  CHECK(c.interventions[0].evidence[0].certainty == "low");
}

TEST_CASE("bad catalogue sources fail the build with file, line and reason", "[catalogue]") {
  SECTION("duplicate id") {
    auto d = build_failure(std::string(kIntervention) + "\n" + kIntervention);
    REQUIRE(d.size() == 1);
    CHECK((d[0].file == "catalogue-test/interventions/a.lua" ||
           d[0].file.find("interventions/a.lua") != std::string::npos));
    CHECK(d[0].line == 10);
    CHECK(d[0].message.find("duplicate intervention id \"peer_support\" (first defined at") == 0);
  }
  SECTION("evidence without provenance") {
    auto d = build_failure(
        replaced(kIntervention, "source = { file = 'x.txt', section = 's', lines = { 1, 2 } }", "section = 's'"));
    REQUIRE(d.size() == 1);
    CHECK(d[0].line == 5);
    CHECK(d[0].message.find("evidence without provenance") != std::string::npos);
  }
  SECTION("unknown grade") {
    auto d = build_failure(replaced(kIntervention, "grade = 'survey'", "grade = 'servey'"));
    REQUIRE(d.size() == 1);
    CHECK(d[0].line == 5);
    CHECK(d[0].message ==
          "intervention \"peer_support\" evidence 1: unknown grade \"servey\" (did you mean \"survey\"?); see "
          "docs/catalogue.md");
  }
  SECTION("a prerequisite naming a missing id") {
    auto d =
        build_failure(replaced(kIntervention, "effort = 'low',", "effort = 'low', prerequisites = { 'mentor_prep' },"));
    REQUIRE(d.size() == 1);
    CHECK(d[0].line == 1);
    CHECK(d[0].message == "intervention \"peer_support\": prerequisite \"mentor_prep\" is not in the catalogue");
  }
  SECTION("a syntax error") {
    auto d = build_failure("intervention {\n  id = 'x',\n  title = = 'y' }\n");
    REQUIRE(d.size() == 1);
    CHECK(d[0].line == 3);
    CHECK(d[0].code == "syntax_error");
  }
}

TEST_CASE("the build is reproducible and the database reads back the same catalogue", "[catalogue]") {
  std::filesystem::path sources = test::source_dir() / "catalogue";
  trynext::Catalogue a = trynext::read_catalogue_sources(sources);
  trynext::Catalogue b = trynext::read_catalogue_sources(sources);
  CHECK(a.digest == b.digest);
  trynext::Catalogue built = trynext::Catalogue::open(test::catalogue_db());
  CHECK(built.digest == a.digest);
  test::TempDir dir;
  trynext::write_catalogue_database(a, dir.path() / "again.db");
  trynext::Catalogue again = trynext::Catalogue::open((dir.path() / "again.db").string());
  CHECK(again.digest == a.digest);
  REQUIRE(again.interventions.size() == a.interventions.size());
  for (std::size_t i = 0; i < a.interventions.size(); ++i) {
    CHECK(again.interventions[i].id == a.interventions[i].id);
    CHECK(again.interventions[i].evidence.size() == a.interventions[i].evidence.size());
    CHECK(again.interventions[i].prerequisites == a.interventions[i].prerequisites);
  }
}

TEST_CASE("the public intervention ids and all 60 indicators are in the built catalogue", "[catalogue]") {
  trynext::Catalogue c = trynext::Catalogue::open(test::catalogue_db());
  for (const char* id : {"safeguarding_supervision",
                         "clinical_supervision",
                         "restorative_supervision",
                         "group_supervision",
                         "preceptorship",
                         "safeguarding_co_working",
                         "mentorship",
                         "mentor_preparation",
                         "coaching",
                         "courageous_conversations",
                         "solihull_approach",
                         "family_partnership_model",
                         "action_learning_sets",
                         "multisource_feedback",
                         "after_action_review",
                         "work_discussion_groups",
                         "schwartz_rounds",
                         "compassion_circles",
                         "peer_support",
                         "compassionate_resilience_training",
                         "mindfulness",
                         "communities_of_practice",
                         "structured_debrief",
                         "caseload_review",
                         "protected_reflection_time",
                         "team_meetings",
                         "team_building",
                         "staff_psychological_support",
                         "multi_professional_case_discussion",
                         "staff_involvement",
                         "development_plans",
                         "compassionate_leadership"}) {
    INFO(id);
    const trynext::Intervention* i = c.find(id);
    REQUIRE(i != nullptr);
    CHECK_FALSE(i->evidence.empty());
    CHECK_FALSE(i->summary.empty());
    CHECK_FALSE(i->cautions.empty());
  }
  CHECK(c.interventions.size() >= 32);
  CHECK(c.indicators.size() == 60);
  std::vector<std::string> factor_ids;
  for (const auto& f : c.factors) factor_ids.push_back(f.id);
  CHECK(factor_ids == std::vector<std::string>{"support", "training_and_development", "recruitment",
                                               "involvement_and_participation", "client_relationships",
                                               "health_and_wellbeing", "culture"});
  std::map<std::string, int> per_factor;
  for (const auto& i : c.indicators) ++per_factor[i.factor];
  CHECK(per_factor == std::map<std::string, int>{{"support", 11},
                                                 {"training_and_development", 9},
                                                 {"recruitment", 6},
                                                 {"involvement_and_participation", 7},
                                                 {"client_relationships", 9},
                                                 {"health_and_wellbeing", 9},
                                                 {"culture", 9}});
  CHECK(c.find_indicator("support.f") != nullptr);
}

TEST_CASE("every citation is found where its provenance says (fidelity)", "[catalogue][fidelity]") {
  std::filesystem::path seeds = test::seeds_dir();
  if (!std::filesystem::is_directory(seeds)) {
    test::skip("the source documents are not at " + seeds.string() + ", so fidelity cannot be checked");
    return;
  }
  trynext::Catalogue c = trynext::Catalogue::open(test::catalogue_db());
  int checked = 0;
  for (const auto& i : c.interventions) {
    for (const auto& e : i.evidence) {
      INFO(i.id << ": " << e.citation << " at " << e.source.file << " lines " << e.source.line_start << "-"
                << e.source.line_end);
      std::filesystem::path file = seeds / e.source.file;
      REQUIRE(std::filesystem::is_regular_file(file));
      int lines_in_file = 0;
      std::string text = folded(read_lines(file, e.source.line_start, e.source.line_end, lines_in_file));
      CHECK(e.source.line_end <= lines_in_file);
      std::string needle = folded(e.first_author.empty() ? e.key_phrase : e.first_author);
      CHECK(text.find(needle) != std::string::npos);
      ++checked;
    }
  }
  for (const auto& f : c.factors) {
    int lines_in_file = 0;
    read_lines(seeds / f.source.file, 1, 1, lines_in_file);
    for (const auto& id : f.indicators) {
      const trynext::Indicator* ind = c.find_indicator(id);
      INFO(id);
      CHECK(ind->line_start >= f.source.line_start);
      CHECK(ind->line_end <= f.source.line_end);
      std::string text = read_lines(seeds / f.source.file, ind->line_start, ind->line_end, lines_in_file);
      CHECK(text.find(std::string(1, id.back()) + ")") != std::string::npos);  // the indicator's letter, "f)"
    }
  }
  CHECK(checked > 100);
}

TEST_CASE("every default rule cites lines that exist in its source document", "[catalogue][fidelity]") {
  std::filesystem::path seeds = test::seeds_dir();
  if (!std::filesystem::is_directory(seeds)) {
    test::skip("the source documents are not at " + seeds.string() + ", so the rules' citations cannot be checked");
    return;
  }
  for (const auto& r : test::default_engine()->rules()) {
    for (const auto& s : r.sources) {
      INFO(r.id << " cites " << s.file << " lines " << s.line_start << "-" << s.line_end);
      REQUIRE(std::filesystem::is_regular_file(seeds / s.file));
      int lines_in_file = 0;
      read_lines(seeds / s.file, 1, 1, lines_in_file);
      CHECK(s.line_end <= lines_in_file);
    }
  }
}
