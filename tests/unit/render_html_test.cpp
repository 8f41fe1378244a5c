// The HTML report: its content for the example team and for a team with nothing to recommend (the
// factor counts, the order of recommendations, the cautions, the versions in the footer), the order
// of its headings, the chart, and the one escaping function against hostile text.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>

#include "common/utf8.h"
#include "render/factor_chart.h"
#include "render/html_escape.h"
#include "render/report_model.h"
#include "report_fixture.h"
#include "test_support.h"
#include "trynext/report.h"

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

using trynext::report::html::escape;

trynext::Result evaluate(const std::string& file) {
  trynext::EvaluateOptions options;
  options.explain = true;  // as trynext report evaluates
  return test::default_engine()->recommend(test::read_file(test::source_dir() / file), options);
}

std::string scenario_input(const std::string& name) {
  auto doc = nlohmann::json::parse(test::read_file(test::source_dir() / "tests" / "scenarios" / name));
  return doc["input"].dump();
}

std::string html_of(const trynext::Result& result, const std::string& date = "2026-03-01") {
  trynext::ReportOptions options;
  options.date = date;
  return trynext::render_report(result, trynext::ReportFormat::html, options);
}

// The levels of the headings, in document order.
std::vector<int> heading_levels(const std::string& page) {
  std::vector<int> levels;
  static const std::regex heading("<h([1-6])[ >]");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), heading); it != std::sregex_iterator(); ++it)
    levels.push_back(std::stoi((*it)[1]));
  return levels;
}

std::string factor_row(const trynext::FactorScore& f) {
  int unknown = f.total - f.met - f.partly - f.not_met;
  return "<tr><th scope=\"row\">" + escape(f.title) + "</th><td class=\"n\">" + std::to_string(f.met) +
         "</td><td class=\"n\">" + std::to_string(f.partly) + "</td><td class=\"n\">" + std::to_string(f.not_met) +
         "</td><td class=\"n\">" + std::to_string(unknown) + "</td><td class=\"n\">" + std::to_string(f.total) +
         "</td></tr>";
}

}  // namespace

TEST_CASE("escape makes any text character data: markup, quotes, controls and invalid UTF-8", "[render][html]") {
  CHECK(escape("<script>alert(\"x\")</script>") == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  CHECK(escape("Tom's & Jerry's") == "Tom&#39;s &amp; Jerry&#39;s");
  CHECK(escape("caf\xC3\xA9 \xE2\x80\x94 ok\ttab\nline") == "caf\xC3\xA9 \xE2\x80\x94 ok\ttab\nline");
  CHECK(escape("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
  CHECK(escape("cut \xE2\x80") == "cut \xEF\xBF\xBD");            // a sequence cut short: one U+FFFD
  CHECK(escape("nul\x01\x7F") == "nul\xEF\xBF\xBD\xEF\xBF\xBD");  // C0 and DEL
  CHECK(escape("c1 \xC2\x85") == "c1 \xEF\xBF\xBD");              // C1 control (NEL)
  CHECK(escape(std::string("a\0b", 3)) ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(escape("") == "");
}

TEST_CASE("the HTML report of the example team", "[render][html]") {
  trynext::Result result = evaluate("examples/team-merger.json");
  REQUIRE(result.recommendations.size() == 5);
  std::string page = html_of(result);
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en-GB\">", 0) == 0);
  CHECK(trynext::is_valid_utf8(page));
  // Self-contained: no script, nothing from the network.
  CHECK_FALSE(has(page, "<script"));
  CHECK_FALSE(has(page, "<link"));
  CHECK_FALSE(has(page, "src=\""));
  CHECK_FALSE(has(page, "url("));
  // The team and the date.
  CHECK(has(page, "<h1>What to try next for Northfield merged health visiting team</h1>"));
  CHECK(has(page, "<time datetime=\"2026-03-01\">1 March 2026</time>"));
  // The chart: seven bars, with a title and a description, and the same figures as a table.
  REQUIRE(result.factors.size() == 7);
  CHECK(count(page, "<g class=\"factor-bar\"") == 7);
  CHECK(has(page, "<svg class=\"factor-chart\""));
  CHECK(has(page, "role=\"img\" aria-labelledby=\"factor-chart-title factor-chart-desc\""));
  CHECK(has(page, "<desc id=\"factor-chart-desc\">"));
  int answered = 0, total = 0;
  for (const auto& f : result.factors) {
    CHECK(has(page, factor_row(f)));
    int unknown = f.total - f.met - f.partly - f.not_met;
    CHECK(has(page, escape(f.title) + ": " + std::to_string(f.met) + " met, " + std::to_string(f.partly) + " partly, " +
                        std::to_string(f.not_met) + " not met and " + std::to_string(unknown) + " not answered of " +
                        std::to_string(f.total) + " indicators"));
    answered += f.answered;
    total += f.total;
  }
  CHECK(has(page, std::to_string(answered) + " of " + std::to_string(total) + " indicators"));
  // The recommendations in their order, each after the one before, with its cautions and reasons.
  std::size_t last = 0;
  for (const auto& r : result.recommendations) {
    std::string heading = "<h3 id=\"rec-" + std::to_string(r.rank) + "-title\">" + std::to_string(r.rank) + ". " +
                          escape(r.title) + "</h3>";
    auto at = page.find(heading);
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
    for (const auto& reason : r.rationale) CHECK(has(page, escape(reason.text)));
    for (std::size_t i = 0; i + r.needs_first.size() < r.cautions.size(); ++i)
      CHECK(has(page, "<p class=\"caution\">" + escape(r.cautions[i]) + "</p>"));
    if (!r.evidence_summary.caution.empty())
      CHECK(has(page, "<p class=\"caution\">" + escape(r.evidence_summary.caution) + "</p>"));
    for (const auto& e : r.evidence) CHECK(has(page, escape(e.claim)));
  }
  // The blank action plan and the footer with the versions and the caveats.
  CHECK(has(page, "<h2 id=\"plan\">Action plan</h2>"));
  CHECK(has(page, "<th scope=\"col\" style=\"width:22%\">Owner</th>"));
  CHECK(count(page, "<tr><td></td><td></td><td></td><td></td></tr>") == 6);
  auto footer = page.substr(page.find("<footer>"));
  CHECK(has(footer, "trynext " + result.versions.engine + ", rules " + result.versions.rules + ", catalogue " +
                        result.versions.catalogue));
  CHECK(has(footer, "Made on 1 March 2026"));
  CHECK(has(footer, escape(trynext::report::kBenchmarkCaveat)));
  CHECK(has(footer, "local choice"));
  // A print stylesheet: A4, page numbers, a recommendation kept on one page where it fits.
  CHECK(has(page, "@page{size:A4"));
  CHECK(has(page, "counter(page)"));
  CHECK(has(page, ".rec-core,.chart"));
}

TEST_CASE("the HTML report's headings are in order, and none is empty", "[render][html]") {
  for (const char* file : {"examples/team-merger.json"}) {
    std::string page = html_of(evaluate(file));
    std::vector<int> levels = heading_levels(page);
    REQUIRE(!levels.empty());
    CHECK(levels.front() == 1);
    CHECK(std::count(levels.begin(), levels.end(), 1) == 1);
    for (std::size_t i = 1; i < levels.size(); ++i) CHECK(levels[i] <= levels[i - 1] + 1);
    CHECK_FALSE(has(page, "</h4>\n<ul>\n</ul>"));
    CHECK_FALSE(has(page, "<h4></h4>"));
  }
}

TEST_CASE("the HTML report of a team with nothing to recommend", "[render][html]") {
  trynext::EvaluateOptions options;
  options.explain = true;
  trynext::Result result = test::default_engine()->recommend(scenario_input("healthy_team.json"), options);
  REQUIRE(result.recommendations.empty());
  std::string page = html_of(result);
  CHECK(has(page, "<h1>What to try next for Riverside health visiting team</h1>"));
  CHECK(has(page, escape(trynext::report::kNothingStandsOut)));
  CHECK(has(page, "none: nothing stands out"));
  for (const char* absent : {"id=\"glance\"", "id=\"recommendations\"", "class=\"recommendation", "id=\"tried\"",
                             "id=\"also\"", "id=\"warnings\""})
    CHECK_FALSE(has(page, absent));
  // The factors still show: every indicator met.
  CHECK(count(page, "<g class=\"factor-bar\"") == 7);
  for (const auto& f : result.factors) {
    CHECK(f.met == f.total);
    CHECK(has(page, factor_row(f)));
  }
  CHECK(has(page, "rules " + result.versions.rules));
  // Nothing in the chart but the met parts.
  CHECK_FALSE(has(page, "class=\"part not-met\""));
  CHECK_FALSE(has(page, "class=\"part partly\""));
}

TEST_CASE("the HTML report escapes hostile team names, rule texts and catalogue entries", "[render][html]") {
  trynext::Result result = test::sample_result();
  const std::string hostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)> \xFF\xFE";
  result.team_name = hostile;
  result.recommendations[0].title = hostile;
  result.recommendations[0].summary = hostile;
  result.recommendations[0].rationale[0].text = hostile;
  result.recommendations[0].cautions = {hostile};
  result.recommendations[0].evidence[0].claim = hostile;
  result.recommendations[0].evidence[0].citation = hostile;
  result.recommendations[0].format = {{"frequency", hostile}};
  result.recommendations[0].needs_first = {hostile};
  result.keep_going[0].title = hostile;
  result.factors[0].title = hostile;
  result.factors[0].id = hostile;
  result.warnings[0].message = hostile;
  result.versions.rules = hostile;
  std::string page = html_of(result, hostile);
  CHECK(trynext::is_valid_utf8(page));
  CHECK_FALSE(has(page, "<script"));
  CHECK_FALSE(has(page, "<img"));
  CHECK_FALSE(has(page, "'x'"));
  const std::string escaped = escape(hostile);
  CHECK(has(escaped, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img"));
  CHECK(has(escaped, "\xEF\xBF\xBD"));
  CHECK(count(page, escaped) >= 12);
}

TEST_CASE("the HTML report's date is today in UTC unless given", "[render][html]") {
  trynext::Result result = test::sample_result();
  std::string page = html_of(result, "");
  static const std::regex today(
      "<time datetime=\"20[0-9]{2}-[01][0-9]-[0-3][0-9]\">[1-3]?[0-9] [A-Z][a-z]+ 20[0-9]{2}</time>");
  CHECK(std::regex_search(page, today));
  CHECK(has(html_of(result, "spring 2026"), "<time datetime=\"spring 2026\">spring 2026</time>"));
}

TEST_CASE("the factor chart: a bar per factor, each part with its count, nothing without factors", "[render][html]") {
  trynext::report::FactorLine f{"support", "Support", 50, 11, 11, 3, 2, 5, 1};
  std::string svg = trynext::report::html::factor_chart({f}, "c");
  CHECK(svg.rfind("<svg class=\"factor-chart\"", 0) == 0);
  CHECK(has(svg, "<title id=\"c-title\">"));
  CHECK(has(svg, "<title>Support: 3 met, 2 partly, 5 not met and 1 not answered of 11 indicators</title>"));
  for (const char* part : {"part met", "part partly", "part not-met", "part unknown"}) CHECK(has(svg, part));
  // 640 units for 11 indicators: the not-met part is 5 of them wide.
  CHECK(has(svg, "width=\"290.9\""));
  CHECK(trynext::report::html::factor_chart({}, "c").empty());
}

TEST_CASE("the HTML report names near misses in people's words only", "[render][html]") {
  trynext::Result result = test::sample_result();
  result.trace[1].near_miss.clear();
  CHECK_FALSE(has(html_of(result), "id=\"near-misses\""));  // only the trace's own wording: left to explain
  result.trace[1].near_miss = {"Peer support would be recommended if your team said \"support.c\" is not met."};
  std::string page = html_of(result);
  CHECK(has(page, "<h2 id=\"near-misses\">Near misses</h2>"));
  CHECK(has(page, "<li>Peer support would be recommended if your team said &quot;support.c&quot; is not met.</li>"));
  CHECK_FALSE(has(page, "support.c were not_met"));
  // What was only considered is named without a label, which would read as a recommendation.
  result.also_considered[0].label = "act_now";
  result.recommendations[0].label = "act_now";
  page = html_of(result);
  auto also = page.substr(page.find("<h2 id=\"also\">"));
  CHECK_FALSE(has(also.substr(0, also.find("</section>")), "tag-act_now"));
}

TEST_CASE("the HTML and Markdown reports name every source by its title, never by file", "[render][html]") {
  trynext::Result result = evaluate("examples/team-merger.json");
  REQUIRE(result.documents);
  std::string page = html_of(result);
  std::string md = trynext::render_report(result, trynext::ReportFormat::markdown);
  CHECK(has(page, "<h2 id=\"sources\">Sources</h2>"));
  CHECK(has(md, "\n## Sources\n"));
  std::size_t cited = 0;
  for (const auto& d : *result.documents) {
    bool used = false;
    for (const auto& r : result.recommendations)
      for (const auto& e : r.evidence) used = used || e.source.file == d.file;
    // Each document cited is listed by title, publisher and year; none is named by its file.
    CHECK(has(page, escape(d.title + " (" + d.publisher + ", ")) == used);
    CHECK(has(md, "- " + d.title) == used);
    CHECK_FALSE(has(page, d.file));
    CHECK_FALSE(has(md, d.file));
    cited += used;
  }
  CHECK(cited >= 2);
  // Beside a claim, the document it was taken from, unless its citation is that document.
  CHECK(has(page, ", in the framework&#39;s literature review, 2015; "));
  CHECK_FALSE(has(md, "Developing Resilience in the Workforce: A Health Visiting Framework, in the framework guide"));
}
