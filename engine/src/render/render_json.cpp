// The result's JSON contract (schemas/result.schema.json) and the error document, written once, with
// JsonWriter, for every surface: the CLI, the C ABI and the service. Keys are written in the order
// nlohmann::json's std::map keeps them, so the text is what dumping the same document would give;
// tests/unit/result_json_oracle.cpp holds that document, built field by field, and the tests compare.
#include <algorithm>
#include <cmath>

#include "render/json_writer.h"
#include "render/rendered_intervention.h"
#include "trynext/json.h"
#include "trynext/result.h"

namespace trynext {

using nlohmann::json;

namespace {

// Inputs as an object: keys in order, the last of equal paths winning (as assigning them one by one
// to a json object would).
void write_inputs(JsonWriter& w, const std::vector<std::pair<std::string, std::string>>& inputs) {
  std::vector<const std::pair<std::string, std::string>*> sorted;
  sorted.reserve(inputs.size());
  for (const auto& in : inputs) sorted.push_back(&in);
  std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });
  w.open_object();
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (i + 1 < sorted.size() && sorted[i + 1]->first == sorted[i]->first) continue;  // a later one wins
    w.key(sorted[i]->first);
    w.json_text(sorted[i]->second);
  }
  w.close();
}

void write_source(JsonWriter& w, const SourceRef& s) {
  w.open_object();
  w.key("file");
  w.string(s.file);
  w.key("lines");
  w.open_array();
  w.item();
  w.integer(s.line_start);
  w.item();
  w.integer(s.line_end);
  w.close();
  w.key("section");
  w.string(s.section);
  w.close();
}

// The named thresholds a rule read: [{ id, local_choice, unit, value }], in the order it read them.
void write_thresholds(JsonWriter& w, const std::vector<ThresholdUse>& uses) {
  w.open_array();
  for (const auto& u : uses) {
    w.item();
    w.open_object();
    w.key("id");
    w.string(u.id);
    w.key("local_choice");
    w.boolean(u.local_choice);
    w.key("unit");
    w.string(u.unit);
    w.key("value");
    w.number(u.value);
    w.close();
  }
  w.close();
}

// The catalogue's members of a recommendation, in the contract's key order, as the pieces
// RenderedIntervention keeps: from cautions to id; level; requires; summary and title.
void write_catalogue_head(JsonWriter& w, const Recommendation& r) {
  w.strings("cautions", r.cautions);
  w.key("effort");
  w.string(r.effort);
  w.key("evidence");
  w.open_array();
  for (const auto& e : r.evidence) {
    w.item();
    w.open_object();
    if (!e.about.empty()) {
      w.key("about");
      w.string(e.about);
    }
    w.key("certainty");
    w.string(e.certainty);
    w.key("citation");
    w.string(e.citation);
    w.key("claim");
    w.string(e.claim);
    w.key("grade");
    w.string(e.grade);
    w.key("source");
    write_source(w, e.source);
    w.close();
  }
  w.close();
  w.key("evidence_summary");
  w.open_object();
  w.key("caution");
  w.string(r.evidence_summary.caution);
  w.key("strength");
  w.string(r.evidence_summary.strength);
  w.key("text");
  w.string(r.evidence_summary.text);
  w.close();
  w.key("format");
  w.open_object();
  for (const auto& [key, text] : r.format) {
    w.key(key);
    w.string(text);
  }
  w.close();
  w.key("id");
  w.string(r.id);
}

void write_level(JsonWriter& w, const Recommendation& r) {
  w.key("level");
  w.string(r.level);
}

void write_requires(JsonWriter& w, const Recommendation& r) { w.strings("requires", r.needs_first); }

void write_catalogue_tail(JsonWriter& w, const Recommendation& r) {
  w.key("summary");
  w.string(r.summary);
  w.key("title");
  w.string(r.title);
}

void write_reason(JsonWriter& w, const Reason& reason) {
  w.open_object();
  w.key("inputs");
  write_inputs(w, reason.inputs);
  w.key("rule");
  w.string(reason.rule);
  w.key("text");
  w.string(reason.text);
  w.key("thresholds");
  write_thresholds(w, reason.thresholds);
  w.key("weight");
  w.number(reason.weight);
  w.close();
}

void write_need(JsonWriter& w, const Need& need) {
  w.key("need");
  w.open_object();
  w.key("acute");
  w.boolean(need.acute);
  w.key("gap");
  w.boolean(need.gap);
  w.key("signals");
  w.integer(need.signals);
  w.key("strongest");
  w.integer(need.strongest);
  w.close();
}

void write_tried(JsonWriter& w, const Recommendation& r) {
  w.key("tried");
  if (r.tried.empty())
    w.null();
  else
    w.string(r.tried);
}

// evidence "ids": what the catalogue says of the intervention is left to its id (GET
// /v1/catalogue/{id}, trynext_catalogue()), and each reason is its rule and weight: the team's own
// answers are what the caller sent.
void write_recommendation_ids(JsonWriter& w, const Recommendation& r) {
  w.open_object();
  w.key("id");
  w.string(r.id);
  w.key("label");
  w.string(r.label);
  write_need(w, r.need);
  w.strings("notes", r.notes);
  w.key("priority");
  w.string(r.priority);
  w.key("rank");
  w.integer(r.rank);
  w.key("rationale");
  w.open_array();
  for (const auto& reason : r.rationale) {
    w.item();
    w.open_object();
    w.key("rule");
    w.string(reason.rule);
    w.key("weight");
    w.number(reason.weight);
    w.close();
  }
  w.close();
  w.key("score");
  w.number(r.score);
  write_tried(w, r);
  w.close();
}

// The catalogue's members are copied from the bytes written when the engine loaded, when the
// recommendation has them for this indent; otherwise written from the fields.
void write_recommendation(JsonWriter& w, const Recommendation& r, int indent) {
  const RenderedIntervention::Form* done = r.rendered ? r.rendered->form(indent) : nullptr;
  // The catalogue's own fields when it has them: the same as r's, or all r has when they were left out.
  const Recommendation& from = r.rendered ? r.rendered->catalogue : r;
  w.open_object();
  if (done)
    w.splice(done->head);
  else
    write_catalogue_head(w, from);
  w.key("label");
  w.string(r.label);
  if (done)
    w.splice(done->level);
  else
    write_level(w, from);
  write_need(w, r.need);
  w.strings("notes", r.notes);
  w.key("priority");
  w.string(r.priority);
  w.key("rank");
  w.integer(r.rank);
  w.key("rationale");
  w.open_array();
  for (const auto& reason : r.rationale) {
    w.item();
    write_reason(w, reason);
  }
  w.close();
  if (done)
    w.splice(done->requires_);
  else
    write_requires(w, from);
  w.key("score");
  w.number(r.score);
  if (done)
    w.splice(done->tail);
  else
    write_catalogue_tail(w, from);
  write_tried(w, r);
  w.close();
}

template <std::size_t N>
void write_recommendations(JsonWriter& w, const char (&key)[N], const std::vector<Recommendation>& list, int indent,
                           EvidenceForm form) {
  w.key(key);
  w.open_array();
  for (const auto& r : list) {
    w.item();
    if (form == EvidenceForm::ids)
      write_recommendation_ids(w, r);
    else
      write_recommendation(w, r, indent);
  }
  w.close();
}

void write_trace(JsonWriter& w, const RuleTrace& t) {
  w.open_object();
  w.key("conditions");
  w.open_array();
  for (const auto& c : t.conditions) {
    w.item();
    w.open_object();
    w.key("actual");
    w.json_text(c.actual);
    w.key("expected");
    w.string(c.expected);
    w.key("path");
    w.string(c.path);
    w.key("result");
    w.boolean(c.result);
    w.key("test");
    w.string(c.op);
    w.close();
  }
  w.close();
  if (!t.error.empty()) {
    w.key("error");
    w.string(t.error);
  }
  w.key("file");
  w.string(t.file);
  w.key("fired");
  w.boolean(t.fired);
  w.key("inputs");
  write_inputs(w, t.inputs);
  w.key("instructions");
  w.unsigned_integer(t.instructions);
  w.key("line");
  w.integer(t.line);
  w.key("memory_bytes");
  w.unsigned_integer(t.memory_bytes);
  w.key("microseconds");
  w.number(std::round(t.microseconds * 10) / 10);
  w.strings("near_miss", t.near_miss);
  w.strings("recommended", t.recommended);
  w.key("rule");
  w.string(t.rule);
  w.key("thresholds");
  write_thresholds(w, t.thresholds);
  w.key("title");
  w.string(t.title);
  w.strings("would_fire_if", t.would_fire_if);
  w.close();
}

// Factors by id, in key order, the last of equal ids winning.
void write_factors(JsonWriter& w, const std::vector<FactorScore>& list) {
  std::vector<const FactorScore*> factors;
  factors.reserve(list.size());
  for (const auto& f : list) factors.push_back(&f);
  std::stable_sort(factors.begin(), factors.end(), [](auto* a, auto* b) { return a->id < b->id; });
  w.open_object();
  for (std::size_t i = 0; i < factors.size(); ++i) {
    if (i + 1 < factors.size() && factors[i + 1]->id == factors[i]->id) continue;
    const FactorScore& f = *factors[i];
    w.key(f.id);
    w.open_object();
    w.key("answered");
    w.integer(f.answered);
    w.key("met");
    w.integer(f.met);
    w.key("not_met");
    w.integer(f.not_met);
    w.key("partly");
    w.integer(f.partly);
    w.key("score");
    if (f.score)
      w.number(std::round(*f.score * 1000) / 1000);
    else
      w.null();
    w.key("title");
    w.string(f.title);
    w.key("total");
    w.integer(f.total);
    w.key("unknown");
    w.integer(f.unknown);
    w.close();
  }
  w.close();
}

void write_warning(JsonWriter& w, const Warning& x) {
  w.open_object();
  if (!x.file.empty()) {
    w.key("file");
    w.string(x.file);
  }
  w.key("kind");
  w.string(x.kind);
  if (x.line) {
    w.key("line");
    w.integer(x.line);
  }
  w.key("message");
  w.string(x.message);
  if (!x.rule.empty()) {
    w.key("rule");
    w.string(x.rule);
  }
  w.close();
}

void write_result(JsonWriter& w, const Result& r, int indent) {
  w.open_object();
  write_recommendations(w, "also_considered", r.also_considered, indent, r.evidence);
  if (r.evidence == EvidenceForm::ids) {
    w.key("evidence");
    w.string("ids");
  }
  if (r.explained) {
    w.key("explain");
    w.open_object();
    w.key("limits");
    w.open_object();
    w.key("instructions_per_rule");
    w.unsigned_integer(r.instruction_limit);
    w.key("memory_bytes");
    w.unsigned_integer(r.memory_limit);
    w.close();
    w.key("rules");
    w.open_array();
    for (const auto& t : r.trace) {
      w.item();
      write_trace(w, t);
    }
    w.close();
    w.close();
  }
  w.key("factors");
  write_factors(w, r.factors);
  write_recommendations(w, "keep_going", r.keep_going, indent, r.evidence);
  write_recommendations(w, "recommendations", r.recommendations, indent, r.evidence);
  w.key("team");
  w.open_object();
  w.key("name");
  w.string(r.team_name);
  w.close();
  w.key("versions");
  w.open_object();
  w.key("catalogue");
  w.string(r.versions.catalogue);
  w.key("engine");
  w.string(r.versions.engine);
  w.key("rules");
  w.string(r.versions.rules);
  w.close();
  w.key("warnings");
  w.open_array();
  for (const auto& x : r.warnings) {
    w.item();
    write_warning(w, x);
  }
  w.close();
  w.close();
}

}  // namespace

std::string to_json(const Result& r, int indent) {
  // One buffer per thread, kept between calls: a result is some 100 KiB, and a fresh buffer would
  // be allocated and grown again for each.
  thread_local JsonBuffer out;
  out.clear();
  JsonWriter w(out, indent);
  write_result(w, r, indent);
  return out.str();
}

std::shared_ptr<const RenderedIntervention> render_intervention(const Recommendation& r) {
  auto rendered = std::make_shared<RenderedIntervention>();
  for (int indent : {-1, 2}) {
    RenderedIntervention::Form& form = indent < 0 ? rendered->compact : rendered->pretty;
    // Written where a recommendation stands in a result, so that the indentation is the same.
    JsonBuffer out(1u << 12);
    JsonWriter w(out, indent);
    w.open_object();
    w.key("recommendations");
    w.open_array();
    w.item();
    w.open_object();
    auto piece = [&](std::string& into, auto write) {
      std::size_t from = out.size();
      write(w, r);
      into.assign(out.data() + from, out.size() - from);
    };
    piece(form.head, write_catalogue_head);
    w.key("label");  // what stands between the pieces: any value does
    w.null();
    piece(form.level, write_level);
    piece(form.requires_, write_requires);
    piece(form.tail, write_catalogue_tail);
  }
  rendered->catalogue = r;
  rendered->catalogue.rendered = nullptr;
  return rendered;
}

json result_json(const Result& r) { return json::parse(to_json(r, -1)); }

std::string error_json(std::string_view code, std::string_view message, const json& details) {
  json error = details.is_object() ? details : json::object();
  error["code"] = code;
  error["message"] = message;
  return write_json(json{{"error", std::move(error)}}, -1);
}

std::string error_json(const InputError& e) {
  json problems = json::array();
  for (const auto& p : e.problems()) {
    json j = {{"path", p.path}, {"message", p.message}, {"text", p.to_string()}};
    if (p.line > 0) {
      j["line"] = p.line;
      j["column"] = p.column;
    }
    problems.push_back(std::move(j));
  }
  std::size_t n = e.problems().size();
  std::string message =
      "not a valid assessment (" + std::to_string(n) + " problem" + (n == 1 ? "" : "s") + "): " + e.what();
  return error_json("invalid_assessment", message, {{"problems", std::move(problems)}});
}

}  // namespace trynext
