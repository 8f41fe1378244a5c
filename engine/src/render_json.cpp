#include <cmath>

#include "trynext/json.h"
#include "trynext/result.h"

namespace trynext {

using nlohmann::json;

namespace {

json source_json(const SourceRef& s) {
  return {{"file", s.file}, {"section", s.section}, {"lines", {s.line_start, s.line_end}}};
}

json evidence_json(const Evidence& e) {
  return {{"claim", e.claim}, {"citation", e.citation}, {"grade", e.grade}, {"certainty", e.certainty},
          {"source", source_json(e.source)}};
}

// Inputs were recorded as JSON text; give them back as JSON values.
json inputs_json(const std::vector<std::pair<std::string, std::string>>& inputs) {
  json o = json::object();
  for (const auto& [path, value] : inputs) o[path] = json::parse(value);
  return o;
}

json recommendation_json(const Recommendation& r) {
  json rationale = json::array();
  for (const auto& reason : r.rationale)
    rationale.push_back({{"rule", reason.rule}, {"text", reason.text}, {"weight", reason.weight}, {"inputs", inputs_json(reason.inputs)}});
  json evidence = json::array();
  for (const auto& e : r.evidence) evidence.push_back(evidence_json(e));
  return {{"id", r.id}, {"title", r.title}, {"rank", r.rank}, {"score", r.score}, {"priority", r.priority},
          {"level", r.level}, {"effort", r.effort}, {"summary", r.summary}, {"rationale", rationale},
          {"notes", r.notes}, {"cautions", r.cautions}, {"evidence", evidence}};
}

json recommendations_json(const std::vector<Recommendation>& list) {
  json a = json::array();
  for (const auto& r : list) a.push_back(recommendation_json(r));
  return a;
}

}  // namespace

json result_json(const Result& r) {
  json out;
  out["team"] = {{"name", r.team_name}};
  out["recommendations"] = recommendations_json(r.recommendations);
  out["also_considered"] = recommendations_json(r.also_considered);
  out["keep_going"] = recommendations_json(r.keep_going);
  json factors = json::object();
  for (const auto& f : r.factors)
    factors[f.id] = {{"title", f.title}, {"score", f.score ? json(std::round(*f.score * 1000) / 1000) : json()},
                     {"answered", f.answered}, {"total", f.total}, {"met", f.met}, {"partly", f.partly},
                     {"not_met", f.not_met}, {"unknown", f.unknown}};
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
        conditions.push_back({{"path", c.path}, {"test", c.op}, {"expected", c.expected},
                              {"actual", json::parse(c.actual)}, {"result", c.result}});
      json j = {{"rule", t.rule}, {"file", t.file}, {"line", t.line}, {"fired", t.fired},
                {"recommended", t.recommended}, {"inputs", inputs_json(t.inputs)}, {"conditions", conditions},
                {"would_fire_if", t.would_fire_if}, {"instructions", t.instructions},
                {"memory_bytes", t.memory_bytes}, {"microseconds", std::round(t.microseconds * 10) / 10}};
      if (!t.error.empty()) j["error"] = t.error;
      trace.push_back(j);
    }
    out["explain"] = {{"rules", trace}, {"limits", {{"instructions_per_rule", r.instruction_limit},
                                                    {"memory_bytes", r.memory_limit}}}};
  }
  out["versions"] = {{"engine", r.versions.engine}, {"rules", r.versions.rules}, {"catalogue", r.versions.catalogue}};
  return out;
}

std::string to_json(const Result& r, int indent) { return result_json(r).dump(indent); }

json intervention_json(const Intervention& i) {
  json evidence = json::array();
  for (const auto& e : i.evidence) evidence.push_back(evidence_json(e));
  json format = json::object();
  for (const auto& [k, v] : i.format) format[k] = v;
  json j = {{"id", i.id}, {"title", i.title}, {"summary", i.summary}, {"level", i.level}, {"effort", i.effort},
            {"format", format}, {"prerequisites", i.prerequisites}, {"requires", i.preconditions},
            {"cautions", i.cautions}, {"individual_resilience", i.individual_resilience}, {"evidence", evidence}};
  if (!i.on_request_only.empty()) j["on_request_only"] = i.on_request_only;
  return j;
}

json catalogue_json(const Catalogue& c) {
  json interventions = json::array();
  for (const auto& i : c.interventions) interventions.push_back(intervention_json(i));
  json grades = json::array();
  for (const auto& g : c.grades) grades.push_back({{"id", g.id}, {"description", g.description}, {"certainty", g.certainty}});
  return {{"interventions", interventions}, {"grades", grades}, {"digest", c.digest}};
}

json instrument_json(const Catalogue& c) {
  json factors = json::array();
  for (const auto& f : c.factors) {
    json indicators = json::array();
    for (const auto& id : f.indicators) {
      const Indicator* i = c.find_indicator(id);
      indicators.push_back({{"id", i->id}, {"text", i->text}, {"interventions", i->interventions},
                            {"source", source_json({f.source.file, f.source.section, i->line_start, i->line_end})}});
    }
    factors.push_back({{"id", f.id}, {"title", f.title}, {"poor_practice", f.poor_practice},
                       {"best_practice", f.best_practice}, {"source", source_json(f.source)}, {"indicators", indicators}});
  }
  json fields = json::array();
  for (const auto& f : c.fields) {
    json j = {{"name", f.name}, {"path", "team." + f.name}, {"type", f.type}, {"unit", f.unit},
              {"nullable", f.nullable}, {"help", f.help}, {"example", json::parse(f.example_json)}};
    if (f.minimum) j["minimum"] = *f.minimum;
    if (f.maximum) j["maximum"] = *f.maximum;
    if (f.type == "share") { j["minimum"] = 0; j["maximum"] = 1; }
    if (!f.values.empty()) j["values"] = f.values;
    fields.push_back(j);
  }
  return {{"factors", factors}, {"team_fields", fields}, {"answers", {"met", "partly", "not_met", "unknown"}}};
}

}  // namespace trynext
