// Builds the Report of a Result: what every format says, derived once (the strongest evidence, the
// factor percentages, each rule's state) so that no renderer works it out again.
#include "render/report_model.h"

#include <cmath>

namespace trynext::report {

namespace {

std::string certainty_words(const std::string& c) { return c == "very_low" ? "very low" : c; }

// The evidence a manager should see first: the highest certainty, the first given among equals.
std::optional<std::size_t> strongest(const std::vector<Evidence>& evidence) {
  static const char* const order[] = {"high", "moderate", "low", "very_low"};
  for (const char* certainty : order)
    for (std::size_t i = 0; i < evidence.size(); ++i)
      if (evidence[i].certainty == certainty) return i;
  return std::nullopt;
}

Item item_of(const Recommendation& r, std::size_t of) {
  Item item{r.id, r.title, r.summary, r.priority, r.level, r.effort, r.rank, of, {}, r.notes, r.cautions, {}, {}};
  for (const auto& reason : r.rationale) item.reasons.push_back({reason.text, reason.rule});
  for (const auto& e : r.evidence)
    item.evidence.push_back({e.claim, e.citation, e.grade, e.certainty, certainty_words(e.certainty)});
  item.strongest = strongest(r.evidence);
  return item;
}

std::vector<Named> names_of(const std::vector<Recommendation>& list) {
  std::vector<Named> out;
  for (const auto& r : list) out.push_back({r.id, r.title});
  return out;
}

}  // namespace

Report build(const Result& result) {
  Report report;
  report.source = &result;
  report.team_name = result.team_name;
  for (const auto& r : result.recommendations) report.recommendations.push_back(item_of(r, result.recommendations.size()));
  report.also_considered = names_of(result.also_considered);
  report.keep_going = names_of(result.keep_going);
  for (const auto& f : result.factors) {
    FactorLine line{f.id, f.title, std::nullopt, f.answered, f.total};
    if (f.score) line.percent = static_cast<int>(std::lround(*f.score * 100));
    report.any_score = report.any_score || line.percent.has_value();
    report.factors.push_back(std::move(line));
  }
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
  }
  report.versions = result.versions;
  return report;
}

}  // namespace trynext::report
