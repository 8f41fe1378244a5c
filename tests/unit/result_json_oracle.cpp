// A faithful copy of result_json as the engine wrote it before to_json became the contract's one
// writer: every field assigned into a nlohmann::json document, which keeps keys sorted and dumps them.
#include "result_json_oracle.h"

#include <cmath>

namespace test {

using nlohmann::json;
using namespace trynext;

namespace {

json source_json(const SourceRef& s) {
  return {{"file", s.file}, {"section", s.section}, {"lines", {s.line_start, s.line_end}}};
}

json evidence_json(const Evidence& e) {
  json j = {{"claim", e.claim},
            {"citation", e.citation},
            {"grade", e.grade},
            {"certainty", e.certainty},
            {"source", source_json(e.source)}};
  if (!e.about.empty()) j["about"] = e.about;
  return j;
}

// Inputs were recorded as JSON text; give them back as JSON values.
json inputs_json(const std::vector<std::pair<std::string, std::string>>& inputs) {
  json o = json::object();
  for (const auto& [path, value] : inputs) o[path] = json::parse(value);
  return o;
}

json thresholds_json(const std::vector<ThresholdUse>& uses) {
  json a = json::array();
  for (const auto& u : uses) a.push_back({{"id", u.id}, {"value", u.value}, {"local_choice", u.local_choice}, {"unit", u.unit}});
  return a;
}

json recommendation_json(const Recommendation& r) {
  json rationale = json::array();
  for (const auto& reason : r.rationale)
    rationale.push_back({{"rule", reason.rule},
                         {"text", reason.text},
                         {"weight", reason.weight},
                         {"inputs", inputs_json(reason.inputs)},
                         {"thresholds", thresholds_json(reason.thresholds)}});
  json evidence = json::array();
  for (const auto& e : r.evidence) evidence.push_back(evidence_json(e));
  json format = json::object();
  for (const auto& [key, text] : r.format) format[key] = text;
  return {{"id", r.id},
          {"title", r.title},
          {"rank", r.rank},
          {"score", r.score},
          {"priority", r.priority},
          {"label", r.label},
          {"need",
           {{"strongest", r.need.strongest}, {"signals", r.need.signals}, {"acute", r.need.acute}, {"gap", r.need.gap}}},
          {"evidence_summary",
           {{"strength", r.evidence_summary.strength},
            {"text", r.evidence_summary.text},
            {"caution", r.evidence_summary.caution}}},
          {"tried", r.tried.empty() ? json() : json(r.tried)},
          {"requires", r.needs_first},
          {"format", format},
          {"level", r.level},
          {"effort", r.effort},
          {"summary", r.summary},
          {"rationale", rationale},
          {"notes", r.notes},
          {"cautions", r.cautions},
          {"evidence", evidence}};
}

json recommendations_json(const std::vector<Recommendation>& list) {
  json a = json::array();
  for (const auto& r : list) a.push_back(recommendation_json(r));
  return a;
}

}  // namespace

json oracle_result_json(const Result& r) {
  json out;
  out["team"] = {{"name", r.team_name}};
  out["recommendations"] = recommendations_json(r.recommendations);
  out["also_considered"] = recommendations_json(r.also_considered);
  out["keep_going"] = recommendations_json(r.keep_going);
  json factors = json::object();
  for (const auto& f : r.factors)
    factors[f.id] = {{"title", f.title},       {"score", f.score ? json(std::round(*f.score * 1000) / 1000) : json()},
                     {"answered", f.answered}, {"total", f.total},
                     {"met", f.met},           {"partly", f.partly},
                     {"not_met", f.not_met},   {"unknown", f.unknown}};
  out["factors"] = factors;
  json warnings = json::array();
  for (const auto& w : r.warnings) {
    json j = {{"kind", w.kind}, {"message", w.message}};
    if (!w.rule.empty()) j["rule"] = w.rule;
    if (!w.file.empty()) j["file"] = w.file;
    if (w.line) j["line"] = w.line;
    warnings.push_back(j);
  }
  out["warnings"] = warnings;
  if (r.explained) {
    json trace = json::array();
    for (const auto& t : r.trace) {
      json conditions = json::array();
      for (const auto& c : t.conditions)
        conditions.push_back({{"path", c.path},
                              {"test", c.op},
                              {"expected", c.expected},
                              {"actual", json::parse(c.actual)},
                              {"result", c.result}});
      json j = {{"rule", t.rule},
                {"file", t.file},
                {"line", t.line},
                {"fired", t.fired},
                {"recommended", t.recommended},
                {"inputs", inputs_json(t.inputs)},
                {"conditions", conditions},
                {"thresholds", thresholds_json(t.thresholds)},
                {"would_fire_if", t.would_fire_if},
                {"title", t.title},
                {"near_miss", t.near_miss},
                {"instructions", t.instructions},
                {"memory_bytes", t.memory_bytes},
                {"microseconds", std::round(t.microseconds * 10) / 10}};
      if (!t.error.empty()) j["error"] = t.error;
      trace.push_back(j);
    }
    out["explain"] = {{"rules", trace},
                      {"limits", {{"instructions_per_rule", r.instruction_limit}, {"memory_bytes", r.memory_limit}}}};
  }
  out["versions"] = {{"engine", r.versions.engine}, {"rules", r.versions.rules}, {"catalogue", r.versions.catalogue}};
  return out;
}

std::string oracle_text(const Result& result, int indent) {
  return oracle_result_json(result).dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace test
