// The answer as a manager reads it in a terminal: a ranked list, one plain sentence of why for each,
// the strongest evidence, and what to keep doing. to_text() is this renderer.
#include <sstream>

#include "render/renderers.h"
#include "render/text_wrap.h"

namespace trynext {

namespace report {

std::string render_text(const Report& r, const ReportOptions& options) {
  auto wrap = [&options](const std::string& text, const std::string& indent) {
    return wrap_text(text, indent, options.width);
  };
  std::ostringstream out;
  out << "What to try next" << (r.team_name.empty() ? "" : " for " + r.team_name) << "\n\n";
  if (r.recommendations.empty()) {
    out << wrap(kNothingStandsOut, "");
  }
  for (const auto& rec : r.recommendations) {
    out << rec.rank << ". " << rec.title << "  [" << rec.priority << " priority, " << rec.level << " level, "
        << rec.effort << " effort]\n";
    if (!rec.reasons.empty()) out << wrap("Why: " + rec.reasons.front().text, "   ");
    if (rec.reasons.size() > 1)
      out << wrap("Also: " + std::to_string(rec.reasons.size() - 1) + " more reason" +
                      (rec.reasons.size() > 2 ? "s" : "") + " (see --format json or --explain).",
                  "   ");
    for (const auto& note : rec.notes) out << wrap("Note: " + note, "   ");
    if (rec.strongest) {
      const EvidenceLine& e = rec.evidence[*rec.strongest];
      out << wrap("Evidence: " + e.citation + " (" + e.grade + ", " + e.certainty_words + " certainty): " + e.claim,
                  "   ");
    }
    out << "\n";
  }
  if (!r.also_considered.empty()) {
    // The best few by name; a long tail helps nobody in a terminal.
    constexpr std::size_t kNamed = 6;
    std::string names;
    for (std::size_t i = 0; i < r.also_considered.size() && i < kNamed; ++i)
      names += (i ? ", " : "") + r.also_considered[i].title;
    if (r.also_considered.size() > kNamed)
      names += ", and " + std::to_string(r.also_considered.size() - kNamed) + " more (see --format json)";
    out << wrap("Also considered: " + names + ".", "");
    out << "\n";
  }
  if (!r.keep_going.empty()) {
    std::string names;
    for (std::size_t i = 0; i < r.keep_going.size(); ++i) names += (i ? ", " : "") + r.keep_going[i].title;
    out << wrap("Already in place, keep going: " + names + ".", "");
    out << "\n";
  }
  if (r.any_score) {
    out << "Benchmark factors (share of answered indicators met):\n";
    for (const auto& f : r.factors) {
      out << "  " << f.title << ": ";
      if (f.percent)
        out << *f.percent << "% (" << f.answered << " of " << f.total << " answered)\n";
      else
        out << "not answered\n";
    }
    out << "\n";
  }
  if (!r.warnings.empty()) {
    out << "Warnings:\n";
    for (const auto& w : r.warnings) out << wrap("- " + w.message, "  ");
    out << "\n";
  }
  if (r.trace.present) {
    out << "Rules (explain):\n";
    for (const auto& line : r.trace.rules) {
      const RuleTrace& t = line.rule;
      out << "  "
          << (line.state == RuleState::fired   ? "fired  "
              : line.state == RuleState::quiet ? "quiet  "
                                               : "failed ")
          << t.rule << " (" << t.file << ":" << t.line << ")\n";
      if (!t.error.empty()) out << wrap(t.error, "         ");
      for (const auto& s : t.would_fire_if) out << wrap(s, "         ");
    }
    out << "\n";
  }
  out << "Rules " << r.versions.rules << ", catalogue " << r.versions.catalogue << ", trynext " << r.versions.engine
      << "\n";
  return out.str();
}

}  // namespace report

std::string to_text(const Result& result) { return render_report(result, ReportFormat::text); }

}  // namespace trynext
