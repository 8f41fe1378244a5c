// The HTML report with the team's history (history.h: report_html_with_history). The engine renders
// the report of one assessment and knows nothing of a history; this adds a section "The team over
// time" before the report's footer: what changed since the assessment before, the actions with their
// latest outcome, and a run chart of each monthly measure entered (inline SVG like the factor chart,
// with the median line and the actions' start months marked, and the same facts in words for screen
// readers and print). Every text from the store goes through the engine's own escaping (trynext::html_escape).
#include <algorithm>
#include <cstdio>

#include "trynext/app/history.h"
#include "trynext/report.h"

namespace trynext::app {

namespace {

const char* const kMonths[12] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};

// "2026-03-15" -> "15 March 2026", "2026-03" -> "March 2026"; anything else as it is.
std::string date_words(const std::string& d) {
  if (d.size() < 7 || d[4] != '-') return d;
  int month = std::atoi(d.substr(5, 2).c_str());
  if (month < 1 || month > 12) return d;
  std::string out = std::string(kMonths[month - 1]) + " " + d.substr(0, 4);
  if (d.size() >= 10) out = std::to_string(std::atoi(d.substr(8, 2).c_str())) + " " + out;
  return out;
}
// "2026-03" -> "Mar 26", for the chart's axis.
std::string month_short(const std::string& m) {
  int month = std::atoi(m.substr(5, 2).c_str());
  if (month < 1 || month > 12) return m;
  return std::string(kMonths[month - 1]).substr(0, 3) + " " + m.substr(2, 2);
}
int month_index(const std::string& m) {
  return std::atoi(m.substr(0, 4).c_str()) * 12 + std::atoi(m.substr(5, 2).c_str()) - 1;
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}
std::string percent(double share) { return num(share * 100) + "%"; }

std::string title_of(const Engine& engine, const std::string& id) {
  const Intervention* i = engine.catalogue().find(id);
  return i ? i->title : id;
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

constexpr int kW = 640, kH = 240, kLeft = 56, kRight = 30, kTop = 30, kBottom = 40;

struct Mark {
  int number;
  std::string month, title;
};

std::string run_chart_svg(const RunChart& c, const std::vector<Mark>& marks, const std::string& id) {
  const auto& pts = c.points;
  const int first = month_index(pts.front().first), last = month_index(pts.back().first);
  const double span = std::max(1, last - first);
  double top = c.median.value_or(0);
  for (const auto& p : pts) top = std::max(top, p.second);
  // The axis's top: four even steps of a round size (in percent) above the highest point.
  const double steps[] = {0.5, 1, 2, 2.5, 5, 10, 20, 25};
  double axis_step = 25;
  for (double candidate : steps)
    if (candidate * 4 >= top * 110) {
      axis_step = candidate;
      break;
    }
  top = axis_step * 4 / 100;
  auto x = [&](const std::string& m) { return kLeft + (month_index(m) - first) / span * (kW - kLeft - kRight); };
  auto y = [&](double v) { return kTop + (1 - v / top) * (kH - kTop - kBottom); };

  std::string desc = capitalised(c.label) + " by month: ";
  for (std::size_t i = 0; i < pts.size(); ++i)
    desc += (i ? ", " : "") + date_words(pts[i].first) + " " + percent(pts[i].second);
  desc += ".";
  if (c.median) desc += " Median " + percent(*c.median) + ".";
  for (const auto& m : marks)
    desc += " Action " + std::to_string(m.number) + ", " + m.title + ", started " + date_words(m.month) + ".";

  std::string out = "<svg class=\"run-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                    std::to_string(kW) + " " + std::to_string(kH) + "\" role=\"img\" aria-labelledby=\"" + id +
                    "-title " + id + "-desc\">\n";
  out += "<title id=\"" + id + "-title\">Run chart of " + html_escape(c.label) + "</title>\n<desc id=\"" + id +
         "-desc\">" + html_escape(desc) + "</desc>\n";
  for (int i = 0; i <= 4; ++i) {
    double v = top * i / 4;
    out += "<line x1=\"" + num(kLeft) + "\" x2=\"" + num(kW - kRight) + "\" y1=\"" + num(y(v)) + "\" y2=\"" +
           num(y(v)) + "\" stroke=\"#d8dde0\"/>\n<text x=\"" + num(kLeft - 8) + "\" y=\"" + num(y(v) + 4) +
           "\" text-anchor=\"end\" font-size=\"12\" fill=\"#505a5f\">" + percent(v) + "</text>\n";
  }
  const std::size_t step = (pts.size() + 7) / 8;
  for (std::size_t i = 0; i < pts.size(); ++i)
    if (i % step == 0 || i + 1 == pts.size())
      out += "<text x=\"" + num(x(pts[i].first)) + "\" y=\"" + num(kH - kBottom + 18) +
             "\" text-anchor=\"middle\" font-size=\"12\" fill=\"#505a5f\">" + html_escape(month_short(pts[i].first)) +
             "</text>\n";
  for (std::size_t k = 0; k < marks.size(); ++k) {
    const Mark& m = marks[k];
    double ax = x(m.month);
    // Actions started in the same month share its line; their numbers sit side by side.
    int same = 0;
    for (std::size_t j = 0; j < k; ++j) same += marks[j].month == m.month;
    double cx = std::min(ax + same * 22, kW - 10.0);
    out += "<line class=\"action-mark\" x1=\"" + num(ax) + "\" x2=\"" + num(ax) + "\" y1=\"" + num(kTop - 8) +
           "\" y2=\"" + num(kH - kBottom) +
           "\" stroke=\"#1d70b8\" stroke-width=\"2\" stroke-dasharray=\"4 4\"/>\n<circle cx=\"" + num(cx) + "\" cy=\"" +
           num(kTop - 16) + "\" r=\"10\" fill=\"#1d70b8\"/>\n<text x=\"" + num(cx) + "\" y=\"" + num(kTop - 12) +
           "\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"#ffffff\">" +
           std::to_string(m.number) + "</text>\n";
  }
  if (c.median)
    out += "<line class=\"median-line\" x1=\"" + num(kLeft) + "\" x2=\"" + num(kW - kRight) + "\" y1=\"" +
           num(y(*c.median)) + "\" y2=\"" + num(y(*c.median)) +
           "\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>\n<text x=\"" + num(kW - kRight) + "\" y=\"" +
           num(y(*c.median) - 6) + "\" text-anchor=\"end\" font-size=\"12\" fill=\"#0b0c0c\">median " +
           percent(*c.median) + "</text>\n";
  std::string line;
  for (const auto& p : pts) line += (line.empty() ? "" : " ") + num(x(p.first)) + "," + num(y(p.second));
  out += "<polyline points=\"" + line + "\" fill=\"none\" stroke=\"#00703c\" stroke-width=\"3\"/>\n";
  for (const auto& p : pts)
    out += "<circle class=\"point\" cx=\"" + num(x(p.first)) + "\" cy=\"" + num(y(p.second)) +
           "\" r=\"5\" fill=\"#00703c\"/>\n";
  out += "<line x1=\"" + num(kLeft) + "\" x2=\"" + num(kW - kRight) + "\" y1=\"" + num(kH - kBottom) + "\" y2=\"" +
         num(kH - kBottom) + "\" stroke=\"#0b0c0c\"/>\n</svg>\n";
  return out;
}

const char* const kHistoryStyle = R"css(
.history-section .run-chart{width:100%;max-width:640px;height:auto;display:block}
.history-section .verdict{font-weight:bold}
.history-section .limits,.history-section .run-values,.history-section .run-note{color:#505a5f;font-size:0.95em}
.history-section figure{margin:0 0 8px}
)css";

}  // namespace

std::string history_section_html(const Engine& engine, const store::TeamHistory& history,
                                 const Comparison* comparison) {
  std::string out =
      "<section class=\"history-section\" aria-labelledby=\"history\">\n<h2 id=\"history\">The team over "
      "time</h2>\n";
  if (comparison && comparison->has_previous) {
    out += "<h3>What changed since the assessment of " + html_escape(date_words(comparison->previous_date)) + "</h3>\n";
    if (comparison->sentences.empty()) out += "<p>No factor changed between the two assessments.</p>\n";
    out += "<ul class=\"changes\">\n";
    for (const auto& s : comparison->sentences) out += "<li>" + html_escape(s) + "</li>\n";
    out += "</ul>\n";
    if (!comparison->limits.empty()) out += "<p class=\"limits\">" + html_escape(comparison->limits) + "</p>\n";
  } else {
    out += "<p>This is the team's first assessment: the next one will be compared with it.</p>\n";
  }

  if (!history.actions.empty()) {
    out +=
        "<h3>Actions</h3>\n<table>\n<thead><tr><th scope=\"col\">Intervention</th><th scope=\"col\">Started</th>"
        "<th scope=\"col\">Status</th><th scope=\"col\">Latest outcome</th></tr></thead>\n<tbody>\n";
    for (const auto& a : history.actions) {
      const store::Outcome* latest = nullptr;
      for (const auto& o : history.outcomes)
        if (o.action_id == a.id) latest = &o;
      std::string outcome = latest
                                ? capitalised(latest->outcome == "no_change" ? "no change" : latest->outcome) + " (" +
                                      date_words(latest->date) + ")" + (latest->note.empty() ? "" : ": " + latest->note)
                                : "not judged yet";
      out += "<tr><th scope=\"row\">" + html_escape(title_of(engine, a.intervention)) + "</th><td>" +
             html_escape(date_words(a.start_date)) + "</td><td>" + html_escape(capitalised(a.status)) + "</td><td>" +
             html_escape(outcome) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
  }

  bool any = false;
  for (const char* m : kMeasures) {
    RunChart c = run_chart(history, m);
    if (c.points.empty()) continue;
    any = true;
    std::vector<Mark> marks;
    const int first = month_index(c.points.front().first), last = month_index(c.points.back().first);
    for (const auto& a : history.actions) {
      if (a.start_date.size() < 7) continue;
      std::string month = a.start_date.substr(0, 7);
      if (month_index(month) >= first && month_index(month) <= last)
        marks.push_back({static_cast<int>(marks.size()) + 1, month, title_of(engine, a.intervention)});
    }
    const std::string id = std::string("run-chart-") + m;
    out += "<h3>" + html_escape(capitalised(c.label)) + " by month</h3>\n<p class=\"verdict\">" +
           html_escape(c.verdict) + "</p>\n";
    out += "<figure>\n" + run_chart_svg(c, marks, id) + "<figcaption>" + html_escape(capitalised(c.label)) +
           " each month (green), its median (black line)" +
           (marks.empty() ? "" : " and the months actions started (blue, numbered)") + ".</figcaption>\n</figure>\n";
    if (!marks.empty()) {
      out += "<ol class=\"action-key\">\n";
      for (const auto& mk : marks)
        out += "<li>" + html_escape(mk.title) + ": started " + html_escape(date_words(mk.month)) + "</li>\n";
      out += "</ol>\n";
    }
    out += "<p class=\"run-values\">The figures: ";
    for (std::size_t i = 0; i < c.points.size(); ++i)
      out += (i ? ", " : "") + html_escape(date_words(c.points[i].first)) + " " + percent(c.points[i].second);
    out += ".</p>\n";
  }
  if (any)
    out +=
        "<p class=\"run-note\">Run-chart rules, a local choice of this project: the median is the centre line; a shift "
        "is six or more months in a row on one side of it; with fewer than ten months there is not enough data yet "
        "to judge.</p>\n";
  else
    out += "<p>No monthly figures entered yet (sickness absence, turnover, vacancies).</p>\n";
  return out + "</section>\n";
}

std::string report_html_with_history(const std::string& report_html, const Engine& engine,
                                     const store::TeamHistory& history, const Comparison* comparison) {
  std::string html = report_html;
  std::size_t head = html.find("</style>");
  if (head != std::string::npos) html.insert(head, kHistoryStyle);
  std::size_t end = html.rfind("</main>");
  std::string section = history_section_html(engine, history, comparison);
  if (end == std::string::npos) return html + section;
  return html.insert(end, section);
}

Comparison latest_comparison(const Engine& engine, const store::TeamHistory& history) {
  if (history.assessments.empty()) return {};
  const store::AssessmentRecord& now = history.assessments.back();
  const store::AssessmentRecord* previous =
      history.assessments.size() > 1 ? &history.assessments[history.assessments.size() - 2] : nullptr;
  nlohmann::json current = nlohmann::json::parse(now.result_json, nullptr, false);
  nlohmann::json before = previous ? nlohmann::json::parse(previous->result_json, nullptr, false) : nlohmann::json();
  if (current.is_discarded()) return {};
  return compare(engine, previous && !before.is_discarded() ? &before : nullptr, previous ? previous->assessed_on : "",
                 current, now.assessed_on, history);
}

}  // namespace trynext::app
