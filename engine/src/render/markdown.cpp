// The report in CommonMark: a heading per recommendation with the same detail the cards carry, then
// what else was considered, what to keep going, the factor scores as a table, warnings, the rules'
// trace when explained, and the versions.
#include "render/markdown.h"

#include <cstdio>

#include "render/renderers.h"

namespace trynext::report {

namespace markdown {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '|')
      out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

std::string item(const Item& r) {
  const auto md = escape;
  std::string d = md(r.summary) + "\n\n**Why this team:**\n\n";
  for (const auto& reason : r.reasons) d += "- " + md(reason.text) + " *(rule `" + reason.rule + "`)*\n";
  if (!r.evidence.empty()) {
    d += "\n**Evidence:**\n\n";
    for (const auto& e : r.evidence)
      d += "- " + md(e.claim) + " \u2014 " + md(e.citation) + " (" + md(e.grade) + ", " + md(e.certainty) +
           " certainty)\n";
  }
  if (!r.cautions.empty()) {
    d += "\n**Cautions:**\n\n";
    for (const auto& c : r.cautions) d += "- " + md(c) + "\n";
  }
  if (!r.notes.empty()) {
    d += "\n**Notes:**\n\n";
    for (const auto& n : r.notes) d += "- " + md(n) + "\n";
  }
  d += "\n" + md(r.level) + " level \u00b7 " + md(r.effort) + " effort \u00b7 " + md(r.priority) +
       " priority \u00b7 rank " + std::to_string(r.rank) + " of " + std::to_string(r.of) + "\n";
  return d;
}

}  // namespace markdown

namespace {

using markdown::escape;

std::string names(const std::vector<Named>& list) {
  std::string out;
  for (const auto& n : list) out += "- " + escape(n.title) + "\n";
  return out;
}

const char* state_word(RuleState state) {
  return state == RuleState::fired ? "fired" : state == RuleState::failed ? "failed" : "quiet";
}

std::string trace_section(const Trace& trace) {
  std::string out = "## Rules (explain)\n\n" + std::to_string(trace.rules.size()) + " rules, " +
                    std::to_string(trace.fired) + " fired, " + std::to_string(trace.failed) +
                    " failed; limits per rule: " + std::to_string(trace.instruction_limit) + " instructions, " +
                    std::to_string(trace.memory_limit / 1024) + " KiB.\n\n";
  for (const auto& line : trace.rules) {
    const RuleTrace& t = line.rule;
    char usage[96];
    std::snprintf(usage, sizeof usage, "%.1f us, %.1f KiB", t.microseconds, t.memory_bytes / 1024.0);
    out += "- **" + std::string(state_word(line.state)) + "** `" + t.rule + "` (" + escape(t.file) + ":" +
           std::to_string(t.line) + "), " + usage + "\n";
    if (!t.error.empty()) out += "  - error: " + escape(t.error) + "\n";
    if (!t.recommended.empty()) {
      out += "  - recommended:";
      for (const auto& id : t.recommended) out += " `" + id + "`";
      out += "\n";
    }
    for (const auto& [path, value] : t.inputs) out += "  - read: " + escape(path) + " = " + escape(value) + "\n";
    for (const auto& c : t.conditions)
      out += "  - tested: " + escape(c.path) + " " + escape(c.op) + " " + escape(c.expected) + " \u2192 " +
             (c.result ? "yes" : "no") + " (value " + escape(c.actual) + ")\n";
    for (const auto& w : t.would_fire_if) out += "  - would fire if: " + escape(w) + "\n";
  }
  return out + "\n";
}

std::string versions_line(const Versions& v) {
  return "Rules " + escape(v.rules) + ", catalogue " + escape(v.catalogue) + ", trynext " + escape(v.engine) + ".\n";
}

}  // namespace

std::string render_markdown(const Report& r, const ReportOptions&) {
  std::string out = "# What to try next" + (r.team_name.empty() ? "" : " for " + escape(r.team_name)) + "\n\n";
  if (r.recommendations.empty()) out += std::string(kNothingStandsOut) + "\n\n";
  for (const auto& item : r.recommendations)
    out += "## " + std::to_string(item.rank) + ". " + escape(item.title) + "\n\n" + markdown::item(item) + "\n";
  if (!r.also_considered.empty()) out += "## Also considered\n\n" + names(r.also_considered) + "\n";
  if (!r.keep_going.empty()) out += "## Already in place, keep going\n\n" + names(r.keep_going) + "\n";
  if (r.any_score) {
    out += "## Benchmark factors\n\nShare of answered indicators met.\n\n| Factor | Met | Answered |\n|---|--:|--:|\n";
    for (const auto& f : r.factors)
      out += "| " + escape(f.title) + " | " + (f.percent ? std::to_string(*f.percent) + "%" : "not answered") +
             " | " + std::to_string(f.answered) + " of " + std::to_string(f.total) + " |\n";
    out += "\n";
  }
  if (!r.warnings.empty()) {
    out += "## Warnings\n\n";
    for (const auto& w : r.warnings) out += "- " + escape(w.message) + "\n";
    out += "\n";
  }
  if (r.trace.present) out += trace_section(r.trace);
  return out + versions_line(r.versions);
}

std::string render_trace_markdown(const Report& r, const ReportOptions&) {
  return trace_section(r.trace) + versions_line(r.versions);
}

}  // namespace trynext::report
