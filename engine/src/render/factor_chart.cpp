// The factor chart as inline SVG (factor_chart.h). Geometry is in viewBox units; the SVG scales to the
// page's width. Colours give white text a contrast of at least 5.7:1 (not answered: dark text on a
// light grey, 17:1), and every part carries its count, so colour is never the only way to read it.
#include "render/factor_chart.h"

#include <array>

#include "render/html_escape.h"

namespace trynext::report::html {

namespace {

struct Part {
  const char* name;  // as the legend and the description say it
  const char* cls;   // CSS class of the part
  const char* fill;
  const char* ink;  // the count's colour on it
};

constexpr std::array<Part, 4> kParts = {{
    {"met", "met", "#00703c", "#ffffff"},
    {"partly", "partly", "#8f5a00", "#ffffff"},
    {"not met", "not-met", "#b3261e", "#ffffff"},
    {"not answered", "unknown", "#f3f2f1", "#0b0c0c"},
}};

constexpr int kWidth = 640, kBarWidth = 640, kBar = 28, kTitle = 22, kRow = 62, kLegend = 38;

std::array<int, 4> counts(const FactorLine& f) { return {f.met, f.partly, f.not_met, f.unknown}; }

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

// "3 met, 2 partly, 5 not met and 1 not answered of 11"
std::string in_words(const FactorLine& f) {
  auto c = counts(f);
  std::string s;
  for (std::size_t i = 0; i < kParts.size(); ++i)
    s += (i == 0 ? "" : i + 1 == kParts.size() ? " and " : ", ") + std::to_string(c[i]) + " " + kParts[i].name;
  return s + " of " + std::to_string(f.total) + " indicators";
}

}  // namespace

std::string factor_chart(const std::vector<FactorLine>& factors, const std::string& id_prefix) {
  if (factors.empty()) return "";
  const std::string title_id = id_prefix + "-title", desc_id = id_prefix + "-desc";
  const int height = kLegend + static_cast<int>(factors.size()) * kRow;
  std::string desc = "For each of the " + std::to_string(factors.size()) +
                     " factors of the benchmark, how many indicators the answers marked met, partly met, not met, "
                     "or left unanswered (including don't know).";
  for (const auto& f : factors) desc += " " + f.title + ": " + in_words(f) + ".";
  std::string out = "<svg class=\"factor-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                    std::to_string(kWidth) + " " + std::to_string(height) +
                    "\" width=\"100%\" role=\"img\" aria-labelledby=\"" + title_id + " " + desc_id + "\">\n";
  out += "<title id=\"" + title_id + "\">How the answers met each factor of the benchmark</title>\n";
  out += "<desc id=\"" + desc_id + "\">" + escape(desc) + "</desc>\n";
  // The legend, in the parts' order.
  out += "<g class=\"legend\" font-size=\"15\">";
  int x = 0;
  for (const auto& p : kParts) {
    out += "<rect x=\"" + std::to_string(x) + "\" y=\"6\" width=\"18\" height=\"18\" fill=\"" + p.fill +
           "\" stroke=\"#505a5f\"/><text x=\"" + std::to_string(x + 24) + "\" y=\"21\" fill=\"#0b0c0c\">" + p.name +
           "</text>";
    x += 24 + static_cast<int>(std::string_view(p.name).size()) * 8 + 28;
  }
  out += "</g>\n";
  int y = kLegend;
  for (const auto& f : factors) {
    out += "<g class=\"factor-bar\" data-factor=\"" + escape(f.id) + "\"><title>" +
           escape(f.title + ": " + in_words(f)) + "</title>";
    out += "<text class=\"bar-label\" x=\"0\" y=\"" + std::to_string(y + 17) +
           "\" font-size=\"16\" font-weight=\"bold\" fill=\"#0b0c0c\">" + escape(f.title) + "</text>";
    out += "<text x=\"" + std::to_string(kWidth) + "\" y=\"" + std::to_string(y + 17) +
           "\" font-size=\"14\" text-anchor=\"end\" fill=\"#0b0c0c\">" + std::to_string(f.total) + " indicators</text>";
    auto c = counts(f);
    double left = 0;
    const int top = y + kTitle;
    for (std::size_t i = 0; i < kParts.size(); ++i) {
      if (c[i] <= 0 || f.total <= 0) continue;
      double w = static_cast<double>(kBarWidth) * c[i] / f.total;
      const Part& p = kParts[i];
      out += "<rect class=\"part " + std::string(p.cls) + "\" x=\"" + num(left) + "\" y=\"" + std::to_string(top) +
             "\" width=\"" + num(w) + "\" height=\"" + std::to_string(kBar) + "\" fill=\"" + p.fill +
             "\" stroke=\"#ffffff\" stroke-width=\"2\"/>";
      // The count on its part; a part too narrow for it still has it in the title, the description
      // and the table.
      if (w >= 22)
        out += "<text x=\"" + num(left + w / 2) + "\" y=\"" + std::to_string(top + 20) +
               "\" font-size=\"16\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"" + p.ink + "\">" +
               std::to_string(c[i]) + "</text>";
      left += w;
    }
    out += "</g>\n";
    y += kRow;
  }
  return out + "</svg>\n";
}

}  // namespace trynext::report::html
