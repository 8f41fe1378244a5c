// The catalogue as a person reads it at a terminal: the list of interventions and one intervention
// with its evidence.
#include <sstream>

#include "render/source_words.h"
#include "trynext/catalogue_view.h"
#include "trynext/json.h"

namespace trynext {

namespace {

// Pads text to width, leaving at least one space after it.
std::string column(const std::string& text, std::size_t width) {
  return text + std::string(text.size() < width ? width - text.size() : 1, ' ');
}

bool at_level(const Intervention& i, const std::string& level) { return level.empty() || i.level == level; }

}  // namespace

std::string interventions_text(const Catalogue& catalogue, const std::string& level) {
  std::string out;
  for (const auto& i : catalogue.interventions)
    if (at_level(i, level)) out += column(i.id, 36) + column(i.level, 14) + i.effort + " effort   " + i.title + "\n";
  return out;
}

nlohmann::json interventions_json(const Catalogue& catalogue, const std::string& level) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& i : catalogue.interventions)
    if (at_level(i, level)) out.push_back(intervention_json(i));
  return out;
}

std::string intervention_text(const Intervention& i) {
  static const Catalogue no_documents;
  return intervention_text(no_documents, i);
}

std::string intervention_text(const Catalogue& catalogue, const Intervention& i) {
  std::ostringstream out;
  out << i.title << " (" << i.id << ")\n" << i.level << " level, " << i.effort << " effort\n\n" << i.summary << "\n";
  if (!i.format.empty()) {
    out << "\nFormat:\n";
    for (const auto& [k, v] : i.format) out << "  " << k << ": " << v << "\n";
  }
  if (!i.prerequisites.empty()) {
    out << "\nNeeds first:";
    for (const auto& p : i.prerequisites) out << " " << p;
    out << "\n";
  }
  for (const auto& r : i.preconditions) out << "Requires: " << r << "\n";
  if (!i.cautions.empty()) {
    out << "\nCautions:\n";
    for (const auto& x : i.cautions) out << "  - " << x << "\n";
  }
  if (!i.sustain.empty())
    out << "\nKeeping it going: " << i.sustain << "\n  In " << source_place(&catalogue.documents, i.sustain_source) << "\n";
  out << "\nEvidence:\n";
  for (const auto& e : i.evidence) {
    out << "  - " << e.claim << "\n    ";
    if (!e.about.empty()) out << "About " << e.about << ", not staff support. ";  // never read as the reason
    out << e.citation << "; " << e.grade << " (" << e.certainty << " certainty)\n    In "
        << source_place(&catalogue.documents, e.source) << "\n";
  }
  return out.str();
}

}  // namespace trynext
