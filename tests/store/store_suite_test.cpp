// The history store's behaviour, written against the interface (store.h) so every backend runs the
// same suite: each TEST_CASE takes its backend from backends() (SQLite always; a backend added later
// joins the list and must pass the same tests).
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <atomic>
#include <cctype>
#include <thread>

#include "store_test_support.h"
#include "trynext/store_json.h"

using trynext::store::Action;
using trynext::store::ActionChange;
using trynext::store::AssessmentRecord;
using trynext::store::Measure;
using trynext::store::Outcome;
using trynext::store::StoreError;

namespace {

AssessmentRecord assessment(const std::string& team, const std::string& on, const std::string& request_id = "") {
  AssessmentRecord r;
  r.team_id = team;
  r.assessed_on = on;
  r.input_json = R"({"team":{"name":"North","headcount":12}})";
  r.result_json = R"({"recommendations":[]})";
  r.engine_version = "0.1.0";
  r.rules_version = "fnv1a64:1";
  r.catalogue_version = "fnv1a64:2";
  r.request_id = request_id;
  return r;
}

Action action(const std::string& team, const std::string& intervention, const std::string& start) {
  Action a;
  a.team_id = team;
  a.intervention = intervention;
  a.owner = "team lead";
  a.start_date = start;
  a.review_date = "2026-09-01";
  a.dose = "monthly, 6 sessions";
  return a;
}

// The message of the StoreError f throws, with its code checked.
template <class F>
std::string error_of(const std::string& code, F f) {
  try {
    f();
  } catch (const StoreError& e) {
    CHECK(e.code() == code);
    return e.what();
  }
  FAIL("no StoreError was thrown");
  return "";
}

}  // namespace

TEST_CASE("teams are created, renamed and listed", "[store]") {
  auto backend = GENERATE(from_range(test_store::backends()));
  if (test_store::unavailable(backend)) return;
  test_store::Fresh fresh(backend);
  auto& s = fresh.store();
  CHECK(s.put_team("north", "North team").name == "North team");
  s.put_team("east-2", "East");
  auto renamed = s.put_team("north", "Northfield merged team");
  CHECK(renamed.name == "Northfield merged team");
  CHECK(!renamed.created_at.empty());
  REQUIRE(s.teams().size() == 2);
  CHECK(s.teams()[0].id == "east-2");
  CHECK(s.find_team("north")->name == "Northfield merged team");
  CHECK(!s.find_team("south"));
  CHECK_THAT(error_of("invalid", [&] { s.put_team("North Team", "x"); }),
             Catch::Contains("team: must be 1 to 64 characters") && Catch::Contains("\"North Team\""));
  CHECK_THAT(error_of("invalid", [&] { s.put_team("west", ""); }), Catch::Contains("name: is required"));
}

TEST_CASE("assessments are kept in date order with the versions that answered them", "[store]") {
  auto backend = GENERATE(from_range(test_store::backends()));
  if (test_store::unavailable(backend)) return;
  test_store::Fresh fresh(backend);
  auto& s = fresh.store();
  s.put_team("north", "North");
  auto later = s.add_assessment(assessment("north", "2026-11-01"));
  auto earlier = s.add_assessment(assessment("north", "2026-05-01"));
  CHECK(later.id.size() == 32);
  CHECK(later.id != earlier.id);
  CHECK(later.recorded_at.back() == 'Z');
  auto all = s.assessments("north");
  REQUIRE(all.size() == 2);
  CHECK(all[0].id == earlier.id);
  CHECK(all[1].rules_version == "fnv1a64:1");
  CHECK(all[1].input_json == later.input_json);
  CHECK_THAT(error_of("not_found", [&] { s.add_assessment(assessment("south", "2026-11-01")); }),
             Catch::Contains("team south: no such team"));
  CHECK_THAT(error_of("invalid", [&] { s.add_assessment(assessment("north", "2026-02-30")); }),
             Catch::Contains("assessed_on: must be a date written YYYY-MM-DD, got \"2026-02-30\""));
}

TEST_CASE("a write repeated with its request id is recorded once", "[store]") {
  auto backend = GENERATE(from_range(test_store::backends()));
  if (test_store::unavailable(backend)) return;
  test_store::Fresh fresh(backend);
  auto& s = fresh.store();
  s.put_team("north", "North");
  s.put_team("east", "East");
  auto first = s.add_assessment(assessment("north", "2026-11-01", "req-1"));
  auto again = s.add_assessment(assessment("north", "2026-11-01", "req-1"));
  CHECK(again.id == first.id);
  CHECK(again.recorded_at == first.recorded_at);
  CHECK(s.assessments("north").size() == 1);
  CHECK_THAT(error_of("conflict", [&] { s.add_assessment(assessment("east", "2026-11-01", "req-1")); }),
             Catch::Contains("request_id: \"req-1\" was already used"));

  auto a = s.start_action(action("north", "restorative_supervision", "2026-03-01"));
  Outcome o{"", a.id, "helped", "2026-08-01", "sickness down", "", "out-1"};
  auto o1 = s.record_outcome(o);
  auto o2 = s.record_outcome(o);
  CHECK(o1.id == o2.id);
  CHECK(s.history("north").outcomes.size() == 1);
}

TEST_CASE("actions move through their statuses and outcomes close them", "[store]") {
  auto backend = GENERATE(from_range(test_store::backends()));
  if (test_store::unavailable(backend)) return;
  test_store::Fresh fresh(backend);
  auto& s = fresh.store();
  s.put_team("north", "North");
  auto a = s.start_action(action("north", "restorative_supervision", "2026-03-01"));
  CHECK(a.status == "running");
  CHECK(!a.delivered_as_planned);
  ActionChange change;
  change.delivered_as_planned = false;
  change.dose = "monthly, 4 of 6 sessions held";
  auto changed = s.update_action(a.id, change);
  CHECK(changed.delivered_as_planned == std::optional<bool>(false));
  CHECK(changed.dose == "monthly, 4 of 6 sessions held");
  CHECK(changed.owner == "team lead");  // unchanged fields stay

  auto b = s.start_action(action("north", "mindfulness", "2026-04-01"));
  s.record_outcome({"", a.id, "helped", "2026-09-01", "", "", ""});
  s.record_outcome({"", b.id, "stopped", "2026-05-01", "no room booked", "", ""});
  auto h = s.history("north");
  REQUIRE(h.actions.size() == 2);
  CHECK(h.actions[0].status == "finished");
  CHECK(h.actions[1].status == "stopped");
  CHECK(h.outcomes.size() == 2);
  CHECK(h.outcomes[0].action_id == b.id);  // by date

  CHECK_THAT(error_of("invalid", [&] { s.record_outcome({"", a.id, "better", "2026-09-01", "", "", ""}); }),
             Catch::Contains("outcome: must be one of helped, no_change, worse or stopped, got \"better\""));
  CHECK_THAT(error_of("invalid", [&] { s.record_outcome({"", a.id, "helped", "2026-01-01", "", "", ""}); }),
             Catch::Contains("before the action's start date"));
  CHECK_THAT(error_of("not_found", [&] { s.update_action("nope", change); }), Catch::Contains("action nope"));
  ActionChange bad;
  bad.review_date = "2026-01-01";
  CHECK_THAT(error_of("invalid", [&] { s.update_action(a.id, bad); }),
             Catch::Contains("review_date: must not be before the start date"));
  CHECK_THAT(error_of("invalid", [&] { s.start_action(action("north", "Restorative Supervision", "2026-03-01")); }),
             Catch::Contains("intervention: must be an intervention id"));
}

TEST_CASE("monthly measures are kept per month, replaced when entered again", "[store]") {
  auto backend = GENERATE(from_range(test_store::backends()));
  if (test_store::unavailable(backend)) return;
  test_store::Fresh fresh(backend);
  auto& s = fresh.store();
  s.put_team("north", "North");
  s.put_measure({"north", "2026-02", 0.07, std::nullopt, std::nullopt, ""});
  s.put_measure({"north", "2026-01", 0.08, 0.2, std::nullopt, ""});
  s.put_measure({"north", "2026-02", 0.06, std::nullopt, 0.1, ""});
  auto h = s.history("north");
  REQUIRE(h.measures.size() == 2);
  CHECK(h.measures[0].month == "2026-01");
  CHECK(h.measures[1].sickness_absence_rate == std::optional<double>(0.06));
  CHECK(!h.measures[1].turnover_rate);
  CHECK(h.measures[1].vacancy_rate == std::optional<double>(0.1));
  CHECK_THAT(error_of("invalid", [&] { s.put_measure({"north", "2026-03", 6.0, std::nullopt, std::nullopt, ""}); }),
             Catch::Contains("sickness_absence_rate: must be a share from 0 to 1, got 6 (a share: write 0.06"));
  CHECK_THAT(error_of("invalid", [&] { s.put_measure({"north", "2026-13", 0.1, std::nullopt, std::nullopt, ""}); }),
             Catch::Contains("month: must be a month written YYYY-MM"));
  CHECK_THAT(error_of("invalid", [&] { s.put_measure({"north", "2026-04", {}, {}, {}, ""}); }),
             Catch::Contains("give at least one figure"));
}

TEST_CASE("export and import round-trip a team's history losslessly", "[store]") {
  auto backend = GENERATE(from_range(test_store::backends()));
  if (test_store::unavailable(backend)) return;
  test_store::Fresh from(backend), to(backend);
  auto& s = from.store();
  s.put_team("north", "North");
  s.add_assessment(assessment("north", "2026-05-01", "r-1"));
  auto a = s.start_action(action("north", "restorative_supervision", "2026-03-01"));
  ActionChange c;
  c.delivered_as_planned = true;
  s.update_action(a.id, c);
  s.record_outcome({"", a.id, "no_change", "2026-09-01", "same as before", "", "o-1"});
  s.put_measure({"north", "2026-01", 0.08, std::nullopt, 0.05, ""});

  nlohmann::json exported = trynext::store::history_to_json(s.history("north"));
  to.store().import_history(trynext::store::history_from_json(exported));
  CHECK(trynext::store::history_to_json(to.store().history("north")) == exported);
  // The request ids came along: a retry against the new store is still recorded once.
  to.store().add_assessment(assessment("north", "2026-05-01", "r-1"));
  CHECK(to.store().assessments("north").size() == 1);

  CHECK_THAT(error_of("conflict", [&] { to.store().import_history(trynext::store::history_from_json(exported)); }),
             Catch::Contains("team north: is already in the store; nothing was imported"));
  nlohmann::json broken = exported;
  broken["actions"][0]["start_date"] = "2026-3-1";
  CHECK_THAT(error_of("invalid", [&] { trynext::store::history_from_json(broken); }),
             Catch::Contains("actions[0].start_date: must be a date written YYYY-MM-DD, got \"2026-3-1\""));
  broken = exported;
  broken["outcomes"][0]["action"] = "elsewhere";
  CHECK_THAT(error_of("invalid", [&] { trynext::store::history_from_json(broken); }),
             Catch::Contains("outcomes[0].action: names no action of this file"));
  broken = exported;
  broken["format"] = "something-else";
  CHECK_THAT(error_of("invalid", [&] { trynext::store::history_from_json(broken); }), Catch::Contains("format:"));
}

TEST_CASE("an import that fails part-way writes nothing", "[store]") {
  auto backend = GENERATE(from_range(test_store::backends()));
  if (test_store::unavailable(backend)) return;
  test_store::Fresh fresh(backend);
  trynext::store::TeamHistory h;
  h.team = {"north", "North", "2026-01-01T00:00:00.000000Z"};
  AssessmentRecord r = assessment("north", "2026-05-01");
  r.id = "a1";
  r.recorded_at = "2026-05-01T10:00:00.000000Z";
  h.assessments = {r, r};  // the same id twice: the second insert fails inside the transaction
  CHECK_THROWS_AS(fresh.store().import_history(h), StoreError);
  CHECK(!fresh.store().find_team("north"));
}

TEST_CASE("the decision log keeps each answer with its versions, once, and finds it by id", "[store]") {
  auto backend = GENERATE(from_range(test_store::backends()));
  if (test_store::unavailable(backend)) return;
  test_store::Fresh fresh(backend);
  auto& s = fresh.store();
  trynext::store::Decision d;
  d.id = "01JF3Z8Q9V5W6X7Y8Z9A0B1C2D";
  d.decided_at = "2026-12-02T09:30:00.123Z";
  d.route = "recommend";
  d.assessment_digest = "sha256:abc";
  d.engine_version = "0.1.0";
  d.rules_version = "fnv1a64:1";
  d.catalogue_version = "fnv1a64:2";
  d.recommended = {{"caseload_review", "act_now"}, {"restorative_supervision", "recommended"}};
  CHECK(!s.find_decision(d.id));
  s.record_decision(d);  // for no team: the team need not exist
  auto found = s.find_decision(d.id);
  REQUIRE(found);
  CHECK(found->team_id.empty());
  CHECK(found->rules_version == "fnv1a64:1");
  CHECK(found->decided_at == d.decided_at);
  REQUIRE(found->recommended.size() == 2);
  CHECK(found->recommended[1].id == "restorative_supervision");
  CHECK(found->recommended[1].label == "recommended");

  // the same id again keeps the first record
  auto retry = d;
  retry.rules_version = "fnv1a64:9";
  s.record_decision(retry);
  CHECK(s.find_decision(d.id)->rules_version == "fnv1a64:1");

  auto for_team = d;
  for_team.id = "01JF3Z8Q9V5W6X7Y8Z9A0B1C2E";
  for_team.team_id = "north";
  for_team.route = "team_assess";
  for_team.request_id = "req-9";
  for_team.recommended.clear();
  s.record_decision(for_team);
  CHECK(s.find_decision(for_team.id)->request_id == "req-9");
  CHECK(s.find_decision(for_team.id)->recommended.empty());
  CHECK_THAT(error_of("invalid",
                      [&] {
                        auto bad = d;
                        bad.id = "01JF3Z8Q9V5W6X7Y8Z9A0B1C2F";
                        bad.rules_version = "";
                        s.record_decision(bad);
                      }),
             Catch::Contains("rules_version: is required"));
}

namespace {

trynext::store::Survey a_survey(const std::string& team, const std::string& access = "codes") {
  trynext::store::Survey s;
  s.team_id = team;
  s.settings_json = R"({"min_n":5,"headcount":12})";
  s.access = access;
  return s;
}

}  // namespace

TEST_CASE("a survey's codes are single-use and its settings lock at the first response", "[store][survey]") {
  auto backend = GENERATE(from_range(test_store::backends()));
  if (test_store::unavailable(backend)) return;
  test_store::Fresh fresh(backend);
  auto& s = fresh.store();
  s.put_team("north", "North");
  CHECK(error_of("not_found", [&] { s.create_survey(a_survey("south"), nullptr); }).find("south") != std::string::npos);
  CHECK_THAT(error_of("invalid", [&] { s.create_survey(a_survey("north", "poster"), nullptr); }),
             Catch::Contains("access"));
  auto survey = s.create_survey(a_survey("north"), nullptr);
  CHECK(survey.id.size() == 32);
  auto codes = s.issue_codes(survey.id, 3);
  REQUIRE(codes.size() == 3);
  CHECK(std::set<std::string>(codes.begin(), codes.end()).size() == 3);
  CHECK(codes[0].size() == 14);
  CHECK(s.find_survey(survey.id)->codes_issued == 3);
  CHECK_THAT(error_of("invalid", [&] { s.issue_codes(survey.id, 0); }), Catch::Contains("count"));

  // Settings change freely before any response.
  s.change_survey_settings(survey.id, R"({"min_n":6})");
  CHECK(s.find_survey(survey.id)->settings_json == R"({"min_n":6})");

  // A code, written in lower case with spaces, is the same code; a second use is refused.
  std::string typed = codes[0];
  for (char& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  typed.replace(4, 1, " ");
  auto first = s.submit_response(survey.id, typed, "", R"({"support.a":"met"})");
  CHECK(first.seq == 1);
  CHECK(first.received_on.size() == 10);
  CHECK_THAT(error_of("code_used", [&] { s.submit_response(survey.id, codes[0], "", "{}"); }),
             Catch::Contains("used already"));
  error_of("code_not_valid", [&] { s.submit_response(survey.id, "AAAA-BBBB-CCCC", "", "{}"); });
  // A code of another survey is not a code of this one.
  auto other = s.create_survey(a_survey("north"), nullptr);
  auto other_codes = s.issue_codes(other.id, 1);
  error_of("code_not_valid", [&] { s.submit_response(survey.id, other_codes[0], "", "{}"); });

  auto after = s.find_survey(survey.id);
  CHECK(after->responses == 1);
  CHECK(after->codes_used == 1);
  CHECK(after->locked());
  CHECK_THAT(error_of("conflict", [&] { s.change_survey_settings(survey.id, R"({"min_n":3})"); }),
             Catch::Contains("locked"));
  CHECK(s.find_survey(survey.id)->settings_json == R"({"min_n":6})");

  // Closed: no response and no code.
  s.close_survey(survey.id);
  error_of("closed", [&] { s.submit_response(survey.id, codes[1], "", "{}"); });
  error_of("closed", [&] { s.issue_codes(survey.id, 1); });
  CHECK(s.survey_responses(survey.id).size() == 1);
  CHECK(s.surveys("north").size() == 2);
}

TEST_CASE("a survey with a link takes its key, and every release is recorded in order", "[store][survey]") {
  auto backend = GENERATE(from_range(test_store::backends()));
  if (test_store::unavailable(backend)) return;
  test_store::Fresh fresh(backend);
  auto& s = fresh.store();
  s.put_team("north", "North");
  std::string key;
  auto survey = s.create_survey(a_survey("north", "link"), &key);
  REQUIRE(key.size() == 32);
  error_of("invalid", [&] { s.issue_codes(survey.id, 1); });
  error_of("code_not_valid", [&] { s.submit_response(survey.id, "not-the-key", "", "{}"); });
  for (int i = 0; i < 3; ++i) s.submit_response(survey.id, key, i ? "admin" : "", R"({"support.a":"partly"})");
  auto responses = s.survey_responses(survey.id);
  REQUIRE(responses.size() == 3);
  CHECK(responses[0].seq == 1);
  CHECK(responses[2].seq == 3);
  CHECK(responses[1].group == "admin");

  trynext::store::SurveyRelease r;
  r.survey_id = survey.id;
  r.respondents = 3;
  r.release_json = R"({"release":{"status":"released","respondents":3}})";
  r.seq = 1;
  auto recorded = s.record_release(r);
  CHECK(recorded.seq == 1);
  // A release made against no earlier release, recorded after one was: refused, to be made again.
  CHECK_THAT(error_of("conflict", [&] { s.record_release(r); }), Catch::Contains("another release"));
  r.seq = 2;
  s.record_release(r);
  r.respondents = 4;
  r.seq = 0;
  error_of("invalid", [&] { s.record_release(r); });
  auto all = s.survey_releases(survey.id);
  REQUIRE(all.size() == 2);
  CHECK(all[0].seq == 1);
  CHECK(all[1].respondents == 3);
}

TEST_CASE("concurrent submissions to one survey lose nothing and use each code once", "[store][survey]") {
  auto backend = GENERATE(from_range(test_store::backends()));
  if (test_store::unavailable(backend)) return;
  test_store::Fresh fresh(backend);
  auto& s = fresh.store();
  s.put_team("north", "North");
  auto survey = s.create_survey(a_survey("north"), nullptr);
  auto codes = s.issue_codes(survey.id, 40);
  // Four threads, each with its own connection to the same store, submit every code: each code must be
  // taken exactly once in all, and every response kept with its own seq.
  std::atomic<int> taken{0}, refused{0}, other{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      auto mine = fresh.open_again();
      for (std::size_t i = 0; i < codes.size(); ++i) {
        const std::string& code = codes[(i + static_cast<std::size_t>(t) * 7) % codes.size()];
        try {
          mine->submit_response(survey.id, code, "", R"({"support.a":"met"})");
          ++taken;
        } catch (const StoreError& e) {
          (e.code() == "code_used" ? refused : other)++;
        }
      }
    });
  for (auto& t : threads) t.join();
  CHECK(other == 0);
  CHECK(taken == 40);
  CHECK(refused == 3 * 40);
  auto responses = s.survey_responses(survey.id);
  REQUIRE(responses.size() == 40);
  for (std::size_t i = 0; i < responses.size(); ++i) CHECK(responses[i].seq == static_cast<int>(i) + 1);
  CHECK(s.find_survey(survey.id)->codes_used == 40);
}
