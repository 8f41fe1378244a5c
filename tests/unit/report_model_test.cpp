// The report model: what every format says, derived once from a Result.
#include <catch2/catch.hpp>

#include "render/report_model.h"
#include "report_fixture.h"
#include "trynext/report.h"

using trynext::report::RuleState;

TEST_CASE("the report's strongest evidence is the highest certainty, not the first given", "[report]") {
  trynext::Result result = test::sample_result();
  trynext::report::Report report = trynext::report::build(result);
  REQUIRE(report.recommendations.size() == 2);
  CHECK(report.recommendations[0].strongest == std::optional<std::size_t>(1));  // moderate, after low
  CHECK(report.recommendations[1].strongest == std::optional<std::size_t>(0));
  CHECK(report.recommendations[0].evidence[2].certainty == "very_low");
  CHECK(report.recommendations[0].evidence[2].certainty_words == "very low");
  result.recommendations[1].evidence.clear();
  CHECK_FALSE(trynext::report::build(result).recommendations[1].strongest.has_value());
}

TEST_CASE("the report ranks each recommendation among all of them and keeps its reasons in order", "[report]") {
  trynext::Result result = test::sample_result();
  trynext::report::Report report = trynext::report::build(result);
  CHECK(report.source == &result);
  CHECK(report.team_name == "North Team");
  CHECK(report.recommendations[1].rank == 2);
  CHECK(report.recommendations[1].of == 2);
  REQUIRE(report.recommendations[0].reasons.size() == 2);
  CHECK(report.recommendations[0].reasons[0].rule == "workload_rule");
  CHECK(report.also_considered.size() == 8);
  CHECK(report.keep_going.at(0).title == "Team meetings");
}

TEST_CASE("the report rounds factor scores to percentages and says when none was answered", "[report]") {
  trynext::Result result = test::sample_result();
  trynext::report::Report report = trynext::report::build(result);
  REQUIRE(report.factors.size() == 2);
  CHECK(report.factors[0].percent == std::optional<int>(67));
  CHECK_FALSE(report.factors[1].percent.has_value());
  CHECK(report.any_score);
  result.factors[0].score.reset();
  CHECK_FALSE(trynext::report::build(result).any_score);
}

TEST_CASE("the report's trace gives each rule one state and counts them", "[report]") {
  trynext::Result result = test::sample_result();
  trynext::report::Report report = trynext::report::build(result);
  CHECK(report.trace.present);
  REQUIRE(report.trace.rules.size() == 3);
  CHECK(report.trace.rules[0].state == RuleState::fired);
  CHECK(report.trace.rules[1].state == RuleState::quiet);
  CHECK(report.trace.rules[2].state == RuleState::failed);
  CHECK(report.trace.fired == 1);
  CHECK(report.trace.failed == 1);
  result.explained = false;
  CHECK_FALSE(trynext::report::build(result).trace.present);
}

TEST_CASE("report formats are named as the flags and parameters name them", "[report]") {
  for (auto f : {trynext::ReportFormat::text, trynext::ReportFormat::json, trynext::ReportFormat::markdown,
                 trynext::ReportFormat::cards})
    CHECK(trynext::parse_report_format(trynext::report_format_name(f)) == f);
  CHECK(trynext::report_format_name(trynext::ReportFormat::markdown) == "markdown");
  CHECK(trynext::parse_report_format("html") == trynext::ReportFormat::html);
  CHECK_FALSE(trynext::parse_report_format("pdf").has_value());  // made outside the engine (app/src/pdf.cpp)
  CHECK_FALSE(trynext::parse_report_format("JSON").has_value());
  CHECK_FALSE(trynext::parse_report_format("").has_value());
}

TEST_CASE("render_report's json is to_json in either view, with the indent asked for", "[report]") {
  trynext::Result result = test::sample_result();
  CHECK(trynext::render_report(result, trynext::ReportFormat::json) == trynext::to_json(result));
  trynext::ReportOptions options;
  options.json_indent = -1;
  options.view = trynext::ReportView::trace;
  std::string compact = trynext::render_report(result, trynext::ReportFormat::json, options);
  CHECK(compact == trynext::to_json(result, -1));
  CHECK(compact.find('\n') == std::string::npos);
}

TEST_CASE("cards have no trace view", "[report]") {
  trynext::ReportOptions options;
  options.view = trynext::ReportView::trace;
  CHECK_THROWS_AS(trynext::render_report(test::sample_result(), trynext::ReportFormat::cards, options),
                  std::invalid_argument);
}
