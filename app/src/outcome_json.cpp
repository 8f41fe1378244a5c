// The use cases' answers as JSON (history.h), the same for `trynext ... --format json` and the service.
#include "trynext/app/history.h"
#include "trynext/json.h"
#include "trynext/store_json.h"

namespace trynext::app {

using nlohmann::json;

namespace {

json filled_json(const Filled& f) {
  return {{"in_place_from_history", f.in_place}, {"tried_from_history", f.tried}, {"notes", f.notes}};
}

json record_json(const store::AssessmentRecord& r) {
  return {{"id", r.id},
          {"team", r.team_id},
          {"assessed_on", r.assessed_on},
          {"recorded_at", r.recorded_at},
          {"versions", {{"engine", r.engine_version}, {"rules", r.rules_version}, {"catalogue", r.catalogue_version}}}};
}

}  // namespace

json assess_outcome_json(const AssessOutcome& out) {
  return {{"assessment", record_json(out.record)},
          {"repeated", out.repeated},
          {"history", filled_json(out.filled)},
          {"changes", out.comparison.sentences},
          {"changes_limits", out.comparison.limits},
          {"result", json::parse(to_json(out.result, -1))}};
}

json next_outcome_json(const NextOutcome& out) {
  return {{"based_on", record_json(out.based_on)},
          {"history", filled_json(out.filled)},
          {"result", json::parse(to_json(out.result, -1))}};
}

json history_json(const store::TeamHistory& h) {
  json doc = store::history_to_json(h);
  json charts = json::array();
  for (const char* m : kMeasures) {
    RunChart c = run_chart(h, m);
    if (c.points.empty()) continue;
    charts.push_back({{"measure", c.measure},
                      {"points", c.points.size()},
                      {"median", c.median ? json(*c.median) : json(nullptr)},
                      {"enough_data", c.enough_data},
                      {"shift", c.shift},
                      {"verdict", c.verdict}});
  }
  doc["run_charts"] = charts;
  return doc;
}

}  // namespace trynext::app
