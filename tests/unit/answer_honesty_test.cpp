// What reaches a manager is honest (issue "an answer a manager can trust", docs/ranking.md): labels
// that mean something across a corpus of 1,000 teams, the sources' own caveats shown for every
// intervention that has them, and every pointer in the text leading to what it promises.
#include <catch2/catch.hpp>
#include <iostream>
#include <map>

#include "rank/plain_words.h"
#include "test_support.h"
#include "trynext/corpus.h"
#include "trynext/report.h"

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string unwrapped(std::string text) {
  for (auto& c : text) c = c == '\n' ? ' ' : c;
  std::string out;
  for (char c : text)
    if (!(c == ' ' && !out.empty() && out.back() == ' ')) out += c;
  return out;
}

// A rule set recommending every intervention of the catalogue once, with the given weight.
std::string every_intervention(const trynext::Catalogue& catalogue) {
  std::string ids, body;
  for (const auto& i : catalogue.interventions) {
    ids += "'" + i.id + "', ";
    body += "    recommend { id = '" + i.id + "', because = 'Test reason for " + i.id + ".' }\n";
  }
  return "rule { id = 'all', title = 'T', sources = { { file = 'f', lines = { 1, 1 } } },\n  recommends = { " + ids +
         "},\n  evaluate = function(a)\n" + body + "  end }\n";
}

}  // namespace

// The bounds below are this project's choices (docs/ranking.md): the corpus draws teams from healthy to
// hard-pressed, with serious incidents far more often than real teams have them.
TEST_CASE("across 1,000 teams the labels mean something: act now is rare and acute, lists are short",
          "[rank][corpus]") {
  auto engine = test::default_engine();
  trynext::CorpusGenerator corpus(engine->catalogue());
  std::map<std::string, int> labels_top5, labels_all;
  int teams = 1000, teams_with_act_now = 0, long_lists = 0;
  std::vector<int> recommended_counts;
  for (int n = 1; n <= teams; ++n) {
    trynext::EvaluateOptions options;
    options.top_n = 100;
    trynext::Result r = engine->recommend(corpus.assessment(7, n).dump(), options);
    int act_now = 0, recommended = 0;
    for (const auto& rec : r.recommendations) {
      ++labels_all[rec.label];
      if (rec.rank <= 5) ++labels_top5[rec.label];
      if (rec.label == "act_now") {
        ++act_now;
        INFO(rec.id);
        CHECK(rec.need.acute);  // nothing is "act now" unless a rule said it cannot wait
      }
      recommended += rec.label == "recommended";
    }
    teams_with_act_now += act_now > 0;
    long_lists += act_now + recommended > 10;
    recommended_counts.push_back(recommended);
  }
  std::sort(recommended_counts.begin(), recommended_counts.end());
  std::cout << "label distribution over " << teams << " corpus teams (all ranked / top five):";
  for (const auto& [label, n] : labels_all) std::cout << " " << label << " " << n << "/" << labels_top5[label];
  std::cout << "; teams with something to act on now: " << teams_with_act_now
            << "; median recommended per team: " << recommended_counts[teams / 2] << "\n";
  CHECK(teams_with_act_now <= teams * 30 / 100);  // the corpus's incidents and deaths, and no more
  CHECK(recommended_counts[teams / 2] <= 6);      // a typical team gets a short list
  CHECK(long_lists <= teams * 5 / 100);           // hardly anyone is told ten things are pressing
}

TEST_CASE("a healthy team has nothing to act on now and nothing strongly recommended", "[rank]") {
  auto engine = test::default_engine();
  auto scenario =
      nlohmann::json::parse(test::read_file(test::source_dir() / "tests" / "scenarios" / "healthy_team.json"));
  trynext::Result r = engine->recommend(scenario["input"].dump());
  // What the team has is acknowledged, all of it.
  CHECK(r.keep_going.size() == scenario["input"]["team"].value("in_place", nlohmann::json::array()).size());
  for (const auto& rec : r.recommendations) {
    INFO(rec.id);
    CHECK(rec.label != "act_now");
    CHECK(rec.label != "recommended");
  }
}

TEST_CASE("the sources' own caveats reach the reader for every intervention that has them", "[rank][render]") {
  auto engine = test::default_engine();
  test::TempDir dir({{"all.lua", every_intervention(engine->catalogue())}});
  auto all = test::engine_with_rules(dir);
  trynext::EvaluateOptions options;
  options.top_n = 1000;
  trynext::Result r = all->recommend(test::assessment(), options);
  std::string text = unwrapped(trynext::render_report(r, trynext::ReportFormat::text));
  int with_caveat = 0;
  for (const auto& rec : r.recommendations) {
    bool anecdotal = false, untested = false;
    for (const auto& e : rec.evidence) {
      if (!e.about.empty()) continue;
      anecdotal = anecdotal || e.grade == "anecdotal";
      untested = untested || e.grade == "not_researched";
    }
    INFO(rec.id << ": " << rec.evidence_summary.text);
    if (anecdotal || untested) {
      ++with_caveat;
      CHECK((has(rec.evidence_summary.text, "anecdotal") || has(rec.evidence_summary.text, "not yet researched")));
      CHECK(has(text, "Evidence: " + rec.evidence_summary.text));
    }
    // A requirement is said to be one, never shown as a certainty grade.
    if (rec.evidence_summary.strength == "required")
      CHECK(has(rec.evidence_summary.text, "National policy asks for it ("));
    CHECK_FALSE(has(rec.evidence_summary.text, "certainty"));
  }
  CHECK(with_caveat >= 14);  // the catalogue has at least 14 such interventions
}

TEST_CASE("the project's own thresholds are said to be local choices wherever the reasons are read", "[render]") {
  auto engine = test::default_engine();
  trynext::Result r = engine->recommend(test::read_file(test::source_dir() / "examples" / "team-merger.json"));
  std::string text = unwrapped(trynext::render_report(r, trynext::ReportFormat::text));
  std::string markdown = trynext::render_report(r, trynext::ReportFormat::markdown);
  int with_local = 0;
  for (const auto& rec : r.recommendations) {
    bool local = false;
    for (const auto& reason : rec.rationale)
      for (const auto& t : reason.thresholds) local = local || t.local_choice;
    with_local += local;
  }
  REQUIRE(with_local > 0);  // the example's reasons rest on the project's own figures
  auto count = [](const std::string& s, const std::string& part) {
    int n = 0;
    for (auto at = s.find(part); at != std::string::npos; at = s.find(part, at + 1)) ++n;
    return n;
  };
  CHECK(count(text, "Local choices in these reasons:") == with_local);
  CHECK(count(markdown, "Local choices in these reasons") == with_local);
  CHECK(has(text, "for sickness absence high"));
  CHECK(has(text, "rules/thresholds.lua"));
}

TEST_CASE("README's example output is the start of the real output", "[render]") {
  std::string readme = test::read_file(test::source_dir() / "README.md");
  const std::string marker = "The start of its output:\n\n```\n";
  auto at = readme.find(marker);
  REQUIRE(at != std::string::npos);
  at += marker.size();
  auto end = readme.find("...\n```", at);
  REQUIRE(end != std::string::npos);
  std::string shown = readme.substr(at, end - at);
  trynext::ReportOptions piped;  // what trynext recommend prints when its output is not a terminal
  piped.width = 80;
  std::string real = trynext::render_report(
      test::default_engine()->recommend(test::read_file(test::source_dir() / "examples" / "team-merger.json")),
      trynext::ReportFormat::text, piped);
  CHECK(real.compare(0, shown.size(), shown) == 0);  // regenerate README's block when this fails
}

TEST_CASE("every pointer in the text shows what it promises", "[render]") {
  auto engine = test::default_engine();
  std::string file = test::read_file(test::source_dir() / "examples" / "team-merger.json");
  trynext::Result r = engine->recommend(file);
  std::string text = trynext::render_report(r, trynext::ReportFormat::text);
  // "--top N shows all N": it does.
  auto at = text.find("trynext recommend FILE --top ");
  REQUIRE(at != std::string::npos);
  int n = std::stoi(text.substr(at + 29));
  trynext::EvaluateOptions top;
  top.top_n = n;
  trynext::Result all = engine->recommend(file, top);
  CHECK(all.recommendations.size() == static_cast<std::size_t>(n));
  CHECK(all.also_considered.empty());
  // "--explain lists them all": every reason of every recommendation is in the explained text.
  if (has(text, "--explain lists them all")) {
    trynext::EvaluateOptions explain;
    explain.explain = true;
    std::string explained =
        unwrapped(trynext::render_report(engine->recommend(file, explain), trynext::ReportFormat::text));
    for (const auto& rec : r.recommendations)
      for (const auto& reason : rec.rationale) CHECK(has(explained, unwrapped(reason.text)));
  }
  CHECK_FALSE(has(text, "--format json"));  // the readable way to see more is named, not the JSON
}

TEST_CASE("values in the near misses read as people write them", "[render]") {
  const trynext::Catalogue& catalogue = test::default_engine()->catalogue();
  CHECK(trynext::value_words("team.caseload_per_practitioner", "380", catalogue) == "380");
  CHECK(trynext::value_words("team.caseload_per_practitioner", "380.5", catalogue) == "380.5");
  CHECK(trynext::value_words("team.months_since_serious_incident", "7.25", catalogue) == "7.25");
  CHECK(trynext::value_words("team.sickness_absence_rate", "0.07", catalogue) == "7%");
  CHECK(trynext::value_words("factors.support.score", "0.6111111111111112", catalogue) == "61.1%");
  CHECK(trynext::value_words("answers.support.c", "\"not_met\"", catalogue) == "not met");
  CHECK(trynext::value_words("answers.support.c", "\"unknown\"", catalogue) == "don't know");
  CHECK(trynext::value_words("team.months_since_serious_incident", "null", catalogue) == "not given");
}
