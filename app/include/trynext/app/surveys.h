// Team surveys with a memory (issue 19): the use cases that join the engine's anonymity rules
// (trynext/survey.h: make_release is the only way from responses to figures) with the store, which keeps
// each survey's settings, its hashed codes, the responses without any link to them, and every release a
// manager was shown, so that each new release is checked against all of them. The command line
// (`trynext survey ...`) and the service (/v1/teams/{team}/surveys, /v1/surveys/...) both call these.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "trynext/engine.h"
#include "trynext/report.h"
#include "trynext/store.h"
#include "trynext/survey.h"

namespace trynext::app {

// What a manager sets when starting a survey.
struct SurveyCreate {
  std::string team_id;
  survey::Settings settings;
  std::string access = "codes";  // "codes" or "link"
  int codes = 0;                 // how many codes to make now; 0: the headcount, else 10 (codes access only)
  std::string closes_on;         // YYYY-MM-DD or empty
};
struct SurveyCreated {
  store::Survey survey;
  std::vector<std::string> codes;  // shown once: the store keeps only their hashes
  std::string link_key;            // access "link": the shared key, shown once
};
// Throws InputError naming a setting ("min_n: ..."), StoreError for the store (no such team, ...).
SurveyCreated create_survey(store::Store& store, const SurveyCreate& request);

// The settings a survey was created with (as make_release reads them).
survey::Settings survey_settings(const store::Survey& survey);

// Replaces the settings while no response has arrived: InputError for a bad setting, StoreError("conflict")
// once they are locked.
store::Survey change_survey_settings(store::Store& store, const std::string& survey_id, const survey::Settings& settings);

// One respondent's answers, {"code" | "key", "group", "answers"} as the respondent page sends them:
// checked against the survey's groups and the instrument (InputError listing every problem by path),
// then kept without the code (StoreError "code_used", "code_not_valid", "closed", "not_found").
void submit_survey_response(const Engine& engine, store::Store& store, const std::string& survey_id,
                            const nlohmann::json& response);

// A release made now from every response so far, checked against every earlier release of the survey,
// and recorded when released (a release refused or not made is not recorded: nothing was shown).
struct SurveyReleaseOutcome {
  store::Survey survey;
  std::string team_name;
  survey::Release release;
  bool recorded = false;
  store::SurveyRelease record;  // when recorded
  nlohmann::json team;          // the team fields the recommendations were computed with
  std::string team_fields_from;  // "request", "latest_assessment" or "survey" (name and headcount only)
  std::optional<Result> result;  // on the team-level aggregate only; none unless released
  std::string result_problem;    // why there is no result although released (the team fields are not valid)
};
// team: the assessment's team fields to recommend with (null: the team's latest recorded assessment's,
// else the name and the survey's headcount).
SurveyReleaseOutcome release_survey(const Engine& engine, store::Store& store, const std::string& survey_id,
                                    const nlohmann::json* team);

// The latest recorded release again (no new release is made, so nothing more is shown): the same
// outcome with the result recomputed on its answers. nullopt when none is recorded.
std::optional<SurveyReleaseOutcome> latest_release(const Engine& engine, store::Store& store,
                                                   const std::string& survey_id);

// The public JSON of a survey: {id, team_id, settings, access, closes_on, created_at, closed, locked,
// responses, codes_issued, codes_used}.
nlohmann::json survey_json(const store::Survey& survey);
// {"release", "recorded", "result" (or null), "team_fields_from", "result_problem"?}
nlohmann::json release_outcome_json(const SurveyReleaseOutcome& outcome);
// What a respondent's page needs, and nothing about other respondents: {survey, team_name, access,
// closed, closes_on, group_field, groups, min_n, statement, factors [{id, title, indicators [{id, text}]}]}.
nlohmann::json survey_form_json(const Engine& engine, store::Store& store, const std::string& survey_id);

// The release as a person reads it (survey_report.cpp): the response rate with a warning under a half,
// a stacked bar of met / partly / not met / don't know per factor (HTML: inline SVG with the counts in a
// table too), every suppression's message, then the recommendations on the team's aggregate. format
// html, markdown or text (others throw std::invalid_argument). Everything from the store is escaped.
std::string survey_report(const Engine& engine, const SurveyReleaseOutcome& outcome, ReportFormat format,
                          const ReportOptions& options = {});

}  // namespace trynext::app
