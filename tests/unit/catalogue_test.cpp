// The catalogue: its build refuses bad sources with file and line, is reproducible, holds the public
// ids, and every citation can be found where its provenance says.
#include <algorithm>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "catalogue/catalogue_build.h"
#include "test_support.h"
#include "trynext/json.h"

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

// Checks one cited range: the file exists, the lines exist, and the phrase stands in them.
void check_range(const std::filesystem::path& seeds, const std::string& who, const trynext::SourceRef& s,
                 const std::string& phrase, std::vector<std::string>& problems) {
  std::string at = who + " at " + s.file + " lines " + std::to_string(s.line_start) + "-" + std::to_string(s.line_end);
  std::filesystem::path file = seeds / s.file;
  if (!std::filesystem::is_regular_file(file)) {
    problems.push_back(at + ": no such source file");
    return;
  }
  int lines_in_file = 0;
  std::string text = folded(read_lines(file, s.line_start, s.line_end, lines_in_file));
  if (s.line_start < 1 || s.line_end > lines_in_file)
    problems.push_back(at + ": the file has " + std::to_string(lines_in_file) + " lines");
  else if (text.find(folded(phrase)) == std::string::npos)
    problems.push_back(at + ": \"" + phrase + "\" is not in those lines");
}

// Every evidence item's first_author (or key_phrase), and every sustain's key_phrase, found in the
// lines its provenance gives (the fidelity check). Returns one line per problem.
std::vector<std::string> source_problems(const trynext::Catalogue& c, const std::filesystem::path& seeds) {
  std::vector<std::string> problems;
  for (const auto& i : c.interventions) {
    int n = 0;
    for (const auto& e : i.evidence)
      check_range(seeds, i.id + " evidence " + std::to_string(++n) + " (" + e.citation + ")", e.source,
                  e.first_author.empty() ? e.key_phrase : e.first_author, problems);
    if (!i.sustain.empty()) {
      if (i.sustain_key_phrase.empty())
        problems.push_back(i.id + " sustain: no key_phrase to check its source by");
      else
        check_range(seeds, i.id + " sustain", i.sustain_source, i.sustain_key_phrase, problems);
    }
  }
  return problems;
}

const char* const kSustained =
    "intervention {\n"
    "  id = 'peer_support', title = 'Peer support', summary = 'Colleagues support each other.',\n"
    "  level = 'team', effort = 'low',\n"
    "  sustain = 'Keep it when work is reorganised.',\n"
    "  sustain_source = { file = 'y.txt', section = 'Peer support', lines = { 7, 9 }, key_phrase = 'reorganised' },\n"
    "  evidence = {\n"
    "    evidence { claim = 'c', citation = 'Smith (2000)', first_author = 'Smith', grade = 'survey',\n"
    "               source = { file = 'x.txt', section = 's', lines = { 1, 2 } } },\n"
    "    evidence { claim = 'd', citation = 'Jones (2001)', first_author = 'Jones', grade = 'controlled_study',\n"
    "               about = 'child outcomes', source = { file = 'x.txt', section = 's', lines = { 3, 4 } } },\n"
    "  },\n"
    "}\n";

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
  SECTION("sustain without its source") {
    auto d = build_failure(replaced(kSustained,
                                    "  sustain_source = { file = 'y.txt', section = 'Peer support', lines = { 7, 9 }, "
                                    "key_phrase = 'reorganised' },\n",
                                    ""));
    REQUIRE(d.size() == 1);
    CHECK(d[0].line == 1);
    CHECK(d[0].message.find("intervention \"peer_support\": sustain_source is required with sustain") == 0);
  }
  SECTION("sustain_source without the key_phrase its lines are checked by") {
    auto d = build_failure(replaced(kSustained, ", key_phrase = 'reorganised'", ""));
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "intervention \"peer_support\" sustain_source: key_phrase is required");
  }
  SECTION("sustain_source with bad lines") {
    auto d = build_failure(replaced(kSustained, "lines = { 7, 9 }", "lines = { 9, 7 }"));
    REQUIRE(d.size() == 1);
    CHECK(d[0].message.find("intervention \"peer_support\" sustain_source: lines must be") == 0);
  }
  SECTION("sustain_source without sustain") {
    auto d = build_failure(replaced(kSustained, "  sustain = 'Keep it when work is reorganised.',\n", ""));
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "intervention \"peer_support\": sustain_source is given without sustain");
  }
  SECTION("about that is not text") {
    auto d = build_failure(replaced(kSustained, "about = 'child outcomes'", "about = true"));
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "intervention \"peer_support\" evidence 2: about must be text");
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
    CHECK(again.interventions[i].sustain == a.interventions[i].sustain);
    CHECK(again.interventions[i].sustain_key_phrase == a.interventions[i].sustain_key_phrase);
    CHECK(again.interventions[i].sustain_source.line_start == a.interventions[i].sustain_source.line_start);
    for (std::size_t k = 0; k < a.interventions[i].evidence.size() && k < again.interventions[i].evidence.size(); ++k)
      CHECK(again.interventions[i].evidence[k].about == a.interventions[i].evidence[k].about);
  }
}

TEST_CASE("about and sustain round-trip through the database and the JSON", "[catalogue]") {
  test::TempDir dir(
      {{"interventions/a.lua", kSustained}, {"instrument/factors.lua", kFactor}, {"instrument/team.lua", kField}});
  trynext::Catalogue c = trynext::read_catalogue_sources(dir.path());
  REQUIRE(c.interventions.size() == 1);
  trynext::write_catalogue_database(c, dir.path() / "c.db");
  trynext::Catalogue back = trynext::Catalogue::open((dir.path() / "c.db").string());
  REQUIRE(back.interventions.size() == 1);
  const trynext::Intervention& i = back.interventions[0];
  CHECK(back.digest == c.digest);
  CHECK(i.sustain == "Keep it when work is reorganised.");
  CHECK(i.sustain_source.file == "y.txt");
  CHECK(i.sustain_source.section == "Peer support");
  CHECK(i.sustain_source.line_start == 7);
  CHECK(i.sustain_source.line_end == 9);
  CHECK(i.sustain_key_phrase == "reorganised");
  REQUIRE(i.evidence.size() == 2);
  CHECK(i.evidence[0].about.empty());
  CHECK(i.evidence[1].about == "child outcomes");

  nlohmann::json j = trynext::intervention_json(i);
  CHECK(j["sustain"] ==
        nlohmann::json{{"text", "Keep it when work is reorganised."},
                       {"source", {{"file", "y.txt"}, {"section", "Peer support"}, {"lines", {7, 9}}}}});
  CHECK_FALSE(j["evidence"][0].contains("about"));  // optional keys are left out when empty
  CHECK(j["evidence"][1]["about"] == "child outcomes");
  nlohmann::json whole = trynext::catalogue_json(back);
  CHECK(whole["interventions"][0]["sustain"]["text"] == "Keep it when work is reorganised.");

  // Without them, the keys are absent (as on_request_only is), and the digest tells the two apart.
  test::TempDir plain(
      {{"interventions/a.lua", kIntervention}, {"instrument/factors.lua", kFactor}, {"instrument/team.lua", kField}});
  trynext::Catalogue p = trynext::read_catalogue_sources(plain.path());
  nlohmann::json pj = trynext::intervention_json(p.interventions[0]);
  CHECK_FALSE(pj.contains("sustain"));
  CHECK_FALSE(pj["evidence"][0].contains("about"));
  test::TempDir other({{"interventions/a.lua", replaced(kSustained, "child outcomes", "nursing students")},
                       {"instrument/factors.lua", kFactor},
                       {"instrument/team.lua", kField}});
  CHECK(trynext::read_catalogue_sources(other.path()).digest != c.digest);
}

TEST_CASE("the bundled catalogue marks evidence about something else and says how to keep things going",
          "[catalogue]") {
  trynext::Catalogue c = trynext::Catalogue::open(test::catalogue_db());
  const trynext::Intervention* fpm = c.find("family_partnership_model");
  REQUIRE(fpm);
  bool child_outcomes = false;
  for (const auto& e : fpm->evidence)
    if (e.grade == "controlled_study") child_outcomes = e.about == "child and family outcomes";
  CHECK(child_outcomes);  // the trial is of children's and families' outcomes, not of staff support
  const trynext::Intervention* rs = c.find("restorative_supervision");
  REQUIRE(rs);
  CHECK(rs->sustain.find("organisational commitment") != std::string::npos);
  int with_about = 0, with_sustain = 0;
  for (const auto& i : c.interventions) {
    with_sustain += !i.sustain.empty();
    INFO(i.id);
    CHECK(i.sustain.empty() == i.sustain_source.file.empty());
    for (const auto& e : i.evidence) with_about += !e.about.empty();
  }
  CHECK(with_about >= 1);
  CHECK(with_sustain >= 1);
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
  for (const auto& i : c.interventions) checked += static_cast<int>(i.evidence.size()) + !i.sustain.empty();
  for (const auto& problem : source_problems(c, seeds)) FAIL_CHECK(problem);
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

TEST_CASE("a sustain whose source lines are wrong fails the source check", "[catalogue][fidelity]") {
  std::filesystem::path seeds = test::seeds_dir();
  if (!std::filesystem::is_directory(seeds)) {
    test::skip("the source documents are not at " + seeds.string() + ", so sources cannot be checked");
    return;
  }
  trynext::Catalogue c = trynext::Catalogue::open(test::catalogue_db());
  const trynext::Intervention* found = c.find("restorative_supervision");
  REQUIRE(found);
  REQUIRE_FALSE(found->sustain.empty());
  trynext::Catalogue one;
  one.interventions.push_back(*found);
  REQUIRE(source_problems(one, seeds).empty());  // as built, the phrase stands in its lines

  trynext::Intervention& i = one.interventions[0];
  SECTION("lines moved off the phrase") {
    i.sustain_source.line_start += 40;
    i.sustain_source.line_end += 40;
    auto problems = source_problems(one, seeds);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("restorative_supervision sustain at ") == 0);
    CHECK(problems[0].find("is not in those lines") != std::string::npos);
  }
  SECTION("lines past the end of the file") {
    i.sustain_source.line_start = 100000;
    i.sustain_source.line_end = 100001;
    auto problems = source_problems(one, seeds);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("lines") != std::string::npos);
  }
  SECTION("the wrong file") {
    i.sustain_source.file = "002_fe2525b383c767a8.txt";
    CHECK(source_problems(one, seeds).size() == 1);
  }
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

TEST_CASE("documents.lua names the sources, round-trips, and a source it does not list is refused", "[catalogue]") {
  const std::string documents =
      "document { file = 'x.txt', title = 'A Guide', short = 'the guide', publisher = 'A Body', year = '2015' }\n";
  test::TempDir dir({{"interventions/a.lua", kIntervention},
                     {"instrument/factors.lua", kFactor},
                     {"instrument/team.lua", kField},
                     {"documents.lua", documents}});
  trynext::Catalogue c = trynext::read_catalogue_sources(dir.path());
  REQUIRE(c.documents.size() == 1);
  CHECK(c.find_document("x.txt")->title == "A Guide");
  CHECK(c.find_document("y.txt") == nullptr);
  trynext::write_catalogue_database(c, dir.path() / "c.db");
  trynext::Catalogue back = trynext::Catalogue::open((dir.path() / "c.db").string());
  REQUIRE(back.documents.size() == 1);
  CHECK(back.find_document("x.txt")->short_name == "the guide");
  CHECK(back.find_document("x.txt")->year == "2015");
  CHECK(back.digest == c.digest);

  // The same catalogue without documents.lua builds (file names only) with another digest.
  test::TempDir plain(
      {{"interventions/a.lua", kIntervention}, {"instrument/factors.lua", kFactor}, {"instrument/team.lua", kField}});
  CHECK(trynext::read_catalogue_sources(plain.path()).digest != c.digest);

  // A cited file that documents.lua does not list: refused with the file, the line and a suggestion.
  test::TempDir other({{"interventions/a.lua", replaced(kIntervention, "'x.txt'", "'x.text'")},
                       {"instrument/factors.lua", kFactor},
                       {"instrument/team.lua", kField},
                       {"documents.lua", documents}});
  try {
    trynext::read_catalogue_sources(other.path());
    FAIL("a source not in documents.lua was accepted");
  } catch (const trynext::LoadError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].file.find("interventions/a.lua") != std::string::npos);
    CHECK(e.diagnostics()[0].line == 5);
    const std::string& m = e.diagnostics()[0].message;
    CHECK(m.find("source file \"x.text\" is not a document of documents.lua") != std::string::npos);
    CHECK(m.find("x.txt") != std::string::npos);
  }
}
