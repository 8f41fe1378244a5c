// Survey releases (trynext/survey.h): the aggregation rule and each suppression rule of
// docs/anonymity.md, with the cases of the issue: 2 to 6 respondents, a group one below the minimum,
// two figures whose difference is one person, a second round that adds one response, a homogeneous
// small group. The brute-force check over every answer assignment is survey_property_test.cpp.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "test_support.h"
#include "trynext/survey.h"

using namespace trynext::survey;

namespace {

// A small instrument: two factors of two indicators.
const Instrument kInstrument = {{"f1", {"f1.a", "f1.b"}}, {"f2", {"f2.a", "f2.b"}}};

Response response(const std::string& group, const std::string& f1a, const std::string& f1b = "partly",
                  const std::string& f2a = "met", const std::string& f2b = "not_met") {
  return Response{group, {{"f1.a", f1a}, {"f1.b", f1b}, {"f2.a", f2a}, {"f2.b", f2b}}};
}

// n respondents of a group, answers varied so that nothing is too alike.
std::vector<Response> varied(const std::string& group, int n) {
  const char* words[] = {"met", "partly", "not_met"};
  std::vector<Response> out;
  for (int i = 0; i < n; ++i) out.push_back(response(group, words[i % 3], words[(i + 1) % 3], words[(i + 2) % 3]));
  return out;
}

std::vector<Response> joined(std::initializer_list<std::vector<Response>> parts) {
  std::vector<Response> out;
  for (const auto& part : parts) out.insert(out.end(), part.begin(), part.end());
  return out;
}

// The stricter size is set to 6 here, one above the minimum, so that small groups can be shown.
Settings role_settings(std::vector<std::string> groups, int min_n = 5) {
  Settings s;
  s.min_n = min_n;
  s.homogeneity_n = min_n + 1;
  s.group_field = "role";
  s.groups = std::move(groups);
  return s;
}

const Suppression* find_suppression(const Release& r, const std::string& scope, const std::string& target) {
  for (const Suppression& s : r.suppressions)
    if (s.scope == scope && s.target == target) return &s;
  return nullptr;
}

int shown_groups(const Release& r) {
  int n = 0;
  for (const Figures& g : r.groups) n += g.shown ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("survey: the median rule, with unknown left out and ties to the lower answer", "[survey]") {
  CHECK(median_answer({"met", "met", "not_met"}) == "met");
  CHECK(median_answer({"met", "partly", "not_met"}) == "partly");
  CHECK(median_answer({"met", "not_met"}) == "not_met");  // even: the lower middle
  CHECK(median_answer({"met", "met", "partly", "partly"}) == "partly");
  CHECK(median_answer({"unknown", "unknown", "met"}) == "met");
  CHECK(median_answer({"unknown"}) == "unknown");
  CHECK(median_answer({}) == "unknown");
}

TEST_CASE("survey: a minimum below 3 is refused, naming the field", "[survey]") {
  Settings s;
  s.min_n = 2;
  auto problems = check_settings(s);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].path == "min_n");
  CHECK_THROWS_AS(make_release(varied("", 5), s, kInstrument), trynext::InputError);
  s.min_n = 3;
  CHECK(check_settings(s).empty());
  s.homogeneity_n = 3;
  REQUIRE(check_settings(s).size() == 1);
  CHECK(check_settings(s)[0].path == "homogeneity_n");
  CHECK_THROWS_AS(settings_from_json({{"min_n", "five"}}), trynext::InputError);
  CHECK(settings_from_json({{"min_n", 7}}).min_n == 7);
}

TEST_CASE("survey: 2, 3 and 4 respondents show nothing under the default minimum; 5 and 6 are released", "[survey]") {
  Settings s;  // min_n 5
  for (int n = 2; n <= 6; ++n) {
    INFO(n << " respondents");
    Release r = make_release(varied("", n), s, kInstrument);
    CHECK(r.respondents == n);
    if (n < 5) {
      CHECK(r.status == "not_enough_responses");
      CHECK_FALSE(r.team.shown);
      CHECK(r.team.factors.empty());
      CHECK(r.answers.empty());
      REQUIRE(find_suppression(r, "release", "") != nullptr);
      CHECK(find_suppression(r, "release", "")->reason == "below_minimum");
      CHECK_THROWS(assessment_of(r, {{"name", "x"}}));
    } else {
      CHECK(r.status == "released");
      CHECK(r.answers.size() == 4);
      // Below the stricter size (10) the spread is not shown; the team's answers are.
      CHECK_FALSE(r.team.shown);
      CHECK(r.team.factors.empty());
      REQUIRE(find_suppression(r, "team", "") != nullptr);
      CHECK(find_suppression(r, "team", "")->reason == "small_part");
      CHECK(assessment_of(r, {{"name", "x"}})["answers"] == nlohmann::json(r.answers));
    }
  }
  // With the lowest minimum, 3 is enough and 2 is not; "no data" differs from "not enough".
  s.min_n = 3;
  CHECK(make_release(varied("", 2), s, kInstrument).status == "not_enough_responses");
  CHECK(make_release(varied("", 3), s, kInstrument).status == "released");
  CHECK(make_release({}, s, kInstrument).status == "no_responses");
}

TEST_CASE("survey: a group one below the minimum is hidden, and another with it (complementary)", "[survey]") {
  Settings s = role_settings({"health_visitor", "nursery_nurse", "admin"});
  Release r = make_release(joined({varied("health_visitor", 7), varied("nursery_nurse", 6), varied("admin", 4)}), s,
                           kInstrument);
  REQUIRE(r.status == "released");
  CHECK_FALSE(r.groups[2].shown);
  REQUIRE(find_suppression(r, "group", "admin") != nullptr);
  CHECK(find_suppression(r, "group", "admin")->reason == "below_minimum");
  // The hidden group's count is not in its message.
  CHECK(find_suppression(r, "group", "admin")->message.find('4') == std::string::npos);
  // Team minus the shown groups must not isolate fewer than 5: the smaller other group is hidden too.
  CHECK_FALSE(r.groups[1].shown);
  REQUIRE(find_suppression(r, "group", "nursery_nurse") != nullptr);
  CHECK(find_suppression(r, "group", "nursery_nurse")->reason == "complementary");
  CHECK(r.groups[0].shown);
  int shown = 0;
  for (const Figures& g : r.groups) shown += g.shown ? g.respondents : 0;
  CHECK(r.respondents - shown >= s.min_n);
  CHECK(r.groups[2].factors.empty());
  CHECK(r.groups[2].respondents == 0);
}

TEST_CASE("survey: respondents who give no group count as hidden, so one hidden group is not alone", "[survey]") {
  Settings s = role_settings({"health_visitor", "admin"});
  // 6 health visitors, 2 admins, 4 who gave no group: team minus health visitors is 6, enough.
  Release r = make_release(joined({varied("health_visitor", 6), varied("admin", 2), varied("", 4)}), s, kInstrument);
  REQUIRE(r.status == "released");
  CHECK(r.groups[0].shown);
  CHECK_FALSE(r.groups[1].shown);
  // With only 1 giving no group, the remainder is 3: the health visitors are hidden too.
  Release smaller =
      make_release(joined({varied("health_visitor", 6), varied("admin", 2), varied("", 1)}), s, kInstrument);
  CHECK(shown_groups(smaller) == 0);
}

TEST_CASE("survey: two figures whose difference is one person are not both shown", "[survey]") {
  Settings s = role_settings({"health_visitor", "admin"});
  auto first = joined({varied("health_visitor", 6), varied("admin", 6)});
  Release r1 = make_release(first, s, kInstrument);
  REQUIRE(r1.status == "released");
  REQUIRE(shown_groups(r1) == 2);
  // One more health visitor and six more admins: the team grew by 7, but the health visitors by 1.
  auto second = joined({first, varied("health_visitor", 1), varied("admin", 6)});
  Release r2 = make_release(second, s, kInstrument, {earlier_of(r1)});
  REQUIRE(r2.status == "released");
  CHECK_FALSE(r2.groups[0].shown);
  REQUIRE(find_suppression(r2, "group", "health_visitor") != nullptr);
  CHECK(find_suppression(r2, "group", "health_visitor")->reason == "over_time");
  // The admins cannot be shown either: the team minus the admins, minus the earlier health visitors,
  // would be the one new health visitor.
  CHECK_FALSE(r2.groups[1].shown);
  CHECK(r2.team.shown);
  // Five more health visitors as well, and each group's change is 5 or more: both are shown.
  auto third = joined({second, varied("health_visitor", 5)});
  Release r3 = make_release(third, s, kInstrument, {earlier_of(r1)});
  CHECK(shown_groups(r3) == 2);
}

TEST_CASE("survey: a second round that adds a single response is refused; five more are released", "[survey]") {
  Settings s;
  auto first = varied("", 10);
  Release r1 = make_release(first, s, kInstrument);
  REQUIRE(r1.status == "released");
  auto one_more = joined({first, varied("", 1)});
  Release r2 = make_release(one_more, s, kInstrument, {earlier_of(r1)});
  CHECK(r2.status == "refused_over_time");
  CHECK_FALSE(r2.team.shown);
  CHECK(r2.answers.empty());
  REQUIRE(find_suppression(r2, "release", "") != nullptr);
  CHECK(find_suppression(r2, "release", "")->reason == "over_time");
  // The same release again (nothing added) differs by nobody: it is allowed.
  CHECK(make_release(first, s, kInstrument, {earlier_of(r1)}).status == "released");
  auto five_more = joined({first, varied("", 5)});
  CHECK(make_release(five_more, s, kInstrument, {earlier_of(r1)}).status == "released");
  // Through the release's JSON, as the store keeps it.
  EarlierRelease from_json = earlier_from_json(release_json(r1));
  CHECK(make_release(one_more, s, kInstrument, {from_json}).status == "refused_over_time");
  // An earlier release cannot cover more responses than there are.
  CHECK_THROWS_AS(make_release(varied("", 5), s, kInstrument, {earlier_of(r1)}), trynext::InputError);
}

TEST_CASE("survey: a homogeneous small group shows no spread, and its suppression reads as any other's", "[survey]") {
  Settings s;  // min_n 5, homogeneity 10
  std::vector<Response> same(6, response("", "met", "met", "met", "met"));
  Release r = make_release(same, s, kInstrument);
  REQUIRE(r.status == "released");
  CHECK_FALSE(r.team.shown);
  CHECK(r.team.factors.empty());
  CHECK(r.team.indicators.empty());
  // The rule looks at sizes only: varied answers are hidden in the same words, so the suppression does
  // not tell that everyone agreed.
  Release other = make_release(varied("", 6), s, kInstrument);
  REQUIRE(find_suppression(r, "team", "") != nullptr);
  REQUIRE(find_suppression(other, "team", "") != nullptr);
  CHECK(find_suppression(r, "team", "")->message == find_suppression(other, "team", "")->message);
  CHECK(r.suppressions.size() == other.suppressions.size());
  // A group of 6 that all agree, in a team of 16: the group is not shown; the team is.
  Settings roles = role_settings({"health_visitor", "admin"});
  roles.homogeneity_n = 10;
  for (Response& admin : same) admin.group = "admin";
  Release mixed = make_release(joined({same, varied("health_visitor", 10)}), roles, kInstrument);
  CHECK(mixed.team.shown);
  CHECK_FALSE(mixed.groups[1].shown);  // 6, below 10
  CHECK(find_suppression(mixed, "group", "admin")->reason == "small_part");
  CHECK_FALSE(mixed.groups[0].shown);  // the team minus the health visitors would be the 6
  CHECK(find_suppression(mixed, "group", "health_visitor")->reason == "complementary");
}

TEST_CASE("survey: a team of 12 shows the spread per indicator and per factor, and the response rate", "[survey]") {
  Settings s;
  s.headcount = 12;
  Release r = make_release(varied("", 12), s, kInstrument);
  REQUIRE(r.status == "released");
  CHECK(r.indicator_counts_shown);
  CHECK(r.team.indicators.size() == 4);
  CHECK(r.team.factors.at("f1")[0] + r.team.factors.at("f1")[1] + r.team.factors.at("f1")[2] +
            r.team.factors.at("f1")[3] ==
        24);
  REQUIRE(r.response_rate);
  CHECK(*r.response_rate == Approx(1.0));
  CHECK_FALSE(r.low_response_rate);
  s.headcount = 25;
  Release low = make_release(varied("", 12), s, kInstrument);
  CHECK(low.low_response_rate);
  REQUIRE(low.warnings.size() == 1);
  CHECK(low.warnings[0].find("fewer than half") != std::string::npos);
}

TEST_CASE("survey: response files are checked, every problem named by its path", "[survey]") {
  Settings s = role_settings({"admin"});
  Response ok = response_from_json({{"group", "admin"}, {"answers", {{"f1.a", "met"}}}, {"code", "x"}}, s, kInstrument);
  CHECK(ok.group == "admin");
  CHECK(ok.answers.at("f1.a") == "met");
  try {
    response_from_json({{"group", "boss"}, {"answers", {{"f1.a", "yes"}, {"nope", "met"}}}, {"name", "Ann"}}, s,
                       kInstrument);
    FAIL("accepted");
  } catch (const trynext::InputError& e) {
    std::vector<std::string> paths;
    for (const auto& p : e.problems()) paths.push_back(p.path);
    CHECK(paths == std::vector<std::string>{"name", "group", "answers.f1.a", "answers.nope"});
  }
}

TEST_CASE("survey: the recommendations see the team-level aggregate of the bundled instrument only", "[survey]") {
  auto engine = test::default_engine();
  Instrument instrument = instrument_of(engine->catalogue());
  REQUIRE(instrument.size() == engine->catalogue().factors.size());
  Settings s = role_settings({"health_visitor", "admin"});
  std::vector<Response> responses;
  for (int i = 0; i < 8; ++i) {
    Response r{i < 6 ? "health_visitor" : "admin", {}};
    for (const auto& f : instrument)
      for (const auto& q : f.indicators) r.answers[q] = i % 3 == 0 ? "met" : "not_met";
    responses.push_back(r);
  }
  Release release = make_release(responses, s, instrument);
  REQUIRE(release.released());
  nlohmann::json team = nlohmann::json::parse(test::assessment())["team"];
  nlohmann::json assessment = assessment_of(release, team);
  CHECK(assessment["answers"].size() == engine->catalogue().indicators.size());
  for (const auto& [id, answer] : assessment["answers"].items()) CHECK(answer == "not_met");
  trynext::Result result = engine->recommend(assessment.dump());
  CHECK_FALSE(result.recommendations.empty());
}
