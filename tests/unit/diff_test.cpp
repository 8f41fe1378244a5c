// The diff engine and its reports (trynext/diff.h): which assessments of a corpus change between two
// rule sets, what they gain and lose, what is skipped, and the rollout gate.
#include <catch2/catch.hpp>

#include "test_support.h"
#include "trynext/diff.h"

namespace {

using Catch::Matchers::Contains;

std::string mobile_rule(const std::string& threshold) {
  return test::rule_file("mobile", "    if not at_least('team.mobile_working_share', " + threshold + ") then return end");
}

// The threshold moves from 0.5 to 0.3: only the team at 0.4 changes. One file is not an assessment.
struct Fixture {
  test::TempDir old_rules{{"mobile.lua", mobile_rule("0.5")}};
  test::TempDir new_rules{{"mobile.lua", mobile_rule("0.3")}};
  test::TempDir corpus{{"team-1.json", test::assessment({{"mobile_working_share", 0.4}})},
                       {"team-2.json", test::assessment({{"mobile_working_share", 0.6}})},
                       {"team-3.json", test::assessment({{"mobile_working_share", 0.1}})},
                       {"bad.json", "{ not json"},
                       {"notes.txt", "not part of the corpus"}};
  std::vector<std::string> skipped;
  std::size_t last_done = 0, last_total = 0;
  trynext::RuleDiff diff = run();

  trynext::RuleDiff run() {
    trynext::RuleDiffObserver observer;
    observer.skipped = [this](const std::filesystem::path& file, const trynext::InputError&) {
      skipped.push_back(file.filename().string());
    };
    observer.progress = [this](std::size_t done, std::size_t total) {
      last_done = done;
      last_total = total;
    };
    return trynext::diff_rules(*test::engine_with_rules(old_rules), *test::engine_with_rules(new_rules),
                               corpus.path(), observer);
  }
};

}  // namespace

TEST_CASE("a rule diff finds the assessments that change and what they gain", "[diff]") {
  Fixture f;
  const auto& d = f.diff;
  CHECK(d.assessments == 3);
  CHECK(d.skipped == 1);
  CHECK(f.skipped == std::vector<std::string>{"bad.json"});
  CHECK(f.last_done == 4);
  CHECK(f.last_total == 4);
  REQUIRE(d.changes.size() == 1);
  CHECK(d.changes[0].file == "team-1.json");
  CHECK(d.changes[0].before.empty());
  CHECK(d.changes[0].after == std::vector<std::string>{"peer_support"});
  CHECK(d.gained == std::map<std::string, int>{{"peer_support", 1}});
  CHECK(d.lost.empty());
  CHECK(d.changed_percent() == Approx(100.0 / 3));
  CHECK(d.changed_percent_text() == "33.3");
  CHECK(d.exceeds(30));
  CHECK_FALSE(d.exceeds(40));
}

TEST_CASE("a rule set compared with itself changes nothing", "[diff]") {
  Fixture f;
  auto engine = test::engine_with_rules(f.old_rules);
  trynext::RuleDiff d = trynext::diff_rules(*engine, *engine, f.corpus.path());
  CHECK(d.assessments == 3);
  CHECK(d.changes.empty());
  CHECK(d.changed_percent() == 0);
  CHECK_FALSE(d.exceeds(0));
}

TEST_CASE("a directory without assessments is refused", "[diff]") {
  test::TempDir rules({{"mobile.lua", mobile_rule("0.5")}});
  test::TempDir empty({{"notes.txt", "nothing here"}});
  auto engine = test::engine_with_rules(rules);
  try {
    trynext::diff_rules(*engine, *engine, empty.path());
    FAIL("the diff ran");
  } catch (const trynext::LoadError& e) { CHECK(e.diagnostics().at(0).code == "no_corpus"); }
}

TEST_CASE("the diff reports say the same in text, Markdown and JSON", "[diff]") {
  Fixture f;
  std::string text = trynext::rule_diff_text(f.diff, 3);
  CHECK_THAT(text, Contains("\n1 of 3 assessments (33.3%) change their recommendations\n"));
  CHECK_THAT(text, Contains("\nIntervention      gained  lost\n  peer_support"));
  CHECK_THAT(text, Contains("\nExample team-1.json\n  before: (nothing)\n  after:  peer_support\n"));
  CHECK_THAT(trynext::rule_diff_text(f.diff, 0), !Contains("Example"));
  std::string md = trynext::rule_diff_markdown(f.diff, 3);
  CHECK(md.rfind("## Rule change review\n\nRules ", 0) == 0);
  CHECK_THAT(md, Contains("| peer_support | 1 | 0 |\n"));
  CHECK_THAT(md, Contains("\n### team-1.json\n\n- before: (nothing)\n- after: peer_support\n"));
  nlohmann::json j = trynext::rule_diff_json(f.diff, 3);
  CHECK(j["assessments"] == 3);
  CHECK(j["changed"] == 1);
  CHECK(j["gained"]["peer_support"] == 1);
  REQUIRE(j["examples"].size() == 1);
  CHECK(j["examples"][0]["file"] == "team-1.json");
  CHECK(j["old"]["rules"] == f.diff.old_rules);
  CHECK(f.diff.old_rules != f.diff.new_rules);
}
