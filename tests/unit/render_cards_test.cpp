// The cards renderer (POST /v1/recommendations?format=cards): CDS Hooks-style cards as JSON text.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report_fixture.h"
#include "trynext/report.h"

namespace {

nlohmann::json cards_of(const trynext::Result& result, const std::string& base_url = "http://h:1") {
  trynext::ReportOptions options;
  options.base_url = base_url;
  return nlohmann::json::parse(trynext::render_report(result, trynext::ReportFormat::cards, options));
}

// Code points, not bytes.
std::size_t length(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

TEST_CASE("a card per recommendation, best first, its indicator from the label", "[render][cards]") {
  nlohmann::json cards = cards_of(test::sample_result());
  REQUIRE(cards.size() == 1);
  REQUIRE(cards["cards"].size() == 2);
  const auto& first = cards["cards"][0];
  CHECK(first["summary"] == "Caseload review (Act now, team level)");
  CHECK(first["indicator"] == "critical");
  CHECK(cards["cards"][1]["indicator"] == "info");
  CHECK(first["source"]["label"] == "trynext 0.1.0 (rules rules-abc)");
  CHECK(first["source"]["url"] == "http://h:1/v1/catalogue");
  REQUIRE(first["links"].size() == 1);
  CHECK(first["links"][0]["url"] == "http://h:1/v1/catalogue/caseload_review");
  CHECK(first["links"][0]["label"] == "Catalogue entry: Caseload review");
  CHECK(first["links"][0]["type"] == "absolute");
  trynext::Result medium = test::sample_result();
  medium.recommendations[0].label = "recommended";
  CHECK(cards_of(medium)["cards"][0]["indicator"] == "warning");
}

TEST_CASE("card summaries are cut below 140 characters, counting characters, not bytes", "[render][cards]") {
  trynext::Result result = test::sample_result();
  std::string title;
  for (int i = 0; i < 100; ++i) title += "\u00e9a";  // 200 characters, 300 bytes
  result.recommendations[0].title = title;
  nlohmann::json card = cards_of(result)["cards"][0];
  std::string summary = card["summary"];
  CHECK(length(summary) == 139);
  CHECK(summary.substr(summary.size() - 3) == "\u2026");
  CHECK(summary.rfind(title.substr(0, 100), 0) == 0);
  CHECK(length(card["links"][0]["label"].get<std::string>()) == 139);
  CHECK(cards_of(test::sample_result())["cards"][0]["summary"].get<std::string>().find("\u2026") == std::string::npos);
}

TEST_CASE("cards replace text that is not UTF-8 instead of failing", "[render][cards]") {
  trynext::Result result = test::sample_result();
  result.recommendations[0].summary = "bad \xff byte";
  std::string text;
  REQUIRE_NOTHROW(text = trynext::render_report(result, trynext::ReportFormat::cards, {}));
  auto cards = nlohmann::json::parse(text);
  CHECK(cards["cards"][0]["detail"].get<std::string>().rfind("bad \ufffd byte", 0) == 0);
  CHECK(cards["cards"][0]["links"][0]["url"] == "/v1/catalogue/caseload_review");  // no base: relative
}

TEST_CASE("no recommendations, no cards", "[render][cards]") {
  CHECK(trynext::render_report(trynext::Result{}, trynext::ReportFormat::cards, {}) == "{\"cards\":[]}");
}
