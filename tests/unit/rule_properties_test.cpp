// Properties of the default rule set as a whole: every intervention can be reached, and raising a
// risk never lowers the score of what addresses it.
#include <fstream>
#include <map>
#include <set>

#include <catch2/catch.hpp>

#include "catalogue/catalogue_build.h"
#include "test_support.h"

namespace {

using nlohmann::json;

// Every assessment the repository's tests use: scenario inputs and the inputs of the Lua rule tests.
std::vector<json> test_inputs() {
  std::vector<json> inputs;
  for (const auto& e : std::filesystem::directory_iterator(test::source_dir() / "tests" / "scenarios")) {
    std::ifstream in(e.path());
    inputs.push_back(json::parse(in)["input"]);
  }
  std::vector<trynext::Diagnostic> problems;
  for (const auto& e : std::filesystem::directory_iterator(test::rules_dir() / "tests"))
    for (auto& entry : trynext::read_lua_data(e.path(), e.path().filename().string(), {"test"}, {}, problems)) {
      json input = entry.data["input"];
      for (auto& [key, value] : input["team"].items())
        if (value.is_object() && value.empty()) value = json::array();  // Lua's {} is an empty list here
      inputs.push_back(input);
    }
  REQUIRE(problems.empty());
  return inputs;
}

std::map<std::string, double> scores(const json& input) {
  trynext::EvaluateOptions all;
  all.top_n = 100;
  trynext::Result r = test::default_engine()->recommend(input.dump(), all);
  std::map<std::string, double> out;
  for (const auto& rec : r.recommendations) out[rec.id] = rec.score;
  return out;
}

}  // namespace

TEST_CASE("every catalogue intervention is recommended by some test's assessment, or offered on request",
          "[rules][reachability]") {
  std::vector<json> inputs = test_inputs();
  std::set<std::string> reached;
  for (const auto& input : inputs)
    for (const auto& [id, score] : scores(input)) reached.insert(id);
  for (const auto& i : test::default_engine()->catalogue().interventions) {
    INFO(i.id);
    if (!i.on_request_only.empty()) continue;  // the reason is shown with it
    CHECK(reached.count(i.id) == 1);
  }
}

TEST_CASE("raising a risk never lowers the score of what addresses it", "[rules][monotonicity]") {
  struct Risk {
    std::string field;
    std::vector<json> rising;  // values from low risk to high risk
    std::vector<std::string> addressed_by;
  };
  const std::vector<Risk> risks = {
      {"caseload_per_practitioner", {100, 200, 300, 400, 500, 800}, {"caseload_review", "protected_reflection_time"}},
      {"sickness_absence_rate",
       {0.0, 0.03, 0.05, 0.08, 0.12, 0.3},
       {"staff_psychological_support", "restorative_supervision", "caseload_review"}},
      {"newly_qualified_share",
       {0.0, 0.1, 0.2, 0.3, 0.5, 1.0},
       {"preceptorship", "safeguarding_co_working", "communities_of_practice"}},
      {"safeguarding_supervision_interval_months", {1, 2, 3, 4, 6, 12}, {"safeguarding_supervision"}},
      {"mobile_working_share", {0.0, 0.2, 0.3, 0.5, 0.8, 1.0}, {"peer_support", "team_meetings"}},
      {"months_since_serious_incident",
       {nullptr, 36, 12, 6, 3, 0},
       {"structured_debrief", "schwartz_rounds", "after_action_review"}},
      {"vacancy_rate", {0.0, 0.05, 0.1, 0.2, 0.4}, {"caseload_review"}},
      {"turnover_rate", {0.0, 0.1, 0.15, 0.3, 0.5}, {"mentorship", "career_development"}},
      {"safeguarding_caseload_share",
       {0.0, 0.05, 0.1, 0.15, 0.3},
       {"safeguarding_supervision", "restorative_supervision"}},
      {"learners_per_mentor", {0, 1, 2, 3, 5}, {"mentor_preparation"}},
  };
  // Base teams: a bare one, one under general strain, one whose answers are mostly unmet.
  json strained_answers = json::object(), unmet_answers = json::object();
  for (const auto& ind : test::default_engine()->catalogue().indicators) {
    strained_answers[ind.id] = "partly";
    unmet_answers[ind.id] = "not_met";
  }
  std::vector<json> bases = {
      json::parse(test::assessment()),
      json::parse(test::assessment(
          {{"concerns", {"low_morale", "stress_sickness", "complex_cases"}}, {"service_change", "merger"}},
          strained_answers)),
      json::parse(test::assessment({{"headcount", 20}}, unmet_answers)),
  };
  int comparisons = 0;
  for (const auto& risk : risks) {
    for (std::size_t b = 0; b < bases.size(); ++b) {
      std::map<std::string, double> previous;
      for (std::size_t v = 0; v < risk.rising.size(); ++v) {
        json input = bases[b];
        input["team"][risk.field] = risk.rising[v];
        std::map<std::string, double> now = scores(input);
        if (v > 0)
          for (const auto& id : risk.addressed_by) {
            INFO("team." << risk.field << " rising to " << risk.rising[v].dump() << " on base team " << b << ": "
                         << id);
            CHECK(now[id] >= previous[id]);
            ++comparisons;
          }
        previous = now;
      }
    }
  }
  CHECK(comparisons > 200);
}
