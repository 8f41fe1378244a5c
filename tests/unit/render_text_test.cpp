// The text renderer (trynext recommend) and the trace's text (trynext explain).
#include <catch2/catch.hpp>
#include <sstream>

#include "report_fixture.h"
#include "test_support.h"
#include "trynext/report.h"
#include "trynext/vocabulary.h"

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// The words, as if no line were wrapped.
std::string unwrapped(std::string text) {
  for (auto& c : text) c = c == '\n' ? ' ' : c;
  std::string out;
  for (char c : text)
    if (!(c == ' ' && !out.empty() && out.back() == ' ')) out += c;
  return out;
}

}  // namespace

TEST_CASE("text gives each recommendation its label, reasons, evidence in words, caution and needs", "[render][text]") {
  std::string text = trynext::render_report(test::sample_result(), trynext::ReportFormat::text);
  CHECK(text.rfind("What to try next for North Team\nBased on your team's figures and 3 of the 10 benchmark "
                   "indicators answered.\n",
                   0) == 0);
  // Every label used is explained, once, before the list.
  CHECK(has(unwrapped(text), "What the labels mean: Act now: Something recent"));
  CHECK(has(unwrapped(text), "Worth considering: One of your answers points to it"));
  CHECK(has(unwrapped(text), "Keep going: Already in place"));
  CHECK_FALSE(has(text, "Recommended:"));
  CHECK(has(text, "1. Caseload review\n   Act now, team level, medium effort\n"));
  CHECK(has(text, "   Why: Caseloads are above 400 per practitioner.\n"));
  CHECK(has(text, "   Also: Sickness absence is 9%.\n"));
  CHECK(has(text, "   Evidence: Some research, none of it controlled: a literature review.\n"));
  CHECK(has(text, "   Caution: Not a performance review.\n"));
  CHECK(has(text, "   Needs in place first: caseload data for each practitioner.\n"));
  // The weakest item's caveat is what the second recommendation shows.
  CHECK(has(unwrapped(text), "Evidence: Not yet tested: anecdotal evidence. Part of it is anecdotal"));
  CHECK(has(unwrapped(text), "Also labelled Worth considering: Other 0, Other 1, Other 2, Other 3, Other 4 and "
                             "Other 5, and 2 more."));
  CHECK(has(unwrapped(text), "trynext recommend FILE --top 10 shows all 10 in full."));
  CHECK_FALSE(has(text.substr(0, text.find("Recommended because")), "Other 6"));  // the list names six
  CHECK(has(text, "Already in place, keep going:\n  - Team meetings\n"));
  CHECK(has(text, "Tried before: Peer support (it made no difference).\n"));
  // Counts, never a percentage that calls a half "met".
  CHECK(has(text, "  Support   1 met, 2 partly, 0 not met, 3 not answered\n"));
  CHECK(has(text, "  Learning  not answered\n"));
  CHECK_FALSE(has(text, "67%"));
  CHECK(has(unwrapped(text), "The benchmark is a prototype"));
  CHECK(has(unwrapped(text), "local choice"));
  CHECK(has(text, "Warnings:\n  - team.colour: unknown field, ignored\n"));
  // The explained view for people: every reason, the near miss in words, no internal paths.
  CHECK(has(text, "Recommended because (every reason, strongest first):\n  1. Caseload review (Act now)\n"
                  "     - Caseloads are above 400 per practitioner.\n     - Sickness absence is 9%.\n"));
  CHECK(has(text, "Near misses: one answer away from a recommendation:\n  - Peer support would be recommended if "));
  CHECK(has(text, "A rule failed and counted for nothing: rule \"broken_rule\" failed"));
  CHECK_FALSE(has(text, "support.c were not_met"));
  CHECK(ends_with(text, "\n\nRules rules-abc, catalogue catalogue-def, trynext 0.1.0\n"));
}

TEST_CASE("text is what to_text writes, wrapped at the width asked for", "[render][text]") {
  trynext::Result result = test::sample_result();
  result.recommendations[0].rationale[0].text = std::string(30, 'w') + " " + std::string(40, 'x') + " y z";
  CHECK(trynext::render_report(result, trynext::ReportFormat::text) == trynext::to_text(result));
  for (std::size_t width : {40u, 60u, 92u}) {
    trynext::ReportOptions options;
    options.width = width;
    std::string text = trynext::render_report(result, trynext::ReportFormat::text, options);
    for (const auto& line : lines_of(text)) {
      if (line.rfind("   ", 0) != 0) continue;  // headings and lists are not wrapped; what is under them is
      bool one_word = line.find(' ', line.find_first_not_of(' ')) == std::string::npos;
      INFO(line);
      CHECK((line.size() <= width || one_word));
    }
    CHECK(unwrapped(text) == unwrapped(trynext::to_text(result)));
  }
  trynext::ReportOptions narrow;
  narrow.width = 40;
  std::string text = trynext::render_report(result, trynext::ReportFormat::text, narrow);
  CHECK(has(text, "   Why: " + std::string(30, 'w') + "\n   " + std::string(40, 'x') + "\n   y z\n"));
}

TEST_CASE("text with nothing to recommend says so", "[render][text]") {
  trynext::Result result;
  result.versions = {"0.1.0", "r", "c"};
  std::string text = trynext::render_report(result, trynext::ReportFormat::text);
  CHECK(text.rfind("What to try next\n\nNothing stands out: no rule found a gap", 0) == 0);
  CHECK_FALSE(has(text, "Recommended because"));
  CHECK_FALSE(has(text, "What the labels mean"));
  CHECK_FALSE(has(text, "Benchmark factors"));
}

TEST_CASE("the trace's text gives every rule its state, cost, reads and tests", "[render][text][explain]") {
  trynext::ReportOptions options;
  options.view = trynext::ReportView::trace;
  std::string text = trynext::render_report(test::sample_result(), trynext::ReportFormat::text, options);
  auto lines = lines_of(text);
  REQUIRE(lines.size() >= 2);
  CHECK(lines[0] == "Explain: 3 rules, 1 fired, 1 failed; limits per rule: 1,000,000 instructions, 8192 KiB");
  CHECK(lines[1].empty());
  CHECK(has(text, "FIRED  workload_rule  (workload.lua:12)  15.3 us, about 12,000 instructions, 2.0 KiB\n"));
  CHECK(has(text, "       recommended: caseload_review\n"));
  CHECK(has(text, "       read:   team.caseload_per_practitioner = 420\n"));
  CHECK(has(text, "       tested: team.caseload_per_practitioner above 400 -> yes (value 420)\n"));
  CHECK(has(text, "quiet  quiet_rule  (quiet.lua:3)  0.0 us, under 1,000 instructions, 0.0 KiB\n"));
  CHECK(has(text, "       would fire if: support.c were not_met\n"));
  CHECK(has(text, "FAILED broken_rule  (broken.lua:7)"));
  CHECK(has(text, "       error: rule \"broken_rule\" failed: attempt to index a nil value\n"));
  CHECK_FALSE(has(text, "Caseload review"));  // the trace alone
}

TEST_CASE("text of a real evaluation lists what the engine recommended", "[render][text]") {
  auto engine = test::default_engine();
  trynext::Result result = engine->recommend(test::read_file(test::source_dir() / "examples" / "team-merger.json"));
  REQUIRE_FALSE(result.recommendations.empty());
  std::string text = trynext::render_report(result, trynext::ReportFormat::text);
  for (const auto& r : result.recommendations) {
    const trynext::vocabulary::Label* label = trynext::vocabulary::find_label(r.label);
    REQUIRE(label);
    CHECK(has(text, std::to_string(r.rank) + ". " + r.title));
    CHECK(has(text, "   " + label->words + ", " + r.level + " level, " + r.effort + " effort\n"));
    CHECK(has(unwrapped(text), label->words + ": " + label->meaning));
  }
  // The factor counts are the result's.
  for (const auto& f : result.factors)
    if (f.answered)
      CHECK(has(text, std::to_string(f.met) + " met, " + std::to_string(f.partly) + " partly, " +
                          std::to_string(f.not_met) + " not met"));
}
