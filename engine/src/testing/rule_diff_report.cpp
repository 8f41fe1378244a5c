// The reports of a rule diff: text for a terminal, Markdown for a review, JSON for other tools. The
// text and Markdown share their sentences; only the table and example markup differ.
#include <algorithm>
#include <iomanip>
#include <sstream>

#include "trynext/diff.h"

namespace trynext {

namespace {

std::string join(const std::vector<std::string>& ids) {
  std::string s;
  for (const auto& id : ids) s += (s.empty() ? "" : ", ") + id;
  return s.empty() ? "(nothing)" : s;
}

std::size_t shown(const RuleDiff& diff, int examples) {
  return examples <= 0 ? 0 : std::min(diff.changes.size(), static_cast<std::size_t>(examples));
}

std::string report(const RuleDiff& diff, int examples, bool md) {
  std::ostringstream out;
  out << (md ? "## Rule change review\n\n" : "") << "Rules " << diff.old_rules << " -> " << diff.new_rules << "\n"
      << (md ? "\n" : "") << diff.changes.size() << " of " << diff.assessments << " assessments ("
      << diff.changed_percent_text() << "%) change their recommendations\n";
  if (!diff.gained.empty() || !diff.lost.empty()) {
    out << (md ? "\n| intervention | gained in | lost in |\n| --- | --- | --- |\n" : "\nIntervention      gained  lost\n");
    std::map<std::string, std::pair<int, int>> both;
    for (const auto& [id, n] : diff.gained) both[id].first = n;
    for (const auto& [id, n] : diff.lost) both[id].second = n;
    for (const auto& [id, n] : both) {
      if (md)
        out << "| " << id << " | " << n.first << " | " << n.second << " |\n";
      else
        out << "  " << std::left << std::setw(36) << id << std::right << std::setw(6) << n.first << std::setw(6)
            << n.second << "\n";
    }
  }
  for (std::size_t i = 0; i < shown(diff, examples); ++i) {
    const auto& c = diff.changes[i];
    if (md)
      out << "\n### " << c.file << "\n\n- before: " << join(c.before) << "\n- after: " << join(c.after) << "\n";
    else
      out << "\nExample " << c.file << "\n  before: " << join(c.before) << "\n  after:  " << join(c.after) << "\n";
  }
  return out.str();
}

}  // namespace

std::string rule_diff_text(const RuleDiff& diff, int examples) { return report(diff, examples, false); }

std::string rule_diff_markdown(const RuleDiff& diff, int examples) { return report(diff, examples, true); }

nlohmann::json rule_diff_json(const RuleDiff& diff, int examples) {
  nlohmann::json out = {{"old", {{"rules", diff.old_rules}}},
                        {"new", {{"rules", diff.new_rules}}},
                        {"assessments", diff.assessments},
                        {"changed", diff.changes.size()},
                        {"changed_percent", diff.changed_percent()},
                        {"gained", diff.gained},
                        {"lost", diff.lost},
                        {"examples", nlohmann::json::array()}};
  for (std::size_t i = 0; i < shown(diff, examples); ++i)
    out["examples"].push_back(
        {{"file", diff.changes[i].file}, {"before", diff.changes[i].before}, {"after", diff.changes[i].after}});
  return out;
}

}  // namespace trynext
