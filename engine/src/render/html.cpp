// The report as one self-contained HTML page, for a manager to read on screen, print for a team
// meeting or attach to a board paper (trynext report, POST /v1/reports, trynext_report, and the web
// page later). Nothing is loaded from the network and no script is needed: the styles are inline and
// the factor chart is inline SVG drawn by the engine (factor_chart.cpp). The look follows the NHS and
// GOV.UK design systems (plain type, summary lists, tags); the print stylesheet sets A4 with page
// numbers and keeps a recommendation on one page where it fits. Every text goes through escape().
#include "render/factor_chart.h"
#include "render/html_escape.h"
#include "render/near_miss_lines.h"
#include "render/renderers.h"
#include "render/report_date.h"

namespace trynext::report {

namespace {

using html::escape;

// Colours: text #0b0c0c on white is 19:1; the tags' white text on their colours is at least 5.1:1;
// secondary text #505a5f is 7:1.
constexpr const char* kStyle = R"css(
*,*::before,*::after{box-sizing:border-box}
html{font-family:Arial,"Helvetica Neue",Helvetica,sans-serif;color:#0b0c0c;background:#ffffff;
  line-height:1.4;-webkit-text-size-adjust:100%}
body{margin:0;font-size:1.1875rem}
.page{max-width:960px;margin:0 auto;padding:0 20px 40px}
main,header,footer,section,article,p,li,dd,dt,td,th,caption{overflow-wrap:break-word}
a{color:#1d70b8}a:focus{outline:3px solid #ffdd00;background:#ffdd00;color:#0b0c0c}
.masthead{border-top:10px solid #005eb8;padding:16px 0 4px;margin-bottom:8px}
.caption{color:#505a5f;font-size:1.1875rem;margin:0 0 4px}
h1{font-size:2.5rem;line-height:1.1;margin:0 0 20px}
h2{font-size:1.75rem;line-height:1.2;margin:40px 0 16px;padding-top:8px;border-top:2px solid #b1b4b6}
h3{font-size:1.5rem;line-height:1.25;margin:0 0 8px}
h4{font-size:1.1875rem;margin:20px 0 6px}
p{margin:0 0 12px}ul,ol{margin:0 0 12px;padding-left:24px}li{margin-bottom:6px}
.lead{font-size:1.3rem}
.summary-list{margin:0 0 20px;border-top:1px solid #b1b4b6}
.summary-list div{display:grid;grid-template-columns:minmax(9em,30%) 1fr;gap:0 20px;
  border-bottom:1px solid #b1b4b6;padding:8px 0}
.summary-list dt{font-weight:bold;margin:0}.summary-list dd{margin:0}
.tag{display:inline-block;font-weight:bold;font-size:1rem;line-height:1.3;padding:2px 8px;
  color:#ffffff;background:#505a5f;letter-spacing:.02em;vertical-align:middle}
.tag-act_now{background:#b3261e}.tag-recommended{background:#1d70b8}
.tag-worth_considering{background:#505a5f}.tag-keep_going{background:#00703c}
.glance li{margin-bottom:10px}.glance .tag{margin-left:8px}
.labels dd{color:#0b0c0c}
.recommendation{border:1px solid #b1b4b6;border-left:8px solid #1d70b8;padding:16px 20px 8px;margin:0 0 24px}
.recommendation.label-act_now{border-left-color:#b3261e}
.recommendation.label-worth_considering{border-left-color:#505a5f}
.recommendation .meta{color:#505a5f;margin-bottom:12px}
.gap{border-left:6px solid #8f5a00;background:#f3f2f1;padding:8px 12px}
.caution{border-left:6px solid #b3261e;padding:4px 12px;margin-bottom:12px}
.evidence-words{font-weight:bold}
.evidence li .source{color:#505a5f}
.chart{margin:0 0 16px;max-width:760px}
.chart svg{display:block;max-width:100%;height:auto}
table{border-collapse:collapse;width:100%;margin:0 0 20px;font-size:1rem}
caption{text-align:left;font-weight:bold;font-size:1.1875rem;margin-bottom:8px}
th,td{border-bottom:1px solid #b1b4b6;padding:8px 10px 8px 0;text-align:left;vertical-align:top}
td.n,th.n{text-align:right}
.plan td{height:3.2em;border:1px solid #505a5f;padding:6px}.plan th{border:1px solid #505a5f;padding:6px;
  background:#f3f2f1}
.note{color:#505a5f}
@media screen and (max-width:640px){body{font-size:1rem}.page{padding:0 12px 24px}h1{font-size:1.75rem}
  h2{font-size:1.4rem}h3{font-size:1.2rem}table{font-size:.8125rem}th,td{padding:6px 3px 6px 0}td.n,th.n{padding-left:2px}
  .summary-list div{grid-template-columns:1fr}.recommendation{padding:12px 12px 4px}}
.names{columns:2 18em;column-gap:32px}.names li{break-inside:avoid}
footer{border-top:2px solid #005eb8;margin-top:40px;padding-top:16px;font-size:1rem;color:#0b0c0c}
footer p{margin-bottom:8px}
@page{size:A4;margin:16mm 14mm 18mm;
  @bottom-right{content:"Page " counter(page) " of " counter(pages);font-family:Arial,sans-serif;font-size:9pt;
    color:#505a5f}
  @bottom-left{content:"trynext report";font-family:Arial,sans-serif;font-size:9pt;color:#505a5f}}
@media print{
  body{font-size:10pt}.page{max-width:none;padding:0}
  h1{font-size:20pt;margin-bottom:10pt}h2{font-size:15pt;margin:16pt 0 8pt;break-after:avoid}
  h3{font-size:12.5pt;break-after:avoid}h4{font-size:10.5pt;margin:10pt 0 4pt;break-after:avoid}
  p,ul,ol{margin-bottom:6pt}li{margin-bottom:3pt}
  .masthead{padding-top:8pt}.summary-list div{padding:4pt 0}
  .chart{max-width:112mm;margin:0 0 6pt}
  .recommendation{padding:10pt 14pt 4pt;margin-bottom:14pt}
  .evidence,.evidence-words{font-size:9pt}
  table{font-size:9.5pt}th,td{padding:4pt 8pt 4pt 0}.tag{font-size:8.5pt}
  h4+.caution{break-before:avoid}.rec-core,.chart,.factor-table,.plan,.glance li,.summary-list div,.caution,.evidence li{break-inside:avoid}
  .plan-section{break-before:page}
  a{color:#0b0c0c;text-decoration:none}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
)css";

std::string tag(const LabelLine& label) {
  if (label.words.empty()) return "";
  return "<strong class=\"tag tag-" + escape(label.id) + "\">" + escape(label.words) + "</strong>";
}

std::string tag_of(const std::string& id, const std::vector<LabelLine>& labels) {
  for (const auto& l : labels)
    if (l.id == id) return tag(l);
  return "";
}

// <h4>heading</h4><ul>...</ul>, or nothing for no lines.
std::string list_section(const std::string& heading, const std::vector<std::string>& lines) {
  if (lines.empty()) return "";
  std::string out = "<h4>" + escape(heading) + "</h4>\n<ul>\n";
  for (const auto& l : lines) out += "<li>" + escape(l) + "</li>\n";
  return out + "</ul>\n";
}

std::string summary_row(const std::string& key, const std::string& value_html) {
  return "<div><dt>" + escape(key) + "</dt><dd>" + value_html + "</dd></div>\n";
}

std::string evidence_line(const EvidenceLine& e) {
  // A requirement is shown as what it is, not as a certainty grade (issue 14).
  std::string grade = e.grade_words.empty() ? e.grade : e.grade_words;
  if (e.grade != "policy" && !e.certainty_words.empty()) grade += "; " + e.certainty_words + " certainty";
  std::string out =
      "<li>" + escape(e.claim) + " <span class=\"source\">(" + escape(e.citation) +
      (e.source.empty() ? "" : ", in " + escape(e.source)) + "; " + escape(grade) + ")</span>";
  if (!e.about.empty()) out += " <span class=\"note\">This item is about " + escape(e.about) + ".</span>";
  return out + "</li>\n";
}

std::string item_html(const Item& r) {
  std::string out = "<article class=\"recommendation label-" + escape(r.label.id) + "\" id=\"rec-" +
                    std::to_string(r.rank) + "\" aria-labelledby=\"rec-" + std::to_string(r.rank) + "-title\">\n";
  // The core (what, why, what it involves, what must be in place first) is kept on one page when
  // printed; the cautions and the evidence may run on to the next.
  out += "<div class=\"rec-core\">\n";
  out += "<h3 id=\"rec-" + std::to_string(r.rank) + "-title\">" + std::to_string(r.rank) + ". " + escape(r.title) +
         "</h3>\n";
  out += "<p class=\"meta\">" + tag(r.label) + (r.label.words.empty() ? "" : " &nbsp;") + escape(r.level) + " level, " +
         escape(r.effort) + " effort</p>\n";
  if (r.gap)
    out +=
        "<p class=\"gap\"><strong>Already in place, but below what the sources require:</strong> a gap to "
        "close, not only something to keep going.</p>\n";
  if (!r.summary.empty()) out += "<p>" + escape(r.summary) + "</p>\n";
  std::vector<std::string> reasons;
  for (const auto& reason : r.reasons) reasons.push_back(reason.text);
  out += list_section("Why this team", reasons);
  if (!r.local_choices.empty()) {
    std::string choices;
    for (std::size_t i = 0; i < r.local_choices.size(); ++i) choices += (i ? "; " : "") + r.local_choices[i];
    out += "<p class=\"local-choice\">Local choices in these reasons (set by the people who keep the rules, not by "
           "the sources): " + escape(choices) + ".</p>\n";
  }
  if (!r.format.empty()) {
    out += "<h4>What it involves</h4>\n<dl class=\"summary-list\">\n";
    for (const auto& f : r.format) out += summary_row(f.name, escape(f.text));
    out += "</dl>\n";
  }
  out += list_section("What must be in place first", r.needs_first);
  out += "</div>\n";
  std::vector<std::string> cautions;
  if (!r.caution.empty()) cautions.push_back(r.caution);
  for (const auto& c : r.cautions)
    if (c != r.caution) cautions.push_back(c);
  if (!cautions.empty()) {
    out += "<h4>Cautions</h4>\n";
    for (const auto& c : cautions) out += "<p class=\"caution\">" + escape(c) + "</p>\n";
  }
  if (!r.evidence_words.empty() || !r.evidence.empty()) {
    out += "<h4>The evidence</h4>\n";
    if (!r.evidence_words.empty()) out += "<p class=\"evidence-words\">" + escape(r.evidence_words) + "</p>\n";
    if (!r.evidence.empty()) {
      out += "<ul class=\"evidence\">\n";
      for (const auto& e : r.evidence) out += evidence_line(e);
      out += "</ul>\n";
    }
  }
  out += list_section("Notes", r.notes);
  return out + "</article>\n";
}

// The list of named interventions; tagged with their labels when show_labels (not for what was only
// considered: a label there would read as a recommendation).
std::string named_list(const std::vector<Named>& list, const std::vector<LabelLine>& labels, bool show_labels,
                       const char* cls = "") {
  std::string out = std::string("<ul") + (*cls ? " class=\"" + std::string(cls) + "\"" : "") + ">\n";
  for (const auto& n : list) {
    out += "<li><strong>" + escape(n.title) + "</strong>";
    if (std::string t = tag_of(n.label, labels); show_labels && !t.empty() && n.label != "keep_going") out += " " + t;
    if (!n.note.empty()) out += ": " + escape(n.note);
    out += "</li>\n";
  }
  return out + "</ul>\n";
}

std::string factors_section(const Report& r) {
  if (r.factors.empty()) return "";
  std::string out =
      "<section aria-labelledby=\"factors\">\n<h2 id=\"factors\">How the team answered the benchmark</h2>\n";
  out += "<p>" + std::to_string(r.indicators_answered) + " of " + std::to_string(r.indicators_total) +
         " indicators answered. Each bar is one factor of the organisational benchmarking tool: how many of its "
         "indicators your answers marked met, partly met, not met, or did not answer.</p>\n";
  out += "<figure class=\"chart\">\n" + html::factor_chart(r.factors, "factor-chart") + "</figure>\n";
  out +=
      "<table class=\"factor-table\">\n<caption>The chart's figures: indicators per factor</caption>\n<thead><tr>"
      "<th scope=\"col\">Factor</th><th scope=\"col\" class=\"n\">Met</th><th scope=\"col\" class=\"n\">Partly</th>"
      "<th scope=\"col\" class=\"n\">Not met</th><th scope=\"col\" class=\"n\">Not answered</th>"
      "<th scope=\"col\" class=\"n\">Total</th></tr></thead>\n<tbody>\n";
  for (const auto& f : r.factors)
    out += "<tr><th scope=\"row\">" + escape(f.title) + "</th><td class=\"n\">" + std::to_string(f.met) +
           "</td><td class=\"n\">" + std::to_string(f.partly) + "</td><td class=\"n\">" + std::to_string(f.not_met) +
           "</td><td class=\"n\">" + std::to_string(f.unknown) + "</td><td class=\"n\">" + std::to_string(f.total) +
           "</td></tr>\n";
  out += "</tbody>\n</table>\n";
  out += "<p class=\"note\">" + escape(kBenchmarkCaveat) + "</p>\n";
  return out + "</section>\n";
}

std::string near_misses_section(const Report& r) {
  std::vector<std::string> lines = near_miss_lines(r);
  if (lines.empty()) return "";
  std::string out =
      "<section aria-labelledby=\"near-misses\">\n<h2 id=\"near-misses\">Near misses</h2>\n"
      "<p>Not recommended for this team now; what would change that:</p>\n<ul>\n";
  for (const auto& l : lines) out += "<li>" + escape(l) + "</li>\n";
  return out + "</ul>\n</section>\n";
}

std::string action_plan() {
  std::string out =
      "<section class=\"plan-section\" aria-labelledby=\"plan\">\n<h2 id=\"plan\">Action plan</h2>\n"
      "<p>To fill in at the team meeting: what you will try, who leads it, when it starts and when you will "
      "look at it again.</p>\n<table class=\"plan\">\n<caption>Actions agreed</caption>\n<thead><tr>"
      "<th scope=\"col\" style=\"width:40%\">Action</th><th scope=\"col\" style=\"width:22%\">Owner</th>"
      "<th scope=\"col\" style=\"width:18%\">Start</th><th scope=\"col\" style=\"width:20%\">Review date</th>"
      "</tr></thead>\n<tbody>\n";
  for (int i = 0; i < 6; ++i) out += "<tr><td></td><td></td><td></td><td></td></tr>\n";
  return out + "</tbody>\n</table>\n</section>\n";
}

}  // namespace

std::string render_html(const Report& r, const ReportOptions& options) {
  const std::string date = report_date(options);
  const std::string heading = "What to try next" + (r.team_name.empty() ? "" : " for " + r.team_name);
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"trynext " +
      escape(r.versions.engine) + "\">\n<title>" + escape(heading) + "</title>\n<style>" + kStyle +
      "</style>\n</head>\n<body>\n<div class=\"page\">\n";
  // The team and the date, and how much of the benchmark was answered (a team with most indicators
  // unknown must see so before any ranking).
  out += "<header class=\"masthead\">\n<p class=\"caption\">trynext report</p>\n<h1>" + escape(heading) + "</h1>\n";
  out += "<dl class=\"summary-list\">\n";
  out += summary_row("Date", "<time datetime=\"" + escape(date) + "\">" + escape(date_words(date)) + "</time>");
  if (r.indicators_total > 0)
    out += summary_row("Benchmark answered", std::to_string(r.indicators_answered) + " of " +
                                                 std::to_string(r.indicators_total) + " indicators");
  out += summary_row("Recommendations", r.recommendations.empty() ? std::string("none: nothing stands out")
                                                                  : std::to_string(r.recommendations.size()));
  out += "</dl>\n</header>\n<main>\n";
  if (r.recommendations.empty()) {
    out += "<p class=\"lead\">" + escape(kNothingStandsOut) + "</p>\n";
  } else {
    out += "<section aria-labelledby=\"glance\">\n<h2 id=\"glance\">At a glance</h2>\n<ol class=\"glance\">\n";
    for (const auto& item : r.recommendations)
      out += "<li><a href=\"#rec-" + std::to_string(item.rank) + "\">" + escape(item.title) + "</a>" + tag(item.label) +
             "</li>\n";
    out += "</ol>\n";
    if (!r.labels.empty()) {
      out += "<dl class=\"summary-list labels\">\n";
      for (const auto& l : r.labels) out += summary_row(l.words, escape(l.meaning));
      out += "</dl>\n";
    }
    out += "</section>\n";
  }
  out += factors_section(r);
  if (!r.recommendations.empty()) {
    out += "<section aria-labelledby=\"recommendations\">\n<h2 id=\"recommendations\">Recommendations</h2>\n";
    for (const auto& item : r.recommendations) out += item_html(item);
    out += "</section>\n";
  }
  if (!r.keep_going.empty())
    out += "<section aria-labelledby=\"keep-going\">\n<h2 id=\"keep-going\">Already in place: keep going</h2>\n" +
           named_list(r.keep_going, r.labels, false) + "</section>\n";
  if (!r.tried.empty())
    out += "<section aria-labelledby=\"tried\">\n<h2 id=\"tried\">What the team tried before</h2>\n" +
           named_list(r.tried, r.labels, true) + "</section>\n";
  out += near_misses_section(r);
  if (!r.also_considered.empty())
    out += "<section aria-labelledby=\"also\">\n<h2 id=\"also\">Also considered</h2>\n" +
           named_list(r.also_considered, r.labels, false, "names") + "</section>\n";
  if (!r.warnings.empty()) {
    out += "<section aria-labelledby=\"warnings\">\n<h2 id=\"warnings\">Warnings</h2>\n<ul>\n";
    for (const auto& w : r.warnings) out += "<li>" + escape(w.message) + "</li>\n";
    out += "</ul>\n</section>\n";
  }
  if (!r.sources.empty()) {
    out += "<section aria-labelledby=\"sources\">\n<h2 id=\"sources\">Sources</h2>\n<p>The evidence above is taken "
           "from:</p>\n<ul>\n";
    for (const auto& s : r.sources) out += "<li>" + escape(s) + "</li>\n";
    out += "</ul>\n</section>\n";
  }
  out += action_plan();
  out += "</main>\n<footer>\n<p>Made on " + escape(date_words(date)) + " by trynext " + escape(r.versions.engine) +
         ", rules " + escape(r.versions.rules) + ", catalogue " + escape(r.versions.catalogue) + ".</p>\n";
  out += "<p>" + escape(kBenchmarkCaveat) + "</p>\n";
  if (!r.local_choices.empty()) out += "<p>" + escape(r.local_choices) + "</p>\n";
  return out + "</footer>\n</div>\n</body>\n</html>\n";
}

}  // namespace trynext::report
