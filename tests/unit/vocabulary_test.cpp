// The engine's fixed word lists (engine/src/common/vocabulary.cpp) against the copies written by hand
// for other readers: the result's JSON Schema, the LuaLS stubs, docs/rules.md; and against what the
// engine accepts and refuses, so that a word added or dropped in one place only fails here.
#include <catch2/catch.hpp>

#include <regex>

#include "common/vocabulary.h"
#include "test_support.h"
#include "trynext/json.h"

namespace {

namespace vocabulary = trynext::vocabulary;

// The words of `---@alias name "a"|"b"|...` in rules/trynext.d.lua.
std::vector<std::string> stub_alias(const std::string& name) {
  std::string text = test::read_file(test::source_dir() / "rules" / "trynext.d.lua");
  std::string prefix = "---@alias " + name + " ";
  std::size_t at = text.find(prefix);
  if (at == std::string::npos) return {};
  std::string line = text.substr(at + prefix.size(), text.find('\n', at) - at - prefix.size());
  std::vector<std::string> out;
  static const std::regex word("\"([a-z_]+)\"");
  for (auto it = std::sregex_iterator(line.begin(), line.end(), word); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1]);
  return out;
}

}  // namespace

TEST_CASE("the LuaLS stubs list the answers, outcomes and drivers of the vocabulary", "[vocabulary]") {
  CHECK(stub_alias("trynext.Answer") == vocabulary::answers());
  CHECK(stub_alias("trynext.Outcome") == vocabulary::outcomes());
  CHECK(stub_alias("trynext.Driver") == vocabulary::drivers());
}

TEST_CASE("the result's JSON Schema lists the levels of the vocabulary", "[vocabulary]") {
  auto schema = nlohmann::json::parse(test::read_file(test::source_dir() / "schemas" / "result.schema.json"));
  std::vector<std::vector<std::string>> enums;
  // Every "level" property anywhere in the schema.
  std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& j) {
    if (j.is_object()) {
      if (auto p = j.find("properties"); p != j.end() && p->is_object() && p->contains("level"))
        enums.push_back((*p)["level"]["enum"].get<std::vector<std::string>>());
      for (const auto& [k, v] : j.items()) walk(v);
    } else if (j.is_array()) {
      for (const auto& v : j) walk(v);
    }
  };
  walk(schema);
  REQUIRE_FALSE(enums.empty());
  for (const auto& e : enums) CHECK(e == vocabulary::levels());
}

TEST_CASE("docs/rules.md lists the drivers of the vocabulary", "[vocabulary]") {
  std::string docs = test::read_file(test::source_dir() / "docs" / "rules.md");
  std::string want;
  for (const auto& d : vocabulary::drivers()) want += (want.empty() ? "`" : ", `") + d + "`";
  CHECK(docs.find("what drives it: " + want + " |") != std::string::npos);
}

TEST_CASE("the engine accepts every word of the vocabulary and refuses others, listing the choices", "[vocabulary]") {
  auto engine = test::default_engine();
  for (const auto& o : vocabulary::outcomes())
    CHECK(engine->validate(test::assessment({{"tried", {{{"id", "peer_support"}, {"outcome", o}}}}})).ok());
  auto bad = engine->validate(test::assessment({{"tried", {{{"id", "peer_support"}, {"outcome", "better"}}}}}));
  REQUIRE(bad.problems.size() == 1);
  CHECK(bad.problems[0].message.find("must be one of helped, no_change or worse") != std::string::npos);

  for (const auto& a : vocabulary::answers())
    CHECK(engine->validate(test::assessment(nlohmann::json::object(), {{"support.a", a}})).ok());
  auto wrong = engine->validate(test::assessment(nlohmann::json::object(), {{"support.a", "yes"}}));
  REQUIRE(wrong.problems.size() == 1);
  CHECK(wrong.problems[0].message.find("must be met, partly, not_met or unknown") != std::string::npos);

  for (const auto& i : engine->catalogue().interventions) {
    INFO(i.id);
    CHECK(vocabulary::contains(vocabulary::levels(), i.level));
  }
}

TEST_CASE("recommend takes every driver of the vocabulary, and no other", "[vocabulary]") {
  auto run = [](const std::string& driver) {
    test::TempDir dir({{"d.lua",
                        "rule { id = 'd', title = 'D', sources = { { file = 'f', lines = { 1, 1 } } },\n"
                        "  recommends = { 'peer_support' },\n"
                        "  evaluate = function(a) recommend { id = 'peer_support', driver = '" + driver +
                            "', because = 'x' } end }\n"}});
    return test::engine_with_rules(dir)->recommend(test::assessment());
  };
  for (const auto& d : vocabulary::drivers()) {
    INFO(d);
    CHECK(test::other_warnings(run(d)).empty());
  }
  auto r = run("weather");
  REQUIRE(test::other_warnings(r).size() == 1);
  CHECK(test::other_warnings(r)[0].message.find("unknown driver \"weather\"") != std::string::npos);
}

TEST_CASE("systemic drivers are the ones about the work itself", "[vocabulary]") {
  std::vector<std::string> systemic;
  for (const auto& d : vocabulary::drivers())
    if (vocabulary::is_systemic_driver(d)) systemic.push_back(d);
  CHECK(systemic == std::vector<std::string>{"workload", "caseload", "staffing", "organisation"});
  CHECK_FALSE(vocabulary::is_systemic_driver("wellbeing"));
  CHECK(vocabulary::listed({"a", "b", "c"}) == "a, b or c");
  CHECK(vocabulary::listed({"a"}) == "a");
}
