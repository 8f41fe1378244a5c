// The recommendations as CDS Hooks cards (POST /v1/recommendations?format=cards), so that health and
// care tools that already show cards can show ours. One card per recommendation, best first:
//   summary    the title and label ("Act now"), under 140 characters
//   indicator  critical for act now, warning for recommended, info for the rest (docs/ranking.md)
//   detail     Markdown: the Markdown renderer's recommendation (why, evidence, cautions, notes)
//   source     {label: trynext and the rule set, url: the catalogue}
//   links      the intervention's catalogue entry (absolute URL)
#include <nlohmann/json.hpp>

#include "render/markdown.h"
#include "render/renderers.h"

namespace trynext::report {

namespace {

using nlohmann::json;

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

const char* indicator_of(const std::string& label) {
  return label == "act_now" ? "critical" : label == "recommended" ? "warning" : "info";
}

}  // namespace

std::string render_cards(const Report& report, const ReportOptions& options) {
  const std::string& base_url = options.base_url;
  json cards = json::array();
  std::string label = "trynext " + report.versions.engine + " (rules " + report.versions.rules + ")";
  for (const auto& r : report.recommendations) {
    std::string url = base_url + "/v1/catalogue/" + r.id;
    cards.push_back(
        {{"summary", clip(r.title + " (" + r.label.words + ", " + r.level + " level)", 139)},
         {"indicator", indicator_of(r.label.id)},
         {"detail", markdown::item(r)},
         {"source", {{"label", label}, {"url", base_url + "/v1/catalogue"}}},
         {"links",
          json::array({{{"label", clip("Catalogue entry: " + r.title, 139)}, {"url", url}, {"type", "absolute"}}})}});
  }
  // Invalid UTF-8 (which a client's assessment can carry into a title) is replaced, not refused.
  return json{{"cards", cards}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace trynext::report
