// JSON views of the catalogue and the instrument (json.h): the documents `trynext catalogue`, the C ABI
// and the service hand out, built as nlohmann::json values (they are small and written once per load).
#include "input/assessment.h"
#include "trynext/json.h"

namespace trynext {

using nlohmann::json;

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
  // Optional keys are present only when they say something, as on_request_only is.
  if (!e.about.empty()) j["about"] = e.about;
  return j;
}

}  // namespace

json intervention_json(const Intervention& i) {
  json evidence = json::array();
  for (const auto& e : i.evidence) evidence.push_back(evidence_json(e));
  json format = json::object();
  for (const auto& [k, v] : i.format) format[k] = v;
  json j = {{"id", i.id},
            {"title", i.title},
            {"summary", i.summary},
            {"level", i.level},
            {"effort", i.effort},
            {"format", format},
            {"prerequisites", i.prerequisites},
            {"requires", i.preconditions},
            {"cautions", i.cautions},
            {"individual_resilience", i.individual_resilience},
            {"evidence", evidence}};
  if (!i.on_request_only.empty()) j["on_request_only"] = i.on_request_only;
  if (!i.sustain.empty()) j["sustain"] = {{"text", i.sustain}, {"source", source_json(i.sustain_source)}};
  return j;
}

json catalogue_json(const Catalogue& c) {
  json interventions = json::array();
  for (const auto& i : c.interventions) interventions.push_back(intervention_json(i));
  json grades = json::array();
  for (const auto& g : c.grades)
    grades.push_back({{"id", g.id}, {"description", g.description}, {"certainty", g.certainty}});
  json documents = json::array();
  for (const auto& d : c.documents) {
    json j = {{"file", d.file}, {"title", d.title}, {"short", d.short_name}, {"publisher", d.publisher}};
    if (!d.year.empty()) j["year"] = d.year;
    documents.push_back(j);
  }
  return {{"interventions", interventions}, {"grades", grades}, {"documents", documents}, {"digest", c.digest}};
}

json instrument_json(const Catalogue& c) {
  json factors = json::array();
  for (const auto& f : c.factors) {
    json indicators = json::array();
    for (const auto& id : f.indicators) {
      const Indicator* i = c.find_indicator(id);
      indicators.push_back({{"id", i->id},
                            {"text", i->text},
                            {"interventions", i->interventions},
                            {"source", source_json({f.source.file, f.source.section, i->line_start, i->line_end})}});
    }
    factors.push_back({{"id", f.id},
                       {"title", f.title},
                       {"poor_practice", f.poor_practice},
                       {"best_practice", f.best_practice},
                       {"source", source_json(f.source)},
                       {"indicators", indicators}});
  }
  json fields = json::array();
  for (const auto& f : c.fields) {
    json j = {{"name", f.name},
              {"path", "team." + f.name},
              {"type", f.type},
              {"unit", f.unit},
              {"nullable", f.nullable},
              {"help", f.help},
              {"example", json::parse(f.example_json)}};
    if (f.minimum) j["minimum"] = *f.minimum;
    if (f.maximum) j["maximum"] = *f.maximum;
    if (f.type == "share") {
      j["minimum"] = 0;
      j["maximum"] = 1;
    }
    if (!f.values.empty()) j["values"] = f.values;
    fields.push_back(j);
  }
  return {{"factors", factors}, {"team_fields", fields}, {"answers", answer_values()}};
}

}  // namespace trynext
