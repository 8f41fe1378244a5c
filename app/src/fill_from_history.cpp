// What the history adds to an assessment before it is evaluated (history.h: fill_from_history).
#include <algorithm>
#include <map>

#include "trynext/app/history.h"
#include "trynext/error.h"

namespace trynext::app {

using nlohmann::json;

namespace {

// The latest judged outcome of each intervention, "stopped" left out: an action that ended before it
// could be judged says nothing about whether the intervention helps.
std::map<std::string, std::string> judged_outcomes(const store::TeamHistory& h) {
  std::map<std::string, std::string> intervention_of;
  for (const auto& a : h.actions) intervention_of[a.id] = a.intervention;
  std::map<std::string, std::string> latest;  // outcomes come in date order, so the last one wins
  for (const auto& o : h.outcomes)
    if (o.outcome != "stopped") latest[intervention_of[o.action_id]] = o.outcome;
  return latest;
}

}  // namespace

Filled fill_from_history(const Engine& engine, std::string_view text, const store::TeamHistory& history) {
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false, /*ignore_comments=*/true);
  if (doc.is_discarded() || !doc.is_object()) {
    engine.recommend(text);  // throws the engine's own InputError, with line and column
    throw InputError({{"", "not a JSON object", 0, 0}});
  }
  Filled out;
  json& team = doc["team"];
  if (!team.is_object()) {  // leave the engine to say what is wrong with it
    out.assessment_json = doc.dump();
    return out;
  }

  if (team.contains("in_place")) {
    out.notes.push_back("team.in_place was given in the assessment, so the history's running actions were not added.");
  } else {
    json ids = json::array();
    for (const auto& a : history.actions)
      if (a.status == "running" && engine.catalogue().find(a.intervention) &&
          std::find(out.in_place.begin(), out.in_place.end(), a.intervention) == out.in_place.end()) {
        out.in_place.push_back(a.intervention);
        ids.push_back(a.intervention);
      }
    if (!ids.empty()) team["in_place"] = ids;
  }

  if (team.contains("tried")) {
    out.notes.push_back("team.tried was given in the assessment, so the history's outcomes were not added.");
  } else {
    json items = json::array();
    for (const auto& [id, outcome] : judged_outcomes(history)) {
      if (!engine.catalogue().find(id)) continue;
      if (std::find(out.in_place.begin(), out.in_place.end(), id) != out.in_place.end()) continue;  // running again
      out.tried.push_back(id);
      items.push_back({{"id", id}, {"outcome", outcome}});
    }
    if (!items.empty()) team["tried"] = items;
  }
  out.assessment_json = doc.dump();
  return out;
}

}  // namespace trynext::app
