// The Markdown renderer, and the cards whose detail is its recommendation.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "render/markdown.h"
#include "render/report_model.h"
#include "report_fixture.h"
#include "test_support.h"
#include "trynext/report.h"

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

TEST_CASE("Markdown escapes what would change a sentence's meaning, and keeps it on one line", "[render][markdown]") {
  using trynext::report::markdown::escape;
  CHECK(escape("a *b* _c_ `d` [e](f) <g> h|i \\ j") == "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> h\\|i \\\\ j");
  CHECK(escape("one\ntwo") == "one two");
  CHECK(escape("plain, words. 100% - ok") == "plain, words. 100% - ok");
}

TEST_CASE("Markdown gives a recommendation its label, reasons, format, needs, cautions, evidence and notes",
          "[render][markdown]") {
  trynext::Result result = test::sample_result();
  result.recommendations[0].label = "act_now";
  result.recommendations[0].format = {{"frequency", "monthly"}, {"facilitator", "the team manager"}};
  result.recommendations[0].needs_first = {"Needs in place first: protected time."};
  result.recommendations[0].cautions = {"Not a performance review.", "Needs in place first: protected time."};
  result.recommendations[0].evidence_summary = {"accounts", "Mostly expert opinion; not yet tested.", "Go slowly."};
  result.recommendations[0].evidence[0].grade = "policy";
  trynext::report::Report report = trynext::report::build(result);
  std::string item = trynext::report::markdown::item(report.recommendations[0]);
  CHECK(item.rfind("Review caseloads \\*together\\* each month.\n\n"
                   "**Act now** \u00b7 team level \u00b7 medium effort \u00b7 rank 1 of 2\n\n**Why this team:**\n\n",
                   0) == 0);
  CHECK(has(item,
            "- Caseloads are above 400 per practitioner. *(rule `workload_rule`)*\n"
            "- Sickness absence is 9%. *(rule `sickness_rule`)*\n"));
  CHECK(has(item, "\n**What it involves:**\n\n- How often: monthly\n- Who runs it: the team manager\n"));
  CHECK(has(item, "\n**What must be in place first:**\n\n- Needs in place first: protected time.\n"));
  // The most relevant caution first, then the catalogue's, without the needs-first lines.
  CHECK(has(item, "\n**Cautions:**\n\n- Go slowly.\n- Not a performance review.\n\n"));
  CHECK(has(item, "\n**Evidence:** Mostly expert opinion; not yet tested.\n\n"));
  // A requirement is shown as what it is, without a certainty; the others with theirs, in words.
  CHECK(has(item, "- Low claim. \u2014 Author low (2020) (required by national policy)\n"));
  CHECK(has(item, "- Very low claim. \u2014 Author very\\_low (2020) (grade\\_very\\_low; very low certainty)\n"));
  CHECK(has(item, "\n**Notes:**\n\n- Needs a manager's time.\n"));
  std::string second = trynext::report::markdown::item(report.recommendations[1]);
  for (const char* absent : {"**Cautions:**", "**Notes:**", "**What it involves:**", "**What must be in place"})
    CHECK_FALSE(has(second, absent));
}

TEST_CASE("the Markdown report has a section for each part of the report", "[render][markdown]") {
  trynext::Result result = test::sample_result();
  result.recommendations[0].label = "recommended";
  result.also_considered[0].tried = "no_change";
  result.recommendations[1].tried.clear();  // only Other 0 was tried here
  for (auto& c : result.also_considered) c.label.clear();  // named plainly, without a label
  result.keep_going[0].notes.clear();
  result.trace[1].near_miss = {"Peer support would be recommended if your team said support.c is not met."};
  trynext::ReportOptions options;
  options.date = "2026-03-01";
  std::string md = trynext::render_report(result, trynext::ReportFormat::markdown, options);
  CHECK(md.rfind("# What to try next for North Team\n\n- **Recommended**: ", 0) == 0);
  CHECK(has(md, "\n## 1. Caseload review\n\n"));
  CHECK(md.find("## 1. Caseload review") < md.find("## 2. Peer support"));
  trynext::report::Report report = trynext::report::build(result);
  CHECK(has(md, trynext::report::markdown::item(report.recommendations[0])));
  CHECK(has(md, "## Also considered\n\n- Other 0\n"));
  CHECK(has(md, "- Other 7\n"));  // every one, not the terminal's few
  CHECK(has(md, "## Already in place, keep going\n\n- Team meetings\n"));
  CHECK(has(md, "## What the team tried before\n\n- Other 0: it made no difference\n"));
  CHECK(has(md,
            "| Factor | Met | Partly | Not met | Not answered | Indicators |\n|---|--:|--:|--:|--:|--:|\n"
            "| Support | 1 | 2 | 0 | 3 | 6 |\n| Learning | 0 | 0 | 0 | 4 | 4 |\n"));
  CHECK(has(md,
            "## Near misses\n\nNot recommended for this team now; what would change that:\n\n"
            "- Peer support would be recommended if your team said support.c is not met.\n\n"));
  CHECK_FALSE(has(md, "- support.c were not\\_met"));  // the trace's wording is trynext explain's
  CHECK(has(md, "## Warnings\n\n- team.colour: unknown field, ignored\n"));
  CHECK(has(md, "## Action plan\n\n| Action | Owner | Start | Review date |\n"));
  // The trace is trynext explain's, not the report's.
  CHECK_FALSE(has(md, "## Rules (explain)"));
  CHECK(has(md, "---\n\nMade on 1 March 2026. The benchmark is a prototype"));
  CHECK(has(md, "local choice"));
  CHECK(ends_with(md, "\n\nRules rules-abc, catalogue catalogue-def, trynext 0.1.0.\n"));
}

TEST_CASE("the Markdown report of the example team and of a team with nothing to recommend", "[render][markdown]") {
  trynext::EvaluateOptions explain;
  explain.explain = true;
  auto engine = test::default_engine();
  trynext::Result result =
      engine->recommend(test::read_file(test::source_dir() / "examples" / "team-merger.json"), explain);
  std::string md = trynext::render_report(result, trynext::ReportFormat::markdown);
  REQUIRE(result.recommendations.size() == 5);
  std::size_t last = 0;
  for (const auto& r : result.recommendations) {
    auto at = md.find("\n## " + std::to_string(r.rank) + ". " + trynext::report::markdown::escape(r.title) + "\n");
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
    for (std::size_t i = 0; i + r.needs_first.size() < r.cautions.size(); ++i)
      CHECK(has(md, "- " + trynext::report::markdown::escape(r.cautions[i]) + "\n"));
  }
  for (const auto& f : result.factors)
    CHECK(has(md, "| " + f.title + " | " + std::to_string(f.met) + " | " + std::to_string(f.partly) + " | " +
                      std::to_string(f.not_met) + " | " + std::to_string(f.total - f.met - f.partly - f.not_met) +
                      " | " + std::to_string(f.total) + " |\n"));
  CHECK(ends_with(md, "Rules " + result.versions.rules + ", catalogue " + result.versions.catalogue + ", trynext " +
                          result.versions.engine + ".\n"));

  auto healthy =
      nlohmann::json::parse(test::read_file(test::source_dir() / "tests" / "scenarios" / "healthy_team.json"))["input"];
  trynext::Result none = engine->recommend(healthy.dump(), explain);
  REQUIRE(none.recommendations.empty());
  std::string calm = trynext::render_report(none, trynext::ReportFormat::markdown);
  CHECK(calm.rfind("# What to try next for Riverside health visiting team\n\nNothing stands out:", 0) == 0);
  CHECK_FALSE(has(calm, "\n## 1. "));
  CHECK(has(calm, "## Action plan"));
  CHECK(has(calm, "| Factor | Met |"));
}

TEST_CASE("the Markdown report leaves out the sections it has nothing for", "[render][markdown]") {
  trynext::Result result;
  result.versions = {"0.1.0", "r", "c"};
  std::string md = trynext::render_report(result, trynext::ReportFormat::markdown);
  CHECK(md.rfind("# What to try next\n\nNothing stands out:", 0) == 0);
  for (const char* heading :
       {"## Also", "## Already", "## How the team", "## Warnings", "## Rules", "## Near", "## What the team"})
    CHECK_FALSE(has(md, heading));
  trynext::ReportOptions trace;
  trace.view = trynext::ReportView::trace;
  std::string only_trace = trynext::render_report(test::sample_result(), trynext::ReportFormat::markdown, trace);
  CHECK(only_trace.rfind("## Rules (explain)\n\n", 0) == 0);
  CHECK_FALSE(has(only_trace, "Caseload review"));
}

TEST_CASE("a card's detail is the Markdown renderer's recommendation", "[render][cards]") {
  trynext::Result result = test::sample_result();
  trynext::ReportOptions options;
  options.base_url = "http://example.test:8080";
  auto cards = nlohmann::json::parse(trynext::render_report(result, trynext::ReportFormat::cards, options));
  trynext::report::Report report = trynext::report::build(result);
  REQUIRE(cards["cards"].size() == 2);
  for (std::size_t i = 0; i < 2; ++i)
    CHECK(cards["cards"][i]["detail"] == trynext::report::markdown::item(report.recommendations[i]));
}
