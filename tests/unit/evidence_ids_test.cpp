// evidence "ids": the result that names each recommendation's catalogue part by id instead of
// repeating it. It must keep every id the full result has, in the same places and order, and be small
// enough to send for every request (at most 15 kB for the example team, the project's own target).
#include <set>

#include <catch2/catch.hpp>

#include "test_support.h"
#include "trynext/json.h"

namespace {

using nlohmann::json;

// Every intervention id with the list and rank it has, and every rule id of its reasons, in order.
std::vector<std::string> ids_in(const json& result) {
  std::vector<std::string> ids;
  for (const char* list : {"recommendations", "also_considered", "keep_going"})
    for (const auto& r : result.at(list)) {
      ids.push_back(std::string(list) + " " + r.at("id").get<std::string>() + " #" + r.at("rank").dump() + " " +
                    r.at("label").get<std::string>() + " " + r.at("score").dump());
      for (const auto& reason : r.at("rationale"))
        ids.push_back("  rule " + reason.at("rule").get<std::string>() + " " + reason.at("weight").dump());
    }
  return ids;
}

std::string example() { return test::read_file(test::source_dir() / "examples" / "team-merger.json"); }

}  // namespace

TEST_CASE("evidence ids keeps every id of the full result and leaves out the catalogue's text", "[json][evidence]") {
  auto engine = test::default_engine();
  trynext::EvaluateOptions ids_option;
  ids_option.evidence = trynext::EvidenceForm::ids;
  trynext::Result full = engine->recommend(example()), ids = engine->recommend(example(), ids_option);
  CHECK(full.evidence == trynext::EvidenceForm::full);
  CHECK(ids.evidence == trynext::EvidenceForm::ids);
  json full_json = json::parse(trynext::to_json(full)), ids_json = json::parse(trynext::to_json(ids));
  auto want = ids_in(full_json);
  REQUIRE(want.size() > 10);  // the example gets many recommendations, each with its reasons
  CHECK(ids_in(ids_json) == want);
  CHECK(ids_json.at("evidence") == "ids");
  CHECK_FALSE(full_json.contains("evidence"));
  for (const char* list : {"recommendations", "also_considered", "keep_going"})
    for (const auto& r : ids_json.at(list))
      for (const char* left_out : {"title", "summary", "evidence", "cautions", "format", "evidence_summary"})
        CHECK_FALSE(r.contains(left_out));
  // What is not the catalogue's is the same in both.
  for (const char* key : {"factors", "team", "versions", "warnings"}) CHECK(ids_json.at(key) == full_json.at(key));
}

TEST_CASE("evidence ids is at most 15 kB for the example team", "[json][evidence]") {
  trynext::EvaluateOptions ids_option;
  ids_option.evidence = trynext::EvidenceForm::ids;
  trynext::Result r = test::default_engine()->recommend(example(), ids_option);
  std::string compact = trynext::to_json(r, -1),
              full = trynext::to_json(test::default_engine()->recommend(example()), -1);
  INFO("ids " << compact.size() << " bytes, full " << full.size() << " bytes (compact, as the service sends them)");
  CHECK(compact.size() <= 15 * 1000);
  CHECK(compact.size() * 10 < full.size());
}

TEST_CASE("the assessment asks for evidence ids itself; other values are refused by name", "[json][evidence]") {
  auto engine = test::default_engine();
  json doc = json::parse(example());
  doc["evidence"] = "ids";
  CHECK(engine->recommend(doc.dump()).evidence == trynext::EvidenceForm::ids);
  doc["evidence"] = "full";
  CHECK(engine->recommend(doc.dump()).evidence == trynext::EvidenceForm::full);
  trynext::EvaluateOptions ids_option;  // either asking is enough
  ids_option.evidence = trynext::EvidenceForm::ids;
  CHECK(engine->recommend(doc.dump(), ids_option).evidence == trynext::EvidenceForm::ids);
  for (json bad : {json("some"), json(true), json(1)}) {
    doc["evidence"] = bad;
    try {
      engine->recommend(doc.dump());
      FAIL("evidence " << bad.dump() << " was accepted");
    } catch (const trynext::InputError& e) {
      REQUIRE(e.problems().size() == 1);
      CHECK(e.problems()[0].path == "evidence");
      CHECK_THAT(e.problems()[0].message, Catch::Contains("\"full\"") && Catch::Contains("\"ids\""));
    }
  }
}
