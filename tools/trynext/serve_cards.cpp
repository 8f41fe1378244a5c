// POST /v1/recommendations?format=cards: the recommendations as CDS Hooks cards, so that health and
// care tools that already show cards can show ours. One card per recommendation, best first:
//   summary    the title and priority, under 140 characters
//   indicator  critical for high priority, warning for medium, info for low
//   detail     Markdown: why (each rule's reason), the evidence with its grade, cautions, notes
//   source     {label: trynext and the rule set, url: the catalogue}
//   links      the intervention's catalogue entry (absolute URL)
#include "serve.h"

namespace trynext_cli {

namespace {

using nlohmann::json;

// Markdown characters that would change the meaning of plain sentences.
std::string md(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '|')
      out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

// At most max characters (code points, not bytes), with an ellipsis when cut.
std::string clip(const std::string& text, std::size_t max) {
  std::size_t count = 0, i = 0, cut = std::string::npos;
  while (i < text.size()) {
    if (count == max - 1) cut = i;
    unsigned char c = static_cast<unsigned char>(text[i]);
    i += c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    ++count;
  }
  if (count <= max) return text;
  return text.substr(0, cut) + "\u2026";
}

const char* indicator_of(const std::string& priority) {
  return priority == "high" ? "critical" : priority == "medium" ? "warning" : "info";
}

std::string detail_of(const trynext::Recommendation& r, std::size_t of) {
  std::string d = md(r.summary) + "\n\n**Why this team:**\n\n";
  for (const auto& reason : r.rationale) d += "- " + md(reason.text) + " *(rule `" + reason.rule + "`)*\n";
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
       " priority \u00b7 rank " + std::to_string(r.rank) + " of " + std::to_string(of) + "\n";
  return d;
}

}  // namespace

json cards_json(const trynext::Result& result, const std::string& base_url) {
  json cards = json::array();
  std::string label = "trynext " + result.versions.engine + " (rules " + result.versions.rules + ")";
  for (const auto& r : result.recommendations) {
    std::string url = base_url + "/v1/catalogue/" + r.id;
    cards.push_back(
        {{"summary", clip(r.title + " (" + r.priority + " priority, " + r.level + " level)", 139)},
         {"indicator", indicator_of(r.priority)},
         {"detail", detail_of(r, result.recommendations.size())},
         {"source", {{"label", label}, {"url", base_url + "/v1/catalogue"}}},
         {"links",
          json::array({{{"label", clip("Catalogue entry: " + r.title, 139)}, {"url", url}, {"type", "absolute"}}})}});
  }
  return {{"cards", cards}};
}

}  // namespace trynext_cli
