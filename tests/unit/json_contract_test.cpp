// The result's JSON contract: to_json, the one writer every surface uses, writes exactly what the
// reference document (result_json_oracle.cpp) dumps to, over the scenarios, the example, a corpus
// generated here with `trynext corpus`, with and without explain, and on results holding awkward text.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <catch2/catch.hpp>

#include "result_json_oracle.h"
#include "test_support.h"
#include "trynext/json.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The assessments of the scenarios and the bundled example.
std::vector<std::pair<std::string, std::string>> bundled_assessments() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& e : fs::directory_iterator(test::source_dir() / "tests" / "scenarios"))
    if (e.path().extension() == ".json")
      out.emplace_back(e.path().filename().string(), json::parse(test::read_file(e.path()))["input"].dump());
  for (const auto& e : fs::directory_iterator(test::source_dir() / "examples"))
    if (e.path().extension() == ".json") out.emplace_back(e.path().filename().string(), test::read_file(e.path()));
  std::sort(out.begin(), out.end());
  return out;
}

// Checks to_json(r, indent) against the oracle at every indent a surface uses, and a few more.
// Returns how many texts differed (each is reported once, with the first difference).
int compare(const trynext::Result& r, const std::string& what) {
  int differ = 0;
  for (int indent : {2, -1, 0, 4}) {
    std::string ours = trynext::to_json(r, indent), want = test::oracle_text(r, indent);
    if (ours == want) continue;
    ++differ;
    auto at = std::mismatch(ours.begin(), ours.end(), want.begin(), want.end()).first - ours.begin();
    auto from = at > 60 ? at - 60 : 0;
    FAIL_CHECK(what << ", indent " << indent << ": first difference at byte " << at << "\n  to_json: "
                    << ours.substr(from, 120) << "\n  oracle:  " << want.substr(from, 120));
  }
  return differ;
}

// A result made without its catalogue fields (as the service and the C ABI ask) leaves them empty and
// writes, at every indent, what the oracle writes from the full result.
int compare_lean(const std::shared_ptr<const trynext::Engine>& engine, const std::string& text,
                 const trynext::Result& full, const std::string& what) {
  trynext::EvaluateOptions lean;
  lean.catalogue_fields = false;
  trynext::Result r = engine->recommend(text, lean);
  int differ = 0;
  for (const auto* list : {&r.recommendations, &r.also_considered, &r.keep_going})
    for (const auto& rec : *list) {
      CHECK(rec.evidence.empty());
      CHECK(rec.cautions.empty());
      CHECK(rec.summary.empty());
      CHECK_FALSE(rec.id.empty());
    }
  for (int indent : {2, -1, 0, 4}) {
    std::string ours = trynext::to_json(r, indent), want = test::oracle_text(full, indent);
    if (ours == want) continue;
    ++differ;
    FAIL_CHECK(what << " without catalogue fields, indent " << indent << ": differs from the oracle");
  }
  return differ;
}

int compare_both(const std::shared_ptr<const trynext::Engine>& engine, const std::string& text,
                 const std::string& what) {
  trynext::EvaluateOptions explain;
  explain.explain = true;
  trynext::Result plain = engine->recommend(text), explained = engine->recommend(text, explain);
  CHECK(explained.explained);
  CHECK_FALSE(explained.trace.empty());
  return compare(plain, what) + compare(explained, what + " (explain)") + compare_lean(engine, text, plain, what);
}



// A corpus written by the program itself, as tools/bench and `trynext diff` use it.
std::vector<std::string> generated_corpus(const test::TempDir& dir, int count, int seed) {
  std::string command = std::string("'") + TRYNEXT_CLI + "' corpus --out '" + dir.path().string() + "' --count " +
                        std::to_string(count) + " --seed " + std::to_string(seed) + " --catalogue '" +
                        test::catalogue_db() + "' > /dev/null 2>&1";
  REQUIRE(std::system(command.c_str()) == 0);
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir.path()))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> texts;
  for (const auto& f : files) texts.push_back(test::read_file(f));
  return texts;
}

}  // namespace

TEST_CASE("to_json writes the contract for every scenario and the example", "[json][contract]") {
  auto assessments = bundled_assessments();
  REQUIRE(assessments.size() >= 17);
  int differ = 0;
  for (const auto& [name, text] : assessments) differ += compare_both(test::default_engine(), text, name);
  CHECK(differ == 0);
}

TEST_CASE("to_json writes the contract for a generated corpus", "[json][contract]") {
  test::TempDir dir;
  auto texts = generated_corpus(dir, 300, 42);
  REQUIRE(texts.size() == 300);
  int differ = 0;
  for (std::size_t i = 0; i < texts.size(); ++i)
    differ += compare_both(test::default_engine(), texts[i], "corpus assessment " + std::to_string(i));
  CHECK(differ == 0);
}

TEST_CASE("result_json is the document to_json writes", "[json][contract]") {
  auto assessments = bundled_assessments();
  trynext::EvaluateOptions explain;
  explain.explain = true;
  trynext::Result r = test::default_engine()->recommend(assessments.front().second, explain);
  CHECK(trynext::result_json(r) == test::oracle_result_json(r));
  CHECK(trynext::result_json(r).dump(2) == trynext::to_json(r, 2));
}

TEST_CASE("to_json writes awkward text as the oracle does, replacing what is not UTF-8", "[json][contract]") {
  std::string every;
  for (int c = 1; c < 0x80; ++c) every += static_cast<char>(c);
  trynext::EvaluateOptions explain;
  explain.explain = true;
  const trynext::Result base = test::default_engine()->recommend(bundled_assessments().front().second, explain);
  REQUIRE_FALSE(base.recommendations.empty());
  REQUIRE_FALSE(base.trace.empty());
  const std::vector<std::string> texts = {every,
                                          "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80",
                                          std::string("nul\0inside", 10),
                                          "bad \xC3",
                                          "bad \xED\xA0\x80 surrogate",
                                          "bad \xF5\x80\x80\x80 above",
                                          "bad \xC0\xAF overlong",
                                          "\xFF\xFE",
                                          "cut \xE2\x82",
                                          "cut \xF0\x9F\x98 then \xE2\x82\xAC",
                                          std::string(1 << 20, 'x') + "\xFF",
                                          ""};
  for (const auto& t : texts) {
    trynext::Result r = base;
    r.team_name = t;
    r.recommendations[0].title = t;
    r.recommendations[0].notes.push_back(t);
    r.recommendations[0].rationale.push_back({t, t, 1.25, {{"p", "1"}, {t, "2"}}});
    r.recommendations[0].evidence.push_back({t, t, "", "", t, t, t, {t, t, 1, 2}});
    r.recommendations[0].rendered = nullptr;  // its catalogue fields changed: write them, not the engine's bytes
    r.factors.push_back({t, t, 0.5, 1, 2, 0, 1, 0, 1});
    r.warnings.push_back({"kind", t, t, t, 3});
    r.trace[0].error = t;
    r.trace[0].would_fire_if.push_back(t);
    r.trace[0].conditions.push_back({t, "is", t, "null", false});
    CHECK(compare(r, "text of " + std::to_string(t.size()) + " bytes") == 0);
    CHECK_NOTHROW(json::parse(trynext::to_json(r)));
  }
}

TEST_CASE("to_json writes recorded inputs as the oracle does", "[json][contract]") {
  const trynext::Result base = test::default_engine()->recommend(bundled_assessments().front().second);
  REQUIRE_FALSE(base.recommendations.empty());
  for (std::string in : {"1.50", "-0", "1e2", "\"\\u0041\"", "\"a\\/b\"", "[1, 2]", "{\"b\":1,\"a\":[]}", "0.1",
                         "123456789012345678901", "-7", "\"\xC3\xA9\"", "\"\\u00e9\"", "\"\x7f\"", "true", "null",
                         "1e-7", "[]", "{}", "\"\""}) {
    trynext::Result r = base;
    r.recommendations[0].rationale.push_back({"x", "y", 2, {{"b", in}, {"a", in}, {"b", "3"}}});
    CHECK(compare(r, "input " + in) == 0);
  }
  // Text that is not JSON is never recorded; if it were, it would be written as a string, not fail.
  trynext::Result r = base;
  r.recommendations[0].rationale.push_back({"x", "y", 2, {{"a", "nonsense \xFF"}}});
  json doc = json::parse(trynext::to_json(r));
  CHECK(doc["recommendations"][0]["rationale"].back()["inputs"]["a"] == "nonsense \xEF\xBF\xBD");
}

TEST_CASE("the error documents are the ones the C ABI and the service wrote", "[json][contract]") {
  CHECK(trynext::error_json("invalid_argument", "trynext_evaluate: out is NULL") ==
        json{{"error", {{"code", "invalid_argument"}, {"message", "trynext_evaluate: out is NULL"}}}}.dump());
  CHECK(trynext::error_json("bad", "quoted \xFF\"\n") ==
        json{{"error", {{"code", "bad"}, {"message", "quoted \xFF\"\n"}}}}.dump(-1, ' ', false,
                                                                                 json::error_handler_t::replace));
  json diagnostics = json::array({{{"file", "x.lua"}, {"line", 3}}});
  CHECK(trynext::error_json("reload_failed", "m", {{"diagnostics", diagnostics}}) ==
        json{{"error", {{"code", "reload_failed"}, {"message", "m"}, {"diagnostics", diagnostics}}}}.dump());

  trynext::Problem malformed{"", "not valid JSON: syntax error", 4, 3};
  trynext::Problem range{"team.headcount", "must be at least 1, got 0 \xC3", 0, 0};
  trynext::InputError e({malformed, range});
  json problems = json::array();
  problems.push_back({{"path", ""}, {"message", malformed.message}, {"text", malformed.to_string()}, {"line", 4},
                      {"column", 3}});
  problems.push_back({{"path", range.path}, {"message", range.message}, {"text", range.to_string()}});
  json want = {{"error",
                {{"code", "invalid_assessment"},
                 {"message", std::string("not a valid assessment (2 problems): ") + e.what()},
                 {"problems", problems}}}};
  CHECK(trynext::error_json(e) == want.dump(-1, ' ', false, json::error_handler_t::replace));
  CHECK(json::parse(trynext::error_json(e))["error"]["problems"][1]["message"] ==
        "must be at least 1, got 0 \xEF\xBF\xBD");
}
