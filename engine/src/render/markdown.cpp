// The report in CommonMark, for wikis and tickets: the labels with their meanings, a heading per
// recommendation with the same detail the cards carry (label, why, what it involves, what must be in
// place first, cautions, the evidence in words), the factor chart as a table of met / partly / not met
// / not answered counts, what to keep going, what was tried, near misses, also considered, warnings,
// a blank action plan, and a footer with the caveats and versions.
#include "render/markdown.h"

#include <cstdio>
#include <vector>

#include "render/near_miss_lines.h"
#include "render/renderers.h"
#include "render/report_date.h"

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
  // The summary first: a card's detail (cards.cpp) opens with what the intervention is.
  std::string d = r.summary.empty() ? "" : md(r.summary) + "\n\n";
  d += (r.label.words.empty() ? "" : "**" + md(r.label.words) + "** \u00b7 ") + md(r.level) + " level \u00b7 " +
       md(r.effort) + " effort \u00b7 rank " + std::to_string(r.rank) + " of " + std::to_string(r.of) + "\n\n";
  if (r.gap) d += "*Already in place, but below what the sources require: a gap to close.*\n\n";
  if (!r.reasons.empty()) {
    d += "**Why this team:**\n\n";
    for (const auto& reason : r.reasons) d += "- " + md(reason.text) + " *(rule `" + reason.rule + "`)*\n";
    if (!r.local_choices.empty()) {
      std::string choices;
      for (std::size_t i = 0; i < r.local_choices.size(); ++i) choices += (i ? "; " : "") + r.local_choices[i];
      d += "\n*Local choices in these reasons (set by the people who keep the rules, not by the sources): " +
           md(choices) + ".*\n";
    }
  }
  if (!r.format.empty()) {
    d += "\n**What it involves:**\n\n";
    for (const auto& f : r.format) d += "- " + md(f.name) + ": " + md(f.text) + "\n";
  }
  if (!r.needs_first.empty()) {
    d += "\n**What must be in place first:**\n\n";
    for (const auto& n : r.needs_first) d += "- " + md(n) + "\n";
  }
  std::vector<std::string> cautions;
  if (!r.caution.empty()) cautions.push_back(r.caution);
  for (const auto& c : r.cautions)
    if (c != r.caution) cautions.push_back(c);
  if (!cautions.empty()) {
    d += "\n**Cautions:**\n\n";
    for (const auto& c : cautions) d += "- " + md(c) + "\n";
  }
  if (!r.evidence_words.empty() || !r.evidence.empty()) {
    d += "\n**Evidence:**";
    if (!r.evidence_words.empty()) d += " " + md(r.evidence_words);
    d += "\n\n";
    for (const auto& e : r.evidence) {
      // A requirement is what it is, not a certainty grade.
      std::string grade = e.grade_words.empty() ? e.grade : e.grade_words;
      if (e.grade != "policy" && !e.certainty_words.empty()) grade += "; " + e.certainty_words + " certainty";
      d += "- " + md(e.claim) + " \u2014 " + md(e.citation) + (e.source.empty() ? "" : ", in " + md(e.source)) +
           " (" + md(grade) + ")";
      if (!e.about.empty()) d += " *This item is about " + md(e.about) + ".*";
      d += "\n";
    }
  }
  if (!r.notes.empty()) {
    d += "\n**Notes:**\n\n";
    for (const auto& n : r.notes) d += "- " + md(n) + "\n";
  }
  return d;
}

}  // namespace markdown

namespace {

using markdown::escape;

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

// "- Title *(label)*: note" for each.
std::string named(const std::vector<Named>& list, const std::vector<LabelLine>& labels) {
  std::string out;
  for (const auto& n : list) {
    out += "- " + escape(n.title);
    for (const auto& l : labels)
      if (l.id == n.label && n.label != "keep_going") out += " *(" + escape(l.words) + ")*";
    if (!n.note.empty()) out += ": " + escape(n.note);
    out += "\n";
  }
  return out;
}

std::string factors_table(const Report& r) {
  std::string out = "## How the team answered the benchmark\n\n" + std::to_string(r.indicators_answered) + " of " +
                    std::to_string(r.indicators_total) +
                    " indicators answered. Indicators per factor of the organisational benchmarking tool:\n\n"
                    "| Factor | Met | Partly | Not met | Not answered | Indicators |\n|---|--:|--:|--:|--:|--:|\n";
  for (const auto& f : r.factors)
    out += "| " + escape(f.title) + " | " + std::to_string(f.met) + " | " + std::to_string(f.partly) + " | " +
           std::to_string(f.not_met) + " | " + std::to_string(f.unknown) + " | " + std::to_string(f.total) + " |\n";
  return out + "\n" + escape(kBenchmarkCaveat) + "\n\n";
}

std::string near_misses(const Report& r) {
  std::vector<std::string> lines = near_miss_lines(r);
  if (lines.empty()) return "";
  std::string out = "## Near misses\n\nNot recommended for this team now; what would change that:\n\n";
  for (const auto& l : lines) out += "- " + escape(l) + "\n";
  return out + "\n";
}

}  // namespace

std::string render_markdown(const Report& r, const ReportOptions& options) {
  std::string out = "# What to try next" + (r.team_name.empty() ? "" : " for " + escape(r.team_name)) + "\n\n";
  if (r.recommendations.empty()) out += std::string(kNothingStandsOut) + "\n\n";
  if (!r.labels.empty()) {
    for (const auto& l : r.labels) out += "- **" + escape(l.words) + "**: " + escape(l.meaning) + "\n";
    out += "\n";
  }
  for (const auto& item : r.recommendations)
    out += "## " + std::to_string(item.rank) + ". " + escape(item.title) + "\n\n" + markdown::item(item) + "\n";
  if (!r.factors.empty()) out += factors_table(r);
  if (!r.keep_going.empty()) out += "## Already in place, keep going\n\n" + named(r.keep_going, r.labels) + "\n";
  if (!r.tried.empty()) out += "## What the team tried before\n\n" + named(r.tried, r.labels) + "\n";
  out += near_misses(r);
  if (!r.also_considered.empty()) out += "## Also considered\n\n" + named(r.also_considered, r.labels) + "\n";
  if (!r.warnings.empty()) {
    out += "## Warnings\n\n";
    for (const auto& w : r.warnings) out += "- " + escape(w.message) + "\n";
    out += "\n";
  }
  if (!r.sources.empty()) {
    out += "## Sources\n\nThe evidence above is taken from:\n\n";
    for (const auto& s : r.sources) out += "- " + escape(s) + "\n";
    out += "\n";
  }
  // Blank, as in the HTML: to fill in at the meeting, whatever was recommended.
  out +=
      "## Action plan\n\n| Action | Owner | Start | Review date |\n|---|---|---|---|\n"
      "|  |  |  |  |\n|  |  |  |  |\n|  |  |  |  |\n\n";
  // The rules' trace is the trace view's (trynext explain): the report says near misses in words.
  out += "---\n\nMade on " + escape(date_words(report_date(options))) + ". " + escape(kBenchmarkCaveat) + "\n\n";
  if (!r.local_choices.empty()) out += escape(r.local_choices) + "\n\n";
  return out + versions_line(r.versions);
}

std::string render_trace_markdown(const Report& r, const ReportOptions&) {
  return trace_section(r.trace) + versions_line(r.versions);
}

}  // namespace trynext::report
