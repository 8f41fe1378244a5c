// The history schema's steps (migrations.h). Dates and times are ISO 8601 text, so they sort as they
// read and mean the same in every backend; ids are text made by the store, not row numbers.
#include "migrations.h"

namespace trynext::store {

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> steps = {
      {1,
       "teams, assessments with the result given, actions, outcomes and monthly measures",
       {
           "CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
           "CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL)",
           "CREATE TABLE assessments ("
           " id TEXT PRIMARY KEY,"
           " team_id TEXT NOT NULL REFERENCES teams(id),"
           " assessed_on TEXT NOT NULL,"
           " recorded_at TEXT NOT NULL,"
           " input_json TEXT NOT NULL,"
           " result_json TEXT NOT NULL,"
           " engine_version TEXT NOT NULL,"
           " rules_version TEXT NOT NULL,"
           " catalogue_version TEXT NOT NULL,"
           " request_id TEXT UNIQUE)",
           "CREATE INDEX assessments_by_team ON assessments (team_id, assessed_on, recorded_at)",
           "CREATE TABLE actions ("
           " id TEXT PRIMARY KEY,"
           " team_id TEXT NOT NULL REFERENCES teams(id),"
           " intervention TEXT NOT NULL,"
           " owner TEXT NOT NULL,"
           " start_date TEXT NOT NULL,"
           " review_date TEXT NOT NULL,"
           " dose TEXT NOT NULL,"
           " delivered_as_planned INTEGER CHECK (delivered_as_planned IN (0, 1)),"
           " status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'finished', 'stopped')),"
           " created_at TEXT NOT NULL,"
           " updated_at TEXT NOT NULL)",
           "CREATE INDEX actions_by_team ON actions (team_id, start_date, created_at)",
           "CREATE TABLE outcomes ("
           " id TEXT PRIMARY KEY,"
           " action_id TEXT NOT NULL REFERENCES actions(id),"
           " outcome TEXT NOT NULL CHECK (outcome IN ('helped', 'no_change', 'worse', 'stopped')),"
           " date TEXT NOT NULL,"
           " note TEXT NOT NULL,"
           " recorded_at TEXT NOT NULL,"
           " request_id TEXT UNIQUE)",
           "CREATE INDEX outcomes_by_action ON outcomes (action_id, date, recorded_at)",
           "CREATE TABLE measures ("
           " team_id TEXT NOT NULL REFERENCES teams(id),"
           " month TEXT NOT NULL,"
           " sickness_absence_rate DOUBLE PRECISION,"
           " turnover_rate DOUBLE PRECISION,"
           " vacancy_rate DOUBLE PRECISION,"
           " recorded_at TEXT NOT NULL,"
           " PRIMARY KEY (team_id, month))",
       }},
      {2,
       "the decision log: every answer the service gave, with the versions that gave it",
       {
           // No reference to teams: an answer to POST /v1/recommendations is for no recorded team.
           // recommended_json is [{"id": ..., "label": ...}] in rank order, written and read whole.
           "CREATE TABLE decisions ("
           " id TEXT PRIMARY KEY,"
           " decided_at TEXT NOT NULL,"
           " route TEXT NOT NULL,"
           " team_id TEXT,"
           " assessment_digest TEXT NOT NULL,"
           " engine_version TEXT NOT NULL,"
           " rules_version TEXT NOT NULL,"
           " catalogue_version TEXT NOT NULL,"
           " recommended_json TEXT NOT NULL,"
           " request_id TEXT)",
           "CREATE INDEX decisions_by_team ON decisions (team_id, decided_at)",
       }},
      {3,
       "team surveys: settings, hashed single-use codes, responses kept without a link to them, releases",
       {
           // responses counts what arrived: incremented with RETURNING, it hands out each response's seq
           // and serialises two submissions to one survey on any backend.
           "CREATE TABLE surveys ("
           " id TEXT PRIMARY KEY,"
           " team_id TEXT NOT NULL REFERENCES teams(id),"
           " settings_json TEXT NOT NULL,"
           " access TEXT NOT NULL CHECK (access IN ('codes', 'link')),"
           " link_hash TEXT,"
           " closes_on TEXT NOT NULL,"
           " created_at TEXT NOT NULL,"
           " closed INTEGER NOT NULL CHECK (closed IN (0, 1)),"
           " responses INTEGER NOT NULL)",
           "CREATE INDEX surveys_by_team ON surveys (team_id, created_at)",
           // Only the hash of each code; whether it was used, never when or for which response.
           "CREATE TABLE survey_codes ("
           " code_hash TEXT PRIMARY KEY,"
           " survey_id TEXT NOT NULL REFERENCES surveys(id),"
           " used INTEGER NOT NULL CHECK (used IN (0, 1)))",
           "CREATE INDEX survey_codes_by_survey ON survey_codes (survey_id)",
           // No code, no key, a date and not a time: the store cannot tie a response to a person.
           "CREATE TABLE survey_responses ("
           " survey_id TEXT NOT NULL REFERENCES surveys(id),"
           " seq INTEGER NOT NULL,"
           " group_value TEXT NOT NULL,"
           " answers_json TEXT NOT NULL,"
           " received_on TEXT NOT NULL,"
           " PRIMARY KEY (survey_id, seq))",
           "CREATE TABLE survey_releases ("
           " id TEXT PRIMARY KEY,"
           " survey_id TEXT NOT NULL REFERENCES surveys(id),"
           " seq INTEGER NOT NULL,"
           " released_at TEXT NOT NULL,"
           " respondents INTEGER NOT NULL,"
           " release_json TEXT NOT NULL,"
           " UNIQUE (survey_id, seq))",
       }},
  };
  return steps;
}

}  // namespace trynext::store
