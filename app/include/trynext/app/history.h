// The use cases that join the stateless engine and a team's history: assess and record, what next,
// and what the history says (factor changes between assessments, actions started in between, run
// charts of the monthly measures). The command line and the service both call these, so neither holds
// logic the other needs.
//
// What the history does to an answer: interventions running are sent as team.in_place (the engine
// acknowledges them: keep going), and every judged action as team.tried with its latest outcome (the
// engine ranks one tried without benefit lower and keeps one that helped), unless the assessment itself
// says in_place or tried: the manager's own words win.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "trynext/engine.h"
#include "trynext/store.h"

namespace trynext::app {

// The assessment as it will be evaluated, and what the history added to it, in words.
struct Filled {
  std::string assessment_json;      // compact JSON
  std::vector<std::string> in_place;  // ids the history added to team.in_place
  std::vector<std::string> tried;     // ids the history added to team.tried
  std::vector<std::string> notes;     // e.g. "team.in_place was given in the file, so the history's was not used"
};

// Adds the history's in_place and tried to an assessment (JSON text, // comments allowed). Throws
// InputError when the text is not JSON at all (the engine's own message).
Filled fill_from_history(const Engine& engine, std::string_view assessment_json, const store::TeamHistory& history);

// How one factor's answers moved between two assessments.
struct FactorChange {
  std::string factor, title;
  int total = 0;
  int met_before = 0, met_now = 0;
  int not_met_before = 0, not_met_now = 0;
  std::vector<std::string> actions_between;  // titles of actions started in between that address this factor
};

// The latest assessment against the one before it.
struct Comparison {
  bool has_previous = false;
  std::string previous_date, current_date;
  std::vector<FactorChange> factors;         // in instrument order
  std::vector<store::Action> started_between;  // actions started after the previous assessment, up to this one
  std::vector<std::string> sentences;        // plain words, each an association, never a claim of cause
  std::string limits;                        // why an association is not proof, said once
};

// Compares two results (the public JSON contract) of the same team. previous_result may be null.
Comparison compare(const Engine& engine, const nlohmann::json* previous_result, const std::string& previous_date,
                   const nlohmann::json& current_result, const std::string& current_date,
                   const store::TeamHistory& history);

// A run chart of one monthly measure: the median, and a shift when six or more points in a row sit on
// one side of it (points on the median neither break nor count). With fewer than ten points it says so
// and looks for nothing.
struct RunChart {
  std::string measure;                                  // "sickness_absence_rate", ...
  std::string label;                                    // "sickness absence"
  std::vector<std::pair<std::string, double>> points;  // month, value
  std::optional<double> median;
  bool enough_data = false;
  bool shift = false;
  std::string shift_direction;                          // "above" or "below"
  std::string shift_from, shift_to;                     // months of the run
  std::string verdict;                                  // one sentence a manager reads
};
RunChart run_chart(const store::TeamHistory& history, const std::string& measure);
extern const char* const kMeasures[3];  // the measures a team can enter, in the order they are shown

// assess: evaluate an assessment with the team's history and record both.
struct AssessRequest {
  std::string team_id;
  std::string team_name;        // creates the team when new; empty: the assessment's team.name, else the id
  std::string assessment_json;  // as the manager wrote it
  std::string assessed_on;      // YYYY-MM-DD; empty: today (UTC)
  std::string request_id;       // makes a retry record once
  EvaluateOptions options;
};
struct AssessOutcome {
  Result result;
  store::AssessmentRecord record;
  Filled filled;
  Comparison comparison;
  bool repeated = false;  // the request id had been recorded before: nothing new was written
};
// Throws InputError (the assessment), StoreError (the store). Nothing is recorded unless the
// assessment is valid.
AssessOutcome assess_and_record(const Engine& engine, store::Store& store, const AssessRequest& request);

// next: recommends from the latest recorded assessment and the history as it is now. Nothing is
// recorded. Throws StoreError("not_found") when the team has no assessment yet.
struct NextOutcome {
  Result result;
  store::AssessmentRecord based_on;
  Filled filled;
};
NextOutcome next(const Engine& engine, store::Store& store, const std::string& team_id,
                 const EvaluateOptions& options);

// Checks that an action names an intervention of the engine's catalogue; throws StoreError("invalid")
// naming the field and the closest id.
void check_intervention(const Engine& engine, const std::string& id);

// Today's date in UTC, YYYY-MM-DD.
std::string today();

// The answers above as JSON, the same for the command line's --format json and the service:
// {"assessment": {id, team, assessed_on, recorded_at, versions}, "repeated", "history": {in_place_from_history,
// tried_from_history, notes}, "changes": [sentences], "changes_limits", "result": the public contract}
nlohmann::json assess_outcome_json(const AssessOutcome& outcome);
// {"based_on": {...}, "history": {...}, "result": {...}}
nlohmann::json next_outcome_json(const NextOutcome& outcome);
// The export (store_json.h) with "run_charts": [{measure, points, median, enough_data, shift, verdict}].
nlohmann::json history_json(const store::TeamHistory& history);

// The history as a person reads it in a terminal: assessments over time with factor counts and their
// change, actions with status and outcome, measures with their run charts.
std::string history_text(const Engine& engine, const store::TeamHistory& history);

// What the history added and what changed, printed after an answer by `assess` and `next`.
std::string assess_notes_text(const Engine& engine, const Filled& filled, const Comparison* comparison);

// The latest recorded assessment against the one before it (has_previous false with fewer than two).
Comparison latest_comparison(const Engine& engine, const store::TeamHistory& history);

// The team over time as a section of the HTML report (history_html.cpp): what changed since the
// assessment before (comparison may be null), the actions with their latest outcome, and a run chart of
// each monthly measure entered (inline SVG, the median line, the actions' start months marked, the same
// facts in words). Everything from the store is escaped.
std::string history_section_html(const Engine& engine, const store::TeamHistory& history, const Comparison* comparison);
// The report's HTML (render_report, html) with that section added before the end of its main content.
std::string report_html_with_history(const std::string& report_html, const Engine& engine,
                                     const store::TeamHistory& history, const Comparison* comparison);

}  // namespace trynext::app
