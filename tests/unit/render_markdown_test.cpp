// The Markdown renderer, and the cards whose detail is its recommendation.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "render/markdown.h"
#include "render/report_model.h"
#include "report_fixture.h"
#include "trynext/report.h"

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

TEST_CASE("Markdown escapes what would change a sentence's meaning, and keeps it on one line", "[render][markdown]") {
  using trynext::report::markdown::escape;
  CHECK(escape("a *b* _c_ `d` [e](f) <g> h|i \\ j") ==
        "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> h\\|i \\\\ j");
  CHECK(escape("one\ntwo") == "one two");
  CHECK(escape("plain, words. 100% - ok") == "plain, words. 100% - ok");
}

TEST_CASE("Markdown gives a recommendation its reasons, evidence, cautions, notes and rank", "[render][markdown]") {
  trynext::Result result = test::sample_result();
  trynext::report::Report report = trynext::report::build(result);
  std::string item = trynext::report::markdown::item(report.recommendations[0]);
  CHECK(item.rfind("Review caseloads \\*together\\* each month.\n\n**Why this team:**\n\n", 0) == 0);
  CHECK(has(item, "- Caseloads are above 400 per practitioner. *(rule `workload_rule`)*\n"
                  "- Sickness absence is 9%. *(rule `sickness_rule`)*\n"));
  CHECK(has(item, "\n**Evidence:**\n\n- Low claim. \u2014 Author low (2020) (grade\\_low, low certainty)\n"));
  CHECK(has(item, "(grade\\_very\\_low, very\\_low certainty)\n"));
  CHECK(has(item, "\n**Cautions:**\n\n- Not a performance review.\n"));
  CHECK(has(item, "\n**Notes:**\n\n- Needs a manager's time.\n"));
  CHECK(ends_with(item, "\n\nteam level \u00b7 medium effort \u00b7 high priority \u00b7 rank 1 of 2\n"));
  std::string second = trynext::report::markdown::item(report.recommendations[1]);
  CHECK_FALSE(has(second, "**Cautions:**"));
  CHECK_FALSE(has(second, "**Notes:**"));
}

TEST_CASE("the Markdown report has a section for each part of the report", "[render][markdown]") {
  trynext::Result result = test::sample_result();
  std::string md = trynext::render_report(result, trynext::ReportFormat::markdown);
  CHECK(md.rfind("# What to try next for North Team\n\n## 1. Caseload review\n\n", 0) == 0);
  CHECK(has(md, "\n## 2. Peer support\n\n"));
  trynext::report::Report report = trynext::report::build(result);
  CHECK(has(md, trynext::report::markdown::item(report.recommendations[0])));
  CHECK(has(md, "## Also considered\n\n- Other 0\n"));
  CHECK(has(md, "- Other 7\n"));  // every one, not the terminal's few
  CHECK(has(md, "## Already in place, keep going\n\n- Team meetings\n"));
  CHECK(has(md, "| Support | 67% | 3 of 6 |\n| Learning | not answered | 0 of 4 |\n"));
  CHECK(has(md, "## Warnings\n\n- team.colour: unknown field, ignored\n"));
  CHECK(has(md, "## Rules (explain)\n\n3 rules, 1 fired, 1 failed;"));
  CHECK(has(md, "- **failed** `broken_rule` (broken.lua:7)"));
  CHECK(has(md, "  - would fire if: support.c were not\\_met\n"));
  CHECK(ends_with(md, "\n\nRules rules-abc, catalogue catalogue-def, trynext 0.1.0.\n"));
}

TEST_CASE("the Markdown report leaves out the sections it has nothing for", "[render][markdown]") {
  trynext::Result result;
  result.versions = {"0.1.0", "r", "c"};
  std::string md = trynext::render_report(result, trynext::ReportFormat::markdown);
  CHECK(md.rfind("# What to try next\n\nNothing stands out:", 0) == 0);
  for (const char* heading : {"## Also", "## Already", "## Benchmark", "## Warnings", "## Rules"})
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
