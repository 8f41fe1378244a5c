// The answer as a manager reads it in a terminal: a short ranked list whose labels say what each means,
// why (the team's own figures), how strong the evidence is with its caveats, the caution to read first,
// what must be in place first; then what else was considered, what is in place and what was tried, and
// the benchmark factors as counts. to_text() is this renderer.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "common/vocabulary.h"
#include "render/renderers.h"
#include "render/text_wrap.h"

namespace trynext {

namespace report {

namespace {

// How many reasons each recommendation shows; the rest are one pointer away (trynext explain).
constexpr std::size_t kReasonsShown = 2;
// How many also-considered interventions are named per label.
constexpr std::size_t kNamed = 6;

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string joined(const std::vector<std::string>& parts, const char* last = " and ") {
  std::string s;
  for (std::size_t i = 0; i < parts.size(); ++i) s += (i ? (i + 1 == parts.size() ? last : ", ") : "") + parts[i];
  return s;
}

std::string without_full_stop(std::string s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  return s;
}

// "3 met, 5 partly, 3 not met" (and what was not answered).
std::string factor_counts(const FactorLine& f) {
  std::vector<std::string> parts;
  parts.push_back(std::to_string(f.met) + " met");
  parts.push_back(std::to_string(f.partly) + " partly");
  parts.push_back(std::to_string(f.not_met) + " not met");
  if (f.unknown) parts.push_back(std::to_string(f.unknown) + " not answered");
  return joined(parts, ", ");
}

}  // namespace

std::string render_text(const Report& r, const ReportOptions& options) {
  auto wrap = [&options](const std::string& text, const std::string& indent) {
    return wrap_text(text, indent, options.width);
  };
  // A list item: "- text", its further lines under the text.
  auto bullet = [&options](const std::string& text, const std::string& indent) {
    return wrap_text("- " + text, indent, indent + "  ", options.width);
  };
  // Escapes go around whole lines only, so that wrapping counts what is seen.
  auto bold = [&options](const std::string& line) { return options.color ? "\033[1m" + line + "\033[0m" : line; };
  auto red = [&options](const std::string& line) { return options.color ? "\033[1;31m" + line + "\033[0m" : line; };
  std::ostringstream out;
  out << bold("What to try next" + (r.team_name.empty() ? std::string() : " for " + r.team_name)) << "\n";
  if (r.indicators_total)
    out << wrap("Based on your team's figures and " + std::to_string(r.indicators_answered) + " of the " +
                    std::to_string(r.indicators_total) + " benchmark indicators answered.",
                "");
  // Few answers change what the whole list means: said at the top, not among the warnings at the end.
  for (const auto& w : r.warnings)
    if (w.kind == "few_answers") out << wrap("Note: " + w.message, "");
  out << "\n";
  if (r.recommendations.empty()) out << wrap(kNothingStandsOut, "") << "\n";

  if (!r.labels.empty()) {
    out << bold("What the labels mean:") << "\n";
    for (const auto& l : r.labels) out << wrap(l.words + ": " + l.meaning, "  ");
    out << "\n";
  }

  for (const auto& rec : r.recommendations) {
    out << bold(std::to_string(rec.rank) + ". " + rec.title + (rec.gap ? " (in place, but below the standard)" : ""))
        << "\n";
    std::string label_line = wrap(rec.label.words + ", " + rec.level + " level, " + rec.effort + " effort", "   ");
    out << (rec.label.id == "act_now" && options.color ? "   " + red(label_line.substr(3, label_line.size() - 4)) + "\n"
                                                       : label_line);
    for (std::size_t i = 0; i < rec.reasons.size() && i < kReasonsShown; ++i)
      out << wrap((i ? "Also: " : "Why: ") + rec.reasons[i].text, "   ");
    if (rec.reasons.size() > kReasonsShown)
      out << wrap("And " + plural(rec.reasons.size() - kReasonsShown, "more reason", "more reasons") +
                      ": trynext recommend FILE --explain lists them all.",
                  "   ");
    if (!rec.local_choices.empty())
      out << wrap("Local choices in these reasons: " + joined(rec.local_choices) + ".", "   ");
    for (const auto& note : rec.notes) out << wrap("Note: " + note, "   ");
    if (!rec.evidence_words.empty()) out << wrap("Evidence: " + rec.evidence_words, "   ");
    if (!rec.caution.empty()) out << wrap("Caution: " + rec.caution, "   ");
    if (!rec.needs_first.empty())
      out << wrap("Needs in place first: " + without_full_stop(joined(rec.needs_first, "; and ")) + ".", "   ");
    out << "\n";
  }

  if (!r.also_considered.empty()) {
    // Named by label, the best few of each; a long tail helps nobody in a terminal.
    std::size_t shown = r.recommendations.size(), total = shown + r.also_considered.size();
    for (const auto& label : {"act_now", "recommended", "worth_considering"}) {
      std::vector<std::string> names;
      std::size_t count = 0;
      std::string words;
      for (const auto& n : r.also_considered) {
        if (n.label != label) continue;
        if (++count <= kNamed) names.push_back(n.title);
      }
      if (!count) continue;
      const vocabulary::Label* l = vocabulary::find_label(label);
      words = l ? l->words : label;
      std::string line =
          "Also " + (words == "Act now" ? std::string("to act on now") : "labelled " + words) + ": " + joined(names);
      if (count > kNamed) line += ", and " + std::to_string(count - kNamed) + " more";
      out << wrap(line + ".", "");
    }
    out << wrap(
        "trynext recommend FILE --top " + std::to_string(total) + " shows all " + std::to_string(total) + " in full.",
        "");
    out << "\n";
  }

  if (!r.keep_going.empty()) {
    out << bold("Already in place, keep going:") << "\n";
    for (const auto& k : r.keep_going) {
      std::string line = k.title;
      // The note starts with the engine's "Already in place ...: keep it going."; say only what follows.
      const std::string lead = "Already in place in your team: keep it going.";
      std::string rest = k.note.rfind(lead, 0) == 0 ? k.note.substr(lead.size()) : k.note;
      while (!rest.empty() && rest.front() == ' ') rest.erase(0, 1);
      if (!rest.empty()) line += ". " + rest;
      out << bullet(line, "  ");
    }
    out << "\n";
  }

  if (!r.tried.empty()) {
    std::vector<std::string> items;
    for (const auto& t : r.tried) items.push_back(t.title + " (" + t.note + ")");
    out << wrap("Tried before: " + joined(items) + ".", "") << "\n";
  }

  if (r.any_score) {
    out << bold("Benchmark factors: how many indicators are met, partly met or not met") << "\n";
    std::size_t name_width = 0;
    for (const auto& f : r.factors) name_width = std::max(name_width, f.title.size());
    for (const auto& f : r.factors) {
      out << "  " << f.title << std::string(name_width - f.title.size() + 2, ' ');
      out << (f.answered ? factor_counts(f) : "not answered") << "\n";
    }
    out << wrap(std::string("(\"Not answered\" includes \"don't know\".) ") + kBenchmarkCaveat, "") << "\n";
  }

  std::vector<std::string> warnings;
  for (const auto& w : r.warnings)
    if (w.kind != "few_answers") warnings.push_back(w.message);
  if (!warnings.empty()) {
    out << bold("Warnings:") << "\n";
    for (const auto& w : warnings) out << bullet(w, "  ");
    out << "\n";
  }
  if (r.trace.present) {
    // The explained view for people; trynext explain and --format json keep the full trace for tools.
    std::map<std::string, std::string> rule_titles;
    for (const auto& line : r.trace.rules) rule_titles[line.rule.rule] = line.rule.title;
    out << bold("Recommended because (every reason, strongest first):") << "\n";
    for (const auto* list : {&r.recommendations, &r.also_considered_detail})
      for (const auto& item : *list) {
        out << wrap(std::to_string(item.rank) + ". " + item.title + " (" + item.label.words + ")", "  ");
        for (const auto& reason : item.reasons) out << bullet(reason.text, "     ");
      }
    out << "\n";
    if (!r.near_misses.empty()) {
      out << bold("Near misses: one answer away from a recommendation:") << "\n";
      std::set<std::string> said;  // several rules can come as close to one intervention in one way
      for (const auto& miss : r.near_misses)
        for (const auto& sentence : miss.would_fire_if)
          if (said.insert(sentence).second) out << bullet(sentence, "  ");
      out << "\n";
    }
    if (r.not_relevant)
      out << wrap("Not relevant to this team: " +
                      plural(static_cast<std::size_t>(r.not_relevant), "other rule", "other rules") +
                      " found nothing new in your answers. trynext explain FILE shows what each rule read and "
                      "tested.",
                  "")
          << "\n";
    for (const auto& line : r.trace.rules)
      if (line.state == RuleState::failed) out << wrap("A rule failed and counted for nothing: " + line.rule.error, "");
  }
  out << wrap(r.local_choices, "") << "\n";
  out << wrap("Rules " + r.versions.rules + ", catalogue " + r.versions.catalogue + ", trynext " + r.versions.engine,
              "");
  return out.str();
}

}  // namespace report

std::string to_text(const Result& result) { return render_report(result, ReportFormat::text); }

}  // namespace trynext
