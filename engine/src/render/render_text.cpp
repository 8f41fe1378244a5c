// The answer as a manager reads it in a terminal: a ranked list, one plain sentence of why for each,
// the strongest evidence, and what to keep doing.
#include <cmath>
#include <sstream>

#include "trynext/result.h"

namespace trynext {

namespace {

// Wraps text at width, indenting continuation lines.
std::string wrap(const std::string& text, const std::string& indent, std::size_t width = 92) {
  std::istringstream words(text);
  std::string word, line, out;
  while (words >> word) {
    if (!line.empty() && indent.size() + line.size() + 1 + word.size() > width) {
      out += indent + line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) out += indent + line + "\n";
  return out;
}

// The evidence item a manager should see first: the highest certainty.
const Evidence* strongest(const std::vector<Evidence>& evidence) {
  static const char* const order[] = {"high", "moderate", "low", "very_low"};
  for (const char* certainty : order)
    for (const auto& e : evidence)
      if (e.certainty == certainty) return &e;
  return nullptr;
}

std::string certainty_words(const std::string& c) { return c == "very_low" ? "very low" : c; }

}  // namespace

std::string to_text(const Result& r) {
  std::ostringstream out;
  out << "What to try next" << (r.team_name.empty() ? "" : " for " + r.team_name) << "\n\n";
  if (r.recommendations.empty()) {
    out << wrap(
        "Nothing stands out: no rule found a gap in this assessment. Keep what works going, and "
        "repeat the assessment when something changes.",
        "");
  }
  for (const auto& rec : r.recommendations) {
    out << rec.rank << ". " << rec.title << "  [" << rec.priority << " priority, " << rec.level << " level, "
        << rec.effort << " effort]\n";
    if (!rec.rationale.empty()) out << wrap("Why: " + rec.rationale.front().text, "   ");
    if (rec.rationale.size() > 1)
      out << wrap("Also: " + std::to_string(rec.rationale.size() - 1) + " more reason" +
                      (rec.rationale.size() > 2 ? "s" : "") + " (see --format json or --explain).",
                  "   ");
    for (const auto& note : rec.notes) out << wrap("Note: " + note, "   ");
    if (const Evidence* e = strongest(rec.evidence))
      out << wrap("Evidence: " + e->citation + " (" + e->grade + ", " + certainty_words(e->certainty) +
                      " certainty): " + e->claim,
                  "   ");
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
  bool any_score = false;
  for (const auto& f : r.factors) any_score = any_score || f.score.has_value();
  if (any_score) {
    out << "Benchmark factors (share of answered indicators met):\n";
    for (const auto& f : r.factors) {
      out << "  " << f.title << ": ";
      if (f.score)
        out << static_cast<int>(std::lround(*f.score * 100)) << "% (" << f.answered << " of " << f.total
            << " answered)\n";
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
  if (r.explained) {
    out << "Rules (explain):\n";
    for (const auto& t : r.trace) {
      out << "  "
          << (t.fired           ? "fired  "
              : t.error.empty() ? "quiet  "
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

}  // namespace trynext
