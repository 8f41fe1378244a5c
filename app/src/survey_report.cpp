// A team survey's release as a person reads it (surveys.h: survey_report). What is shown comes only from
// the release, which make_release has already cut to what may be shown: this file never sees a hidden
// figure, so it cannot leak one. HTML puts a section "What the team said" before the engine's report of
// the recommendations (on the team's aggregate); when there is nothing to recommend from it is a page
// of its own. The spread per factor is a stacked bar (inline SVG, no script) whose counts are also in a
// table, and colour is never the only cue: each segment is labelled, and the legend is in words.
#include <cstdio>
#include <stdexcept>

#include "trynext/app/history.h"
#include "trynext/app/surveys.h"
#include "trynext/vocabulary.h"

namespace trynext::app {

namespace {

using nlohmann::json;

struct AnswerStyle {
  const char* word;   // as in the counts
  const char* label;  // for people
  const char* fill;   // the engine factor chart's colours, so an answer has one colour in the report
  const char* ink;    // the count's colour on it
};
const AnswerStyle kAnswers[4] = {{"met", "met", "#00703c", "#ffffff"},
                                 {"partly", "partly", "#8f5a00", "#ffffff"},
                                 {"not_met", "not met", "#b3261e", "#ffffff"},
                                 {"unknown", "don't know", "#f3f2f1", "#0b0c0c"}};

std::string pct(double share) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", share * 100);
  return buf;
}

int total(const survey::Counts& c) { return c[0] + c[1] + c[2] + c[3]; }

std::string counts_words(const survey::Counts& c) {
  std::string out;
  for (int i = 0; i < 4; ++i) out += (i ? ", " : "") + std::to_string(c[i]) + " " + kAnswers[i].label;
  return out;
}

std::string group_label(const std::string& name) {
  std::string out = name;
  for (char& c : out)
    if (c == '_') c = ' ';
  return out;
}

// The plain-words lines every format shows before the figures.
struct Said {
  std::string headline;               // "12 of 12 people answered (100%)."
  std::string warning;                // under a half, or empty
  std::string status;                 // why nothing is shown, or empty when released
  std::string aggregation;            // how the team's answers were made
  std::vector<std::string> held_back; // every suppression's message, with what it is about
};

Said said(const SurveyReleaseOutcome& o) {
  const survey::Release& r = o.release;
  Said s;
  s.headline = std::to_string(r.respondents) + (r.respondents == 1 ? " person" : " people") + " answered";
  if (r.headcount)
    s.headline = std::to_string(r.respondents) + " of " + std::to_string(*r.headcount) + " people answered" +
                 (r.response_rate ? " (" + pct(*r.response_rate) + ")" : "");
  s.headline += ".";
  if (r.low_response_rate)
    s.warning = "Fewer than half the team answered: these answers may not be the whole team's view. Ask again before "
                "acting on them alone.";
  if (r.status == "no_responses")
    s.status = "No data yet: nobody has answered this survey.";
  else if (r.status == "not_enough_responses")
    s.status = "Not enough responses yet: nothing is shown until at least " + std::to_string(r.min_n) +
               " people have answered, so that nobody's answers can be picked out.";
  else if (r.status == "refused_over_time")
    s.status = "Not released now: too few answers have arrived since the last release, and comparing the two would "
               "show those few people's answers. Wait until at least " + std::to_string(r.min_n) +
               " more have answered.";
  s.aggregation = "The team's answer to each indicator is the middle answer of those who gave one (not met, partly, "
                  "met in that order; \"don't know\" left out; with an even number, the lower of the two middle "
                  "answers). An indicator fewer than " + std::to_string(r.min_n) +
                  " people answered counts as not known. These rules are this project's choices (docs/anonymity.md).";
  // The engine's messages name their group in words; a release recorded before they did may not, and
  // gets the group in front.
  for (const auto& x : r.suppressions) {
    bool named = x.message.find(x.target) != std::string::npos || x.message.find(group_label(x.target)) != std::string::npos;
    s.held_back.push_back(x.scope == "group" && !x.target.empty() && !named ? group_label(x.target) + ": " + x.message
                                                                             : x.message);
  }
  for (const auto& w : r.warnings) s.held_back.push_back(w);
  return s;
}

// One horizontal stacked bar per factor, with the counts written on the segments wide enough to hold them.
std::string bars_svg(const Engine& engine, const survey::Figures& f, const std::string& id) {
  const int label_w = 230, bar_w = 380, row_h = 30, gap = 8, top = 4;
  const int height = top + static_cast<int>(f.factors.size()) * (row_h + gap);
  std::string out = "<svg class=\"survey-bars\" role=\"img\" aria-labelledby=\"" + id + "-title\" viewBox=\"0 0 " +
                    std::to_string(label_w + bar_w + 10) + " " + std::to_string(height) +
                    "\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"" + id +
                    "-title\">The spread of answers per factor; the same counts are in the table below.</title>\n";
  int y = top;
  for (const Factor& factor : engine.catalogue().factors) {
    auto it = f.factors.find(factor.id);
    if (it == f.factors.end()) continue;
    const survey::Counts& c = it->second;
    const int n = total(c);
    out += "<text x=\"0\" y=\"" + std::to_string(y + 20) + "\" font-size=\"14\">" + html_escape(factor.title) +
           "</text>\n";
    double x = label_w;
    for (int i = 0; i < 4; ++i) {
      if (n == 0 || c[i] == 0) continue;
      double w = bar_w * static_cast<double>(c[i]) / n;
      char rect[256];
      std::snprintf(rect, sizeof rect, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>\n", x, y,
                    w, row_h, kAnswers[i].fill);
      out += rect;
      if (i == 3) {  // the light "don't know" segment keeps an outline, as the engine's chart does
        char edge[256];
        std::snprintf(edge, sizeof edge,
                      "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"none\" stroke=\"#505a5f\"/>\n",
                      x, y, w, row_h);
        out += edge;
      }
      if (w >= 22) {
        char label[256];
        std::snprintf(label, sizeof label,
                      "<text x=\"%.1f\" y=\"%d\" font-size=\"13\" text-anchor=\"middle\" fill=\"%s\">%d</text>\n",
                      x + w / 2, y + 20, kAnswers[i].ink, c[i]);
        out += label;
      }
      x += w;
    }
    y += row_h + gap;
  }
  return out + "</svg>\n";
}

std::string counts_table_html(const Engine& engine, const survey::Figures& f, const std::string& caption) {
  std::string out = "<table class=\"survey-counts\">\n<caption>" + html_escape(caption) +
                    "</caption>\n<thead><tr><th scope=\"col\">Factor</th>";
  for (const auto& a : kAnswers) out += std::string("<th scope=\"col\">") + a.label + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const Factor& factor : engine.catalogue().factors) {
    auto it = f.factors.find(factor.id);
    if (it == f.factors.end()) continue;
    out += "<tr><th scope=\"row\">" + html_escape(factor.title) + "</th>";
    for (int i = 0; i < 4; ++i) out += "<td>" + std::to_string(it->second[i]) + "</td>";
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

const char* const kSurveyStyle =
    ".survey .headline{font-size:1.5rem;font-weight:700;margin:0 0 8px}"
    ".survey .warning{border-left:6px solid #b3261e;padding:4px 12px;font-weight:700}"
    ".survey .not-enough{border:3px solid #505a5f;padding:12px 16px;font-weight:700}"
    ".survey-bars{width:100%;max-width:620px;height:auto;display:block;margin:8px 0 4px}"
    ".survey-legend{list-style:none;padding:0;margin:0 0 16px}.survey-legend li{display:inline-block;margin:0 16px 4px 0}"
    ".survey-legend .swatch{display:inline-block;width:14px;height:14px;margin-right:6px;vertical-align:-2px;"
    "border:1px solid #0b0c0c}"
    ".survey-counts{border-collapse:collapse;margin:8px 0 24px}.survey-counts th,.survey-counts td{border-bottom:1px "
    "solid #b1b4b6;padding:4px 10px;text-align:left}.survey-counts caption{text-align:left;font-weight:700;"
    "padding-bottom:4px}.survey-counts td,.survey-counts thead th+th{text-align:right}"
    ".held-back li{margin-bottom:4px}";

std::string section_html(const Engine& engine, const SurveyReleaseOutcome& o) {
  const survey::Release& r = o.release;
  Said s = said(o);
  std::string out = "<section class=\"survey\" aria-labelledby=\"survey-heading\">\n<h2 id=\"survey-heading\">What "
                    "the team said in its survey</h2>\n<p class=\"headline\">" +
                    html_escape(s.headline) + "</p>\n";
  if (!s.warning.empty()) out += "<p class=\"warning\">" + html_escape(s.warning) + "</p>\n";
  if (!s.status.empty()) out += "<p class=\"not-enough\">" + html_escape(s.status) + "</p>\n";
  if (r.released()) {
    out += "<p>" + html_escape(s.aggregation) + "</p>\n";
    if (r.team.shown) {
      out += "<h3>How the team answered, factor by factor</h3>\n<p>Every answer to the factor's indicators, from " +
             std::to_string(r.team.respondents) + " people.</p>\n<ul class=\"survey-legend\">";
      for (const auto& a : kAnswers)
        out += std::string("<li><span class=\"swatch\" style=\"background:") + a.fill + "\"></span>" + a.label + "</li>";
      out += "</ul>\n" + bars_svg(engine, r.team, "survey-team") +
             counts_table_html(engine, r.team, "The team's answers per factor (counts)");
    }
    for (const auto& g : r.groups) {
      if (!g.shown) continue;
      out += "<h3>" + html_escape(group_label(g.name)) + " (" + std::to_string(g.respondents) + " people)</h3>\n" +
             bars_svg(engine, g, "survey-group-" + std::to_string(&g - r.groups.data())) +
             counts_table_html(engine, g, "Answers per factor of the group " + group_label(g.name) + " (counts)");
    }
  }
  if (!s.held_back.empty()) {
    out += "<h3>What is held back, and why</h3>\n<ul class=\"held-back\">\n";
    for (const auto& h : s.held_back) out += "<li>" + html_escape(h) + "</li>\n";
    out += "</ul>\n";
  }
  if (r.released() && !o.result) out += "<p class=\"warning\">No recommendations: " + html_escape(o.result_problem) + "</p>\n";
  return out + "</section>\n";
}

std::string section_text(const Engine& engine, const SurveyReleaseOutcome& o, bool markdown) {
  const survey::Release& r = o.release;
  Said s = said(o);
  std::string out = markdown ? "## What the team said in its survey\n\n" : "What the team said in its survey\n\n";
  out += (markdown ? "**" + s.headline + "**" : s.headline) + "\n\n";
  if (!s.warning.empty()) out += (markdown ? "> **" + s.warning + "**" : "Warning: " + s.warning) + "\n\n";
  if (!s.status.empty()) out += (markdown ? "**" + s.status + "**" : s.status) + "\n\n";
  if (r.released()) {
    out += s.aggregation + "\n\n";
    auto figures = [&](const survey::Figures& f, const std::string& heading) {
      out += markdown ? "### " + heading + "\n\n| Factor | met | partly | not met | don't know |\n| --- | --- | --- | --- | --- |\n"
                      : heading + "\n";
      for (const Factor& factor : engine.catalogue().factors) {
        auto it = f.factors.find(factor.id);
        if (it == f.factors.end()) continue;
        const auto& c = it->second;
        if (markdown)
          out += "| " + factor.title + " | " + std::to_string(c[0]) + " | " + std::to_string(c[1]) + " | " +
                 std::to_string(c[2]) + " | " + std::to_string(c[3]) + " |\n";
        else
          out += "  " + factor.title + ": " + counts_words(c) + "\n";
      }
      out += "\n";
    };
    if (r.team.shown) figures(r.team, "How the team answered, factor by factor (" + std::to_string(r.team.respondents) + " people)");
    for (const auto& g : r.groups)
      if (g.shown) figures(g, group_label(g.name) + " (" + std::to_string(g.respondents) + " people)");
  }
  if (!s.held_back.empty()) {
    out += markdown ? "### What is held back, and why\n\n" : "What is held back, and why\n";
    for (const auto& h : s.held_back) out += (markdown ? "- " : "  - ") + h + "\n";
    out += "\n";
  }
  if (r.released() && !o.result) out += "No recommendations: " + o.result_problem + "\n\n";
  return out;
}

}  // namespace

std::string survey_report(const Engine& engine, const SurveyReleaseOutcome& o, ReportFormat format,
                          const ReportOptions& options) {
  if (format != ReportFormat::html && format != ReportFormat::markdown && format != ReportFormat::text)
    throw std::invalid_argument("a survey's report is html, markdown or text");
  const std::string title = "Team survey for " + o.team_name;
  if (format == ReportFormat::html) {
    std::string section = section_html(engine, o);
    if (o.result) {
      std::string html = render_report(*o.result, ReportFormat::html, options);
      std::size_t style = html.find("</style>");
      if (style != std::string::npos) html.insert(style, kSurveyStyle);
      std::size_t main = html.find("<main>\n");
      if (main == std::string::npos) return html + section;
      return html.insert(main + 7, section);
    }
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
           "content=\"width=device-width, initial-scale=1\">\n<title>" +
           html_escape(title) +
           "</title>\n<style>html{font-family:Arial,sans-serif;color:#0b0c0c;background:#fff;line-height:1.5}"
           "body{margin:0}.page{max-width:960px;margin:0 auto;padding:0 16px 32px}"
           ".masthead{border-top:10px solid #005eb8;padding:16px 0 4px}" +
           std::string(kSurveyStyle) + "</style>\n</head>\n<body>\n<div class=\"page\">\n<header class=\"masthead\"><h1>" +
           html_escape(title) + "</h1></header>\n<main>\n" + section + "</main>\n</div>\n</body>\n</html>\n";
  }
  const bool md = format == ReportFormat::markdown;
  std::string out = md ? "# " + title + "\n\n" : title + "\n\n";
  out += section_text(engine, o, md);
  if (o.result) {
    ReportOptions inner = options;
    out += render_report(*o.result, format, inner);
  }
  return out;
}

}  // namespace trynext::app
