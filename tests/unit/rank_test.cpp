// Ranking in the engine: merging, in_place, tried, prerequisites, organisational actions first, top N.
#include <catch2/catch.hpp>

#include "test_support.h"

namespace {

// A rule that recommends each (id, weight, driver) it is given.
std::string recommending(const std::string& rule_id,
                         const std::vector<std::tuple<std::string, double, std::string>>& items) {
  std::string ids, body;
  for (const auto& [id, weight, driver] : items) {
    ids += "'" + id + "', ";
    body += "    recommend { id = '" + id + "', weight = " + std::to_string(weight) + ", because = '" + rule_id +
            " says " + id + "'" + (driver.empty() ? "" : ", driver = '" + driver + "'") + " }\n";
  }
  return "rule { id = '" + rule_id +
         "', title = 'T', sources = { { file = 'f', lines = { 1, 1 } } },\n"
         "  recommends = { " +
         ids + "},\n  evaluate = function(a)\n" + body + "  end }\n";
}

}  // namespace

TEST_CASE("what several rules say about one intervention is merged into one score", "[rank]") {
  test::TempDir dir({{"a.lua", recommending("a", {{"peer_support", 1, ""}, {"team_meetings", 2, ""}})},
                     {"b.lua", recommending("b", {{"peer_support", 2, ""}})}});
  auto r = test::engine_with_rules(dir)->recommend(test::assessment());
  REQUIRE(test::ids(r.recommendations) == std::vector<std::string>{"peer_support", "team_meetings"});
  CHECK(r.recommendations[0].score == 3);
  CHECK(r.recommendations[0].rationale.size() == 2);
  CHECK(r.recommendations[0].rank == 1);
  // Two rules without a driver are two signals; the need keeps the strongest weight, not the sum.
  CHECK(r.recommendations[0].need.signals == 2);
  CHECK(r.recommendations[0].need.strongest == 2);
  CHECK(r.recommendations[1].need.signals == 1);
  for (const auto& rec : r.recommendations)
    CHECK(rec.priority == (rec.label == "act_now" ? "high" : rec.label == "recommended" ? "medium" : "low"));
}

TEST_CASE("interventions in place are not recommended again but kept going", "[rank]") {
  test::TempDir dir({{"a.lua", recommending("a", {{"peer_support", 2, ""}, {"team_meetings", 1, ""}})}});
  auto r = test::engine_with_rules(dir)->recommend(test::assessment({{"in_place", {"peer_support"}}}));
  CHECK(test::ids(r.recommendations) == std::vector<std::string>{"team_meetings"});
  CHECK(test::ids(r.keep_going) == std::vector<std::string>{"peer_support"});
}

TEST_CASE("what was tried without benefit ranks lower, with the reason", "[rank]") {
  test::TempDir dir({{"a.lua", recommending("a", {{"peer_support", 2, ""}, {"team_meetings", 1.5, ""}})}});
  auto r = test::engine_with_rules(dir)->recommend(
      test::assessment({{"tried", {{{"id", "peer_support"}, {"outcome", "no_change"}}}}}));
  REQUIRE(test::ids(r.recommendations) == std::vector<std::string>{"team_meetings", "peer_support"});
  CHECK(r.recommendations[1].score == 1);
  CHECK(r.recommendations[1].notes[0].find("tried this before and it made no difference") != std::string::npos);
}

TEST_CASE("a missing prerequisite is recommended first", "[rank]") {
  // The catalogue says mentorship needs mentor_preparation first.
  test::TempDir dir({{"a.lua", recommending("a", {{"mentorship", 2, ""}, {"team_meetings", 1, ""}})}});
  auto r = test::engine_with_rules(dir)->recommend(test::assessment());
  REQUIRE(test::ids(r.recommendations) ==
          std::vector<std::string>{"mentor_preparation", "mentorship", "team_meetings"});
  CHECK(r.recommendations[0].rationale[0].rule == "prerequisite");
  SECTION("unless it is in place") {
    auto r2 = test::engine_with_rules(dir)->recommend(test::assessment({{"in_place", {"mentor_preparation"}}}));
    CHECK(test::ids(r2.recommendations) == std::vector<std::string>{"mentorship", "team_meetings"});
  }
}

TEST_CASE("when workload drives the pressure, organisational and team actions come before individual coping",
          "[rank]") {
  test::TempDir dir({{"a.lua", recommending("a", {{"mindfulness", 3, ""}, {"caseload_review", 2, "caseload"}})}});
  auto r = test::engine_with_rules(dir)->recommend(test::assessment());
  REQUIRE(test::ids(r.recommendations) == std::vector<std::string>{"caseload_review", "mindfulness"});
  CHECK(r.recommendations[1].notes.back().find("Ranked after organisational and team actions") == 0);
  SECTION("without such a driver, score decides") {
    test::TempDir plain({{"a.lua", recommending("a", {{"mindfulness", 3, ""}, {"caseload_review", 2, ""}})}});
    auto r2 = test::engine_with_rules(plain)->recommend(test::assessment());
    CHECK(test::ids(r2.recommendations) == std::vector<std::string>{"mindfulness", "caseload_review"});
  }
}

TEST_CASE("the top N are recommendations and the rest also considered", "[rank]") {
  test::TempDir dir({{"a.lua", recommending("a", {{"peer_support", 5, ""},
                                                  {"team_meetings", 4, ""},
                                                  {"team_building", 3, ""},
                                                  {"coaching", 2, ""},
                                                  {"mindfulness", 1, ""},
                                                  {"schwartz_rounds", 0.5, ""}})}});
  auto engine = test::engine_with_rules(dir);
  auto r = engine->recommend(test::assessment());
  CHECK(r.recommendations.size() == 5);
  CHECK(test::ids(r.also_considered) == std::vector<std::string>{"schwartz_rounds"});
  CHECK(r.also_considered[0].rank == 6);
  trynext::EvaluateOptions top2;
  top2.top_n = 2;
  CHECK(engine->recommend(test::assessment(), top2).recommendations.size() == 2);
}

TEST_CASE("the rationale names the rule and the inputs it read", "[rank]") {
  test::TempDir dir(
      {{"a.lua",
        "rule { id = 'mobile', title = 'T', sources = { { file = 'f', lines = { 1, 1 } } },\n"
        "  recommends = { 'peer_support' },\n"
        "  evaluate = function(a)\n"
        "    if at_least('team.mobile_working_share', 0.5) and a.answers['support.b'] ~= 'met' then\n"
        "      recommend { id = 'peer_support', because = percent(a.team.mobile_working_share) .. ' mobile' }\n"
        "    end\n"
        "  end }\n"}});
  auto r = test::engine_with_rules(dir)->recommend(
      test::assessment({{"mobile_working_share", 0.6}}, {{"support.b", "partly"}}));
  REQUIRE(r.recommendations.size() == 1);
  const auto& reason = r.recommendations[0].rationale[0];
  CHECK(reason.rule == "mobile");
  CHECK(reason.text == "60% mobile");
  CHECK(reason.inputs == std::vector<std::pair<std::string, std::string>>{{"team.mobile_working_share", "0.6"},
                                                                          {"answers.support.b", "\"partly\""}});
  CHECK_FALSE(r.recommendations[0].evidence.empty());
}

TEST_CASE("explain says what would have made a quiet rule fire", "[rank][explain]") {
  test::TempDir dir({{"a.lua",
                      "rule { id = 'incident', title = 'T', sources = { { file = 'f', lines = { 1, 1 } } },\n"
                      "  recommends = { 'schwartz_rounds' },\n"
                      "  evaluate = function(a)\n"
                      "    if at_most('team.months_since_serious_incident', 6) then\n"
                      "      recommend { id = 'schwartz_rounds', because = 'incident' }\n"
                      "    end\n"
                      "  end }\n"}});
  trynext::EvaluateOptions explain;
  explain.explain = true;
  auto r = test::engine_with_rules(dir)->recommend(test::assessment({{"months_since_serious_incident", 9}}), explain);
  REQUIRE(r.trace.size() == 1);
  CHECK_FALSE(r.trace[0].fired);
  REQUIRE(r.trace[0].would_fire_if.size() == 1);
  CHECK(r.trace[0].would_fire_if[0] ==
        "schwartz_rounds would be recommended if team.months_since_serious_incident were 6 or fewer (it is 9)");
}
