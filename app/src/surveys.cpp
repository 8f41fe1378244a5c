// Team surveys with the store (surveys.h): create, respond, release. The anonymity rules themselves are
// the engine's (survey::make_release); this file only feeds it everything it must be checked against.
#include "trynext/app/surveys.h"

#include "trynext/app/history.h"
#include "trynext/error.h"

namespace trynext::app {

namespace {

using nlohmann::json;

constexpr int kDefaultCodes = 10;  // when the headcount is not given

json parsed(const std::string& text, const std::string& what) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) throw store::StoreError("corrupt", what + " is not JSON in the store");
  return j;
}

store::Survey require_survey(store::Store& store, const std::string& id) {
  auto s = store.find_survey(id);
  if (!s) throw store::StoreError("not_found", "survey " + id + ": no such survey");
  return *s;
}

void check(const survey::Settings& settings) {
  if (auto problems = survey::check_settings(settings); !problems.empty()) throw InputError(problems);
}

std::vector<survey::Response> responses_of(store::Store& store, const std::string& id) {
  std::vector<survey::Response> out;
  for (const auto& r : store.survey_responses(id)) {
    survey::Response response;
    response.group = r.group;
    json answers = parsed(r.answers_json, "a response of survey " + id);
    for (const auto& [indicator, answer] : answers.items())
      if (answer.is_string()) response.answers[indicator] = answer.get<std::string>();
    out.push_back(std::move(response));
  }
  return out;
}

// The team fields to recommend with, and where they came from.
std::pair<json, std::string> team_fields(store::Store& store, const store::Survey& survey,
                                         const survey::Settings& settings, const std::string& team_name,
                                         const json* given) {
  if (given && given->is_object()) return {*given, "request"};
  auto assessments = store.assessments(survey.team_id);
  if (!assessments.empty()) {
    json input = json::parse(assessments.back().input_json, nullptr, false, true);
    if (input.is_object() && input.contains("team") && input["team"].is_object())
      return {input["team"], "latest_assessment"};
  }
  json team = {{"name", team_name}};
  if (settings.headcount) team["headcount"] = *settings.headcount;
  return {team, "survey"};
}

// The recommendations on the team-level aggregate only, with what the history adds (in place, tried).
void recommend(const Engine& engine, store::Store& store, SurveyReleaseOutcome& out) {
  if (!out.release.released()) return;
  json assessment = survey::assessment_of(out.release, out.team);
  try {
    Filled filled = fill_from_history(engine, assessment.dump(), store.history(out.survey.team_id));
    out.result = engine.recommend(filled.assessment_json);
  } catch (const InputError& e) {
    out.result_problem = "the team's fields could not be used for recommendations: " + std::string(e.what());
    if (!e.problems().empty()) out.result_problem += " (" + e.problems().front().path + ": " + e.problems().front().message + ")";
  }
}

}  // namespace

survey::Settings survey_settings(const store::Survey& survey) {
  return survey::settings_from_json(parsed(survey.settings_json, "the settings of survey " + survey.id));
}

SurveyCreated create_survey(store::Store& store, const SurveyCreate& request) {
  check(request.settings);
  if (request.access != "codes" && request.access != "link")
    throw InputError(std::vector<Problem>{{"access", "must be \"codes\" (a code for each respondent) or \"link\" "
                                                     "(one shared link), got \"" + request.access + "\""}});
  store::Survey given;
  given.team_id = request.team_id;
  given.settings_json = survey::settings_json(request.settings).dump();
  given.access = request.access;
  given.closes_on = request.closes_on;
  SurveyCreated out;
  out.survey = store.create_survey(given, &out.link_key);
  if (request.access == "codes") {
    int count = request.codes > 0 ? request.codes : request.settings.headcount.value_or(kDefaultCodes);
    out.codes = store.issue_codes(out.survey.id, count);
    out.survey = require_survey(store, out.survey.id);
  }
  return out;
}

store::Survey change_survey_settings(store::Store& store, const std::string& survey_id,
                                     const survey::Settings& settings) {
  check(settings);
  return store.change_survey_settings(survey_id, survey::settings_json(settings).dump());
}

void submit_survey_response(const Engine& engine, store::Store& store, const std::string& survey_id,
                            const json& response) {
  store::Survey s = require_survey(store, survey_id);
  if (!response.is_object()) throw InputError(std::vector<Problem>{{"", "the response must be a JSON object"}});
  const char* credential_field = s.access == "codes" ? "code" : "key";
  auto c = response.find(credential_field);
  if (c == response.end() || !c->is_string() || c->get<std::string>().empty())
    throw InputError(std::vector<Problem>{
        {credential_field, s.access == "codes" ? "give the code you were handed (like K7QF-2M9X-PW4D)"
                                               : "open the survey from the link you were sent: its key is missing"}});
  json answers_part = response;
  answers_part.erase("code");
  answers_part.erase("key");
  survey::Response checked =
      survey::response_from_json(answers_part, survey_settings(s), survey::instrument_of(engine.catalogue()));
  store.submit_response(survey_id, c->get<std::string>(), checked.group, json(checked.answers).dump());
}

SurveyReleaseOutcome release_survey(const Engine& engine, store::Store& store, const std::string& survey_id,
                                    const json* team) {
  for (int attempt = 0;; ++attempt) {
    SurveyReleaseOutcome out;
    out.survey = require_survey(store, survey_id);
    auto found = store.find_team(out.survey.team_id);
    out.team_name = found ? found->name : out.survey.team_id;
    survey::Settings settings = survey_settings(out.survey);
    std::vector<store::SurveyRelease> before = store.survey_releases(survey_id);
    std::vector<survey::EarlierRelease> earlier;
    for (const auto& r : before)
      earlier.push_back(survey::earlier_from_json(parsed(r.release_json, "a release of survey " + survey_id)["release"]));
    out.release = survey::make_release(responses_of(store, survey_id), settings,
                                       survey::instrument_of(engine.catalogue()), earlier);
    std::tie(out.team, out.team_fields_from) = team_fields(store, out.survey, settings, out.team_name, team);
    if (out.release.released()) {
      store::SurveyRelease record;
      record.survey_id = survey_id;
      record.seq = static_cast<int>(before.size()) + 1;  // refused if another release came in between
      record.respondents = out.release.respondents;
      record.release_json =
          json{{"release", survey::release_json(out.release)}, {"team", out.team}, {"team_fields_from", out.team_fields_from}}
              .dump();
      try {
        out.record = store.record_release(record);
        out.recorded = true;
      } catch (const store::StoreError& e) {
        if (e.code() != "conflict" || attempt > 0) throw;
        continue;  // made again against the release that came in between
      }
    }
    recommend(engine, store, out);
    return out;
  }
}

std::optional<SurveyReleaseOutcome> latest_release(const Engine& engine, store::Store& store,
                                                   const std::string& survey_id) {
  SurveyReleaseOutcome out;
  out.survey = require_survey(store, survey_id);
  auto releases = store.survey_releases(survey_id);
  if (releases.empty()) return std::nullopt;
  auto found = store.find_team(out.survey.team_id);
  out.team_name = found ? found->name : out.survey.team_id;
  out.record = releases.back();
  out.recorded = true;
  json doc = parsed(out.record.release_json, "a release of survey " + survey_id);
  out.release = survey::release_from_json(doc["release"]);
  out.team = doc.value("team", json::object());
  out.team_fields_from = doc.value("team_fields_from", "");
  recommend(engine, store, out);
  return out;
}

json survey_json(const store::Survey& s) {
  json settings = json::parse(s.settings_json, nullptr, false);
  return {{"id", s.id},
          {"team_id", s.team_id},
          {"settings", settings.is_discarded() ? json::object() : settings},
          {"access", s.access},
          {"closes_on", s.closes_on},
          {"created_at", s.created_at},
          {"closed", s.closed},
          {"locked", s.locked()},
          {"responses", s.responses},
          {"codes_issued", s.codes_issued},
          {"codes_used", s.codes_used}};
}

json release_outcome_json(const SurveyReleaseOutcome& o) {
  json out = {{"release", survey::release_json(o.release)},
              {"recorded", o.recorded},
              {"result", o.result ? json::parse(to_json(*o.result)) : json(nullptr)},
              {"team_fields_from", o.team_fields_from}};
  if (o.recorded) out["released_at"] = o.record.released_at;
  if (!o.result_problem.empty()) out["result_problem"] = o.result_problem;
  return out;
}

json survey_form_json(const Engine& engine, store::Store& store, const std::string& survey_id) {
  store::Survey s = require_survey(store, survey_id);
  survey::Settings settings = survey_settings(s);
  auto team = store.find_team(s.team_id);
  const bool closed = s.closed || (!s.closes_on.empty() && today() > s.closes_on);
  std::string statement =
      "Your answers are kept without your code and without the time you sent them, so the survey's records cannot "
      "tie them to you. Your manager sees the team's answers only once at least " +
      std::to_string(settings.min_n) + " people have answered, and a group's only when it has at least " +
      std::to_string(settings.min_n) +
      " too; never one person's answers. Figures that could be worked out by comparing groups or rounds are held "
      "back as well. Nothing about you is asked" +
      (settings.groups.empty() ? std::string(".") : std::string(" beyond your role, which you may leave out.")) +
      " Your answers are saved in this browser until you send them.";
  json factors = json::array();
  for (const Factor& f : engine.catalogue().factors) {
    json indicators = json::array();
    for (const auto& id : f.indicators) {
      const Indicator* i = engine.catalogue().find_indicator(id);
      indicators.push_back({{"id", id}, {"text", i ? i->text : id}});
    }
    factors.push_back({{"id", f.id}, {"title", f.title}, {"indicators", indicators}});
  }
  return {{"survey", s.id},
          {"team_name", team ? team->name : s.team_id},
          {"access", s.access},
          {"closed", closed},
          {"closes_on", s.closes_on},
          {"group_field", settings.group_field},
          {"groups", settings.groups},
          {"min_n", settings.min_n},
          {"statement", statement},
          {"factors", factors}};
}

}  // namespace trynext::app
