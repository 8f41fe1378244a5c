// assess and next (history.h): the engine answers from the assessment and the history; the store
// keeps the assessment as the manager submitted it, with the answer given and the versions behind it.
#include <chrono>
#include <ctime>

#include "trynext/app/history.h"
#include "trynext/error.h"
#include "trynext/json.h"

namespace trynext::app {

using nlohmann::json;

std::string today() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

void check_intervention(const Engine& engine, const std::string& id) {
  if (!engine.catalogue().find(id))
    throw store::StoreError("invalid", "intervention: \"" + id +
                                           "\" is not an intervention of the catalogue (see `trynext catalogue list`)");
}

AssessOutcome assess_and_record(const Engine& engine, store::Store& store, const AssessRequest& request) {
  store::check_team_id(request.team_id);  // before the work, not after it
  std::optional<store::Team> team = store.find_team(request.team_id);
  store::TeamHistory history = team ? store.history(request.team_id) : store::TeamHistory{};

  AssessOutcome out;
  out.filled = fill_from_history(engine, request.assessment_json, history);
  out.result = engine.recommend(out.filled.assessment_json, request.options);  // throws InputError: nothing written

  // Kept as the manager submitted it (the history is added again on every evaluation), compact.
  json submitted = json::parse(request.assessment_json, nullptr, false, true);
  std::string name = request.team_name;
  if (name.empty()) name = submitted["team"].value("name", "");
  if (name.empty()) name = request.team_id;
  if (!team || !request.team_name.empty()) store.put_team(request.team_id, name);

  for (const auto& a : history.assessments)
    if (!request.request_id.empty() && a.request_id == request.request_id) out.repeated = true;

  store::AssessmentRecord record;
  record.team_id = request.team_id;
  record.assessed_on = request.assessed_on.empty() ? today() : request.assessed_on;
  record.input_json = submitted.dump();
  record.result_json = to_json(out.result, -1);
  record.engine_version = out.result.versions.engine;
  record.rules_version = out.result.versions.rules;
  record.catalogue_version = out.result.versions.catalogue;
  record.request_id = request.request_id;
  out.record = store.add_assessment(record);

  // The assessment before this one, by date.
  const store::AssessmentRecord* previous = nullptr;
  for (const auto& a : history.assessments)
    if (a.assessed_on <= out.record.assessed_on && a.id != out.record.id) previous = &a;
  json previous_result;
  if (previous) previous_result = json::parse(previous->result_json, nullptr, false);
  out.comparison = compare(engine, previous && !previous_result.is_discarded() ? &previous_result : nullptr,
                           previous ? previous->assessed_on : "", json::parse(out.record.result_json),
                           out.record.assessed_on, history);
  return out;
}

NextOutcome next(const Engine& engine, store::Store& store, const std::string& team_id,
                 const EvaluateOptions& options) {
  store::TeamHistory history = store.history(team_id);
  if (history.assessments.empty())
    throw store::StoreError("not_found", "team " + team_id +
                                             ": no assessment recorded yet (record one with `trynext assess FILE "
                                             "--team " + team_id + "`)");
  NextOutcome out;
  out.based_on = history.assessments.back();
  out.filled = fill_from_history(engine, out.based_on.input_json, history);
  out.result = engine.recommend(out.filled.assessment_json, options);
  return out;
}

}  // namespace trynext::app
