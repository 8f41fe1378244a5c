// A team's history to and from JSON (store_json.h). Reading checks every field with the same checks
// the backends make, so a file that imports is a history any backend would have written.
#include <string>

#include "records.h"
#include "trynext/store_json.h"

namespace trynext::store {

using nlohmann::json;

namespace {

constexpr const char* kFormat = "trynext-history";
constexpr int kFormatVersion = 1;

json optional_number(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }
json optional_flag(const std::optional<bool>& v) { return v ? json(*v) : json(nullptr); }

// Reads one member of an object, naming its path in every complaint.
class Reader {
 public:
  Reader(const json& object, std::string path) : o_(object), path_(std::move(path)) {
    if (!o_.is_object()) fail(path_, "must be an object");
  }
  std::string text(const char* key, bool required = true) const {
    auto it = o_.find(key);
    if (it == o_.end() || it->is_null()) {
      if (required) fail(at(key), "is required");
      return "";
    }
    if (!it->is_string()) fail(at(key), "must be a string");
    return it->get<std::string>();
  }
  std::optional<double> number(const char* key) const {
    auto it = o_.find(key);
    if (it == o_.end() || it->is_null()) return std::nullopt;
    if (!it->is_number()) fail(at(key), "must be a number or null");
    return it->get<double>();
  }
  std::optional<bool> flag(const char* key) const {
    auto it = o_.find(key);
    if (it == o_.end() || it->is_null()) return std::nullopt;
    if (!it->is_boolean()) fail(at(key), "must be true, false or null");
    return it->get<bool>();
  }
  const json& value(const char* key) const {
    auto it = o_.find(key);
    if (it == o_.end() || it->is_null()) fail(at(key), "is required");
    return *it;
  }
  const json& list(const char* key) const {
    static const json empty = json::array();
    auto it = o_.find(key);
    if (it == o_.end()) return empty;
    if (!it->is_array()) fail(at(key), "must be an array");
    return *it;
  }
  std::string at(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }
  const std::string& path() const { return path_; }

  [[noreturn]] static void fail(const std::string& path, const std::string& what) {
    throw StoreError("invalid", path + ": " + what);
  }

 private:
  const json& o_;
  std::string path_;
};

// Runs a check from records.cpp and puts the JSON path in front of its message.
template <class F>
void checked(const std::string& path, F check) {
  try {
    check();
  } catch (const StoreError& e) {
    throw StoreError(e.code(), path + "." + e.what());
  }
}

}  // namespace

json assessment_json(const AssessmentRecord& a) {
  return {{"id", a.id},
          {"assessed_on", a.assessed_on},
          {"recorded_at", a.recorded_at},
          {"request_id", a.request_id.empty() ? json(nullptr) : json(a.request_id)},
          {"versions", {{"engine", a.engine_version}, {"rules", a.rules_version}, {"catalogue", a.catalogue_version}}},
          {"input", json::parse(a.input_json)},
          {"result", json::parse(a.result_json)}};
}

json action_json(const Action& a) {
  return {{"id", a.id},
          {"intervention", a.intervention},
          {"owner", a.owner},
          {"start_date", a.start_date},
          {"review_date", a.review_date.empty() ? json(nullptr) : json(a.review_date)},
          {"dose", a.dose},
          {"delivered_as_planned", optional_flag(a.delivered_as_planned)},
          {"status", a.status},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

json outcome_json(const Outcome& o) {
  return {{"id", o.id},
          {"action", o.action_id},
          {"outcome", o.outcome},
          {"date", o.date},
          {"note", o.note},
          {"recorded_at", o.recorded_at},
          {"request_id", o.request_id.empty() ? json(nullptr) : json(o.request_id)}};
}

json measure_json(const Measure& m) {
  return {{"month", m.month},
          {"sickness_absence_rate", optional_number(m.sickness_absence_rate)},
          {"turnover_rate", optional_number(m.turnover_rate)},
          {"vacancy_rate", optional_number(m.vacancy_rate)},
          {"recorded_at", m.recorded_at}};
}

json history_to_json(const TeamHistory& h) {
  json out = {{"format", kFormat},
              {"version", kFormatVersion},
              {"team", {{"id", h.team.id}, {"name", h.team.name}, {"created_at", h.team.created_at}}}};
  json assessments = json::array(), actions = json::array(), outcomes = json::array(), measures = json::array();
  for (const auto& a : h.assessments) assessments.push_back(assessment_json(a));
  for (const auto& a : h.actions) actions.push_back(action_json(a));
  for (const auto& o : h.outcomes) outcomes.push_back(outcome_json(o));
  for (const auto& m : h.measures) measures.push_back(measure_json(m));
  out["assessments"] = assessments;
  out["actions"] = actions;
  out["outcomes"] = outcomes;
  out["measures"] = measures;
  return out;
}

TeamHistory history_from_json(const json& doc) {
  Reader top(doc, "");
  if (top.text("format") != kFormat) Reader::fail("format", std::string("must be \"") + kFormat + "\"");
  const json& version = top.value("version");
  if (!version.is_number_integer() || version.get<int>() != kFormatVersion)
    Reader::fail("version", "must be " + std::to_string(kFormatVersion) + " (this trynext reads version 1 files)");

  TeamHistory h;
  Reader team(top.value("team"), "team");
  h.team = {team.text("id"), team.text("name"), team.text("created_at", false)};
  checked("team", [&] { check_team_id("id", h.team.id); });

  const json& assessments = top.list("assessments");
  for (std::size_t i = 0; i < assessments.size(); ++i) {
    Reader a(assessments[i], "assessments[" + std::to_string(i) + "]");
    Reader v(a.value("versions"), a.at("versions"));
    AssessmentRecord r{a.text("id"),          h.team.id,         a.text("assessed_on"), a.text("recorded_at"),
                       a.value("input").dump(), a.value("result").dump(), v.text("engine"),   v.text("rules"),
                       v.text("catalogue"),   a.text("request_id", false)};
    checked(a.path(), [&] { check_assessment(r); });
    h.assessments.push_back(std::move(r));
  }
  const json& actions = top.list("actions");
  for (std::size_t i = 0; i < actions.size(); ++i) {
    Reader a(actions[i], "actions[" + std::to_string(i) + "]");
    Action x{a.text("id"),   h.team.id,        a.text("intervention"),     a.text("owner", false),
             a.text("start_date"), a.text("review_date", false), a.text("dose", false), a.flag("delivered_as_planned"),
             a.text("status"), a.text("created_at"), a.text("updated_at")};
    checked(a.path(), [&] { check_action(x); });
    h.actions.push_back(std::move(x));
  }
  const json& outcomes = top.list("outcomes");
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    Reader o(outcomes[i], "outcomes[" + std::to_string(i) + "]");
    Outcome x{o.text("id"),   o.text("action"),      o.text("outcome"),          o.text("date"),
              o.text("note", false), o.text("recorded_at"), o.text("request_id", false)};
    checked(o.path(), [&] { check_outcome(x); });
    bool known = false;
    for (const auto& a : h.actions) known = known || a.id == x.action_id;
    if (!known) Reader::fail(o.at("action"), "names no action of this file (\"" + x.action_id + "\")");
    h.outcomes.push_back(std::move(x));
  }
  const json& measures = top.list("measures");
  for (std::size_t i = 0; i < measures.size(); ++i) {
    Reader m(measures[i], "measures[" + std::to_string(i) + "]");
    Measure x{h.team.id, m.text("month"), m.number("sickness_absence_rate"), m.number("turnover_rate"),
              m.number("vacancy_rate"), m.text("recorded_at")};
    checked(m.path(), [&] { check_measure(x); });
    h.measures.push_back(std::move(x));
  }
  return h;
}

}  // namespace trynext::store
