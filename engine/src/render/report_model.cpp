// Builds the Report of a Result: what every format says, derived once (the strongest evidence, the
// factor percentages, each rule's state) so that no renderer works it out again.
#include "render/report_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "common/vocabulary.h"
#include "render/source_words.h"

namespace trynext::report {

namespace {

std::string certainty_words(const std::string& c) { return c == "very_low" ? "very low" : c; }

// A grade id in a manager's words (docs/catalogue.md describes each).
std::string grade_words(const std::string& grade) {
  static const std::pair<const char*, const char*> words[] = {
      {"systematic_review", "a systematic review"},
      {"controlled_study", "a controlled study"},
      {"evaluation", "an evaluation without a comparison group"},
      {"literature_review", "a literature review"},
      {"qualitative", "interviews or practitioners' accounts"},
      {"survey", "a staff survey"},
      {"policy", "required by national policy"},
      {"case_study", "one organisation's own account"},
      {"expert_opinion", "expert opinion"},
      {"anecdotal", "anecdotal, as the source says"},
      {"not_researched", "not yet researched, as the source says"},
  };
  for (const auto& [id, text] : words)
    if (grade == id) return text;
  return grade;
}

LabelLine label_line(const std::string& id) {
  const vocabulary::Label* l = vocabulary::find_label(id);
  return l ? LabelLine{l->id, l->words, l->meaning} : LabelLine{id, id, ""};
}

// What an intervention involves, in the order a manager asks about it.
std::vector<FormatLine> format_lines(const std::map<std::string, std::string>& format) {
  static const std::pair<const char*, const char*> names[] = {
      {"frequency", "How often"}, {"group_size", "How many"},   {"facilitator", "Who runs it"},
      {"duration", "How long"},   {"delivery", "What happens"},
  };
  std::vector<FormatLine> out;
  for (const auto& [key, name] : names)
    if (auto it = format.find(key); it != format.end()) out.push_back({name, it->second});
  return out;
}

// "5% for sickness absence high": the value in the threshold's unit (a share as a percentage).
std::string threshold_words(const ThresholdUse& t) {
  char value[32];
  bool share = t.unit.find("share") != std::string::npos;
  std::snprintf(value, sizeof value, "%g", share ? std::round(t.value * 1000) / 10 : t.value);
  std::string name = t.id;
  for (char& c : name)
    if (c == '_') c = ' ';
  return std::string(value) + (share ? "%" : "") + " for " + name;
}

std::string outcome_words(const std::string& outcome) {
  return outcome == "helped"      ? "it helped"
         : outcome == "no_change" ? "it made no difference"
         : outcome == "worse"     ? "it made things worse"
                                  : outcome;
}

// The evidence a manager should see first: the highest certainty, the first given among equals.
std::optional<std::size_t> strongest(const std::vector<Evidence>& evidence) {
  static const char* const order[] = {"high", "moderate", "low", "very_low"};
  for (const char* certainty : order)
    for (std::size_t i = 0; i < evidence.size(); ++i)
      if (evidence[i].certainty == certainty) return i;
  return std::nullopt;
}

Item item_of(const Recommendation& r, std::size_t of, const std::vector<Document>* documents) {
  Item item;
  item.id = r.id;
  item.title = r.title;
  item.summary = r.summary;
  item.priority = r.priority;
  item.label = label_line(r.label);
  item.gap = r.need.gap;
  item.level = r.level;
  item.effort = r.effort;
  item.rank = r.rank;
  item.of = of;
  for (const auto& reason : r.rationale) {
    item.reasons.push_back({reason.text, reason.rule});
    for (const auto& t : reason.thresholds) {
      if (!t.local_choice) continue;
      std::string words = threshold_words(t);
      if (std::find(item.local_choices.begin(), item.local_choices.end(), words) == item.local_choices.end())
        item.local_choices.push_back(words);
    }
  }
  item.notes = r.notes;
  // The result's cautions end with one "Needs in place first" line per precondition (the JSON
  // contract); people read those apart, under "what must be in place first".
  std::size_t own = r.cautions.size() >= r.needs_first.size() ? r.cautions.size() - r.needs_first.size() : 0;
  item.cautions.assign(r.cautions.begin(), r.cautions.begin() + static_cast<std::ptrdiff_t>(own));
  item.needs_first = r.needs_first;
  item.format = format_lines(r.format);
  item.evidence_strength = r.evidence_summary.strength;
  item.evidence_words = r.evidence_summary.text;
  item.caution = r.evidence_summary.caution;
  for (const auto& e : r.evidence)
    item.evidence.push_back({e.claim, e.citation, e.grade, grade_words(e.grade), e.certainty,
                             certainty_words(e.certainty), e.about,
                             citation_names_document(documents, e.citation, e.source.file)
                                 ? ""
                                 : document_short(documents, e.source.file)});
  item.strongest = strongest(r.evidence);
  return item;
}

std::vector<Named> names_of(const std::vector<Recommendation>& list) {
  std::vector<Named> out;
  for (const auto& r : list) out.push_back({r.id, r.title, r.label, ""});
  return out;
}

}  // namespace

Report build(const Result& result) {
  Report report;
  report.source = &result;
  report.team_name = result.team_name;
  for (const auto& r : result.recommendations)
    report.recommendations.push_back(item_of(r, result.recommendations.size(), result.documents.get()));
  report.also_considered = names_of(result.also_considered);
  for (const auto& r : result.also_considered)
    report.also_considered_detail.push_back(item_of(r, 0, result.documents.get()));
  // The documents the recommendations' evidence comes from, in the order first cited.
  for (const auto& r : result.recommendations)
    for (const auto& e : r.evidence) {
      std::string title = document_title(result.documents.get(), e.source.file);
      if (std::find(report.sources.begin(), report.sources.end(), title) == report.sources.end())
        report.sources.push_back(title);
    }
  report.keep_going = names_of(result.keep_going);
  for (std::size_t i = 0; i < result.keep_going.size(); ++i)
    report.keep_going[i].note = result.keep_going[i].notes.empty() ? "" : result.keep_going[i].notes.back();
  for (const auto* list : {&result.recommendations, &result.also_considered})
    for (const auto& r : *list)
      if (!r.tried.empty()) report.tried.push_back({r.id, r.title, r.label, outcome_words(r.tried)});
  // The labels used, in their order, so that every output can say what each means.
  for (const auto& l : vocabulary::labels()) {
    bool used = false;
    for (const auto* list : {&result.recommendations, &result.keep_going})
      for (const auto& r : *list) used = used || r.label == l.id;
    if (used) report.labels.push_back({l.id, l.words, l.meaning});
  }
  for (const auto& f : result.factors) {
    FactorLine line{f.id,       f.title,   std::nullopt,
                    f.answered, f.total,   f.met,
                    f.partly,   f.not_met, f.total - f.met - f.partly - f.not_met};
    if (f.score) line.percent = static_cast<int>(std::lround(*f.score * 100));
    report.any_score = report.any_score || line.percent.has_value();
    report.indicators_answered += f.answered;
    report.indicators_total += f.total;
    report.factors.push_back(std::move(line));
  }
  report.local_choices =
      "Figures named as local choices (such as 5% sickness absence, or six months as recent after an incident) "
      "were chosen by the people who keep these rules, not set by the sources; a policy lead changes them in "
      "rules/thresholds.lua.";
  report.warnings = result.warnings;
  Trace& trace = report.trace;
  trace.present = result.explained;
  trace.instruction_limit = result.instruction_limit;
  trace.memory_limit = result.memory_limit;
  for (const auto& t : result.trace) {
    RuleState state = !t.error.empty() ? RuleState::failed : t.fired ? RuleState::fired : RuleState::quiet;
    trace.fired += t.fired;
    trace.failed += state == RuleState::failed;
    trace.rules.push_back({state, t});
    if (state == RuleState::quiet && !t.near_miss.empty())
      report.near_misses.push_back({t.rule, t.title, t.near_miss});
    else if (state == RuleState::quiet)
      ++report.not_relevant;
  }
  report.versions = result.versions;
  return report;
}

}  // namespace trynext::report
