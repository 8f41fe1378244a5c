// Loading, versions, thread safety and reload of the Engine.
#include <atomic>
#include <thread>

#include <catch2/catch.hpp>

#include "test_support.h"

namespace {

std::vector<trynext::Diagnostic> load_failure(const test::TempDir& dir) {
  try {
    test::engine_with_rules(dir);
  } catch (const trynext::LoadError& e) { return e.diagnostics(); }
  FAIL("the rule set loaded");
  return {};
}

const char* const kGoodRule =
    "rule { id = 'good', title = 'Good', sources = { { file = 'f', lines = { 1, 1 } } },\n"
    "  recommends = { 'peer_support' },\n"
    "  evaluate = function(a)\n"
    "    if at_least('team.mobile_working_share', 0.5) then\n"
    "      recommend { id = 'peer_support', weight = 2, because = 'mobile ' .. percent(a.team.mobile_working_share) }\n"
    "    end\n"
    "  end }\n";

}  // namespace

TEST_CASE("a missing rules directory names the path it tried", "[engine]") {
  trynext::LoadOptions options;
  options.rules_dir = "/nonexistent/rules";
  options.catalogue_db = test::catalogue_db();
  try {
    trynext::Engine::load(options);
    FAIL("loaded");
  } catch (const trynext::LoadError& e) {
    CHECK(std::string(e.what()).find("no rules directory at /nonexistent/rules") != std::string::npos);
  }
}

TEST_CASE("a missing catalogue names the path it tried", "[engine]") {
  test::TempDir dir({{"good.lua", kGoodRule}});
  trynext::LoadOptions options;
  options.rules_dir = dir.path();
  options.catalogue_db = "/nonexistent/catalogue.db";
  REQUIRE_THROWS_WITH(trynext::Engine::load(options),
                      Catch::Contains("no catalogue database at /nonexistent/catalogue.db"));
}

TEST_CASE("a catalogue of another schema version is refused, saying which", "[engine]") {
  test::TempDir dir({{"good.lua", kGoodRule}});
  std::filesystem::copy_file(test::catalogue_db(), dir.path() / "old.db");
  std::string sql = "sqlite3 " + (dir.path() / "old.db").string() + " 'PRAGMA user_version = 99'";
  REQUIRE(std::system(sql.c_str()) == 0);
  trynext::LoadOptions options;
  options.rules_dir = dir.path();
  options.catalogue_db = dir.path() / "old.db";
  REQUIRE_THROWS_WITH(trynext::Engine::load(options),
                      Catch::Contains("schema version 99, this trynext needs version " + std::to_string(trynext::kCatalogueSchemaVersion)));
}

TEST_CASE("rule set problems are reported with file and line", "[engine]") {
  SECTION("syntax error") {
    test::TempDir dir({{"broken.lua", "rule {\n  id = 'x',\n  title = = 'y'\n}\n"}});
    auto d = load_failure(dir);
    REQUIRE(d.size() == 1);
    CHECK(d[0].file == "broken.lua");
    CHECK(d[0].line == 3);
    CHECK(d[0].code == "syntax_error");
  }
  SECTION("missing metadata") {
    test::TempDir dir({{"meta.lua", "\n\nrule { id = 'x', evaluate = function(a) end }\n"}});
    auto d = load_failure(dir);
    REQUIRE(d.size() == 3);
    CHECK(d[0].line == 3);
    CHECK(d[0].message == "missing title");
    CHECK(d[1].message.find("missing sources") == 0);
    CHECK(d[2].message.find("missing recommends") == 0);
  }
  SECTION("duplicate ids") {
    test::TempDir dir({{"a.lua", kGoodRule}, {"b.lua", kGoodRule}});
    auto d = load_failure(dir);
    REQUIRE(d.size() == 1);
    CHECK(d[0].file == "b.lua");
    CHECK(d[0].message == "duplicate rule id \"good\" (first defined at a.lua:1)");
  }
  SECTION("recommends an id that is not in the catalogue") {
    std::string rule = kGoodRule;
    rule.replace(rule.find("{ 'peer_support' }"), 18, "{ 'peer_suport' }");
    test::TempDir dir({{"a.lua", rule}});
    auto d = load_failure(dir);
    REQUIRE(d.size() == 1);
    CHECK(d[0].code == "unknown_intervention");
    CHECK(d[0].message ==
          "rule \"good\" recommends \"peer_suport\", which is not in the catalogue (did you mean \"peer_support\"?)");
  }
  SECTION("reading an input the instrument does not define") {
    test::TempDir dir(
        {{"a.lua", "\n" + std::string(kGoodRule).replace(std::string(kGoodRule).find("'team.mobile_working_share'"), 27,
                                                         "'team.mobile_work_share'")}});
    auto d = load_failure(dir);
    REQUIRE(d.size() == 1);
    CHECK(d[0].code == "unknown_input");
    CHECK(d[0].line == 5);
    CHECK(d[0].message ==
          "reads \"team.mobile_work_share\", which the instrument does not define (did you mean "
          "\"team.mobile_working_share\"?)");
  }
  SECTION("an answer that is not on the scale") {
    test::TempDir dir({{"a.lua",
                        "rule { id = 'x', title = 'X', sources = { { file = 'f', lines = { 1, 1 } } }, recommends = { "
                        "'peer_support' },\n"
                        "  evaluate = function(a) if answer('support.b', 'yes') then end end }\n"}});
    auto d = load_failure(dir);
    REQUIRE(d.size() == 1);
    CHECK(d[0].code == "invalid_answer");
    CHECK(d[0].line == 2);
  }
  SECTION("a condition no valid input can meet") {
    test::TempDir dir({{"a.lua", std::string(kGoodRule).replace(std::string(kGoodRule).find("0.5"), 3, "1.5")}});
    auto d = load_failure(dir);
    REQUIRE(d.size() == 1);
    CHECK(d[0].code == "never_true");
    CHECK(d[0].line == 4);
    CHECK(d[0].message.find("at_least(\"team.mobile_working_share\", 1.5) can never be true") == 0);
  }
  SECTION("an id that is not snake_case is quoted whole characters at a time") {
    std::string id = "x";
    for (int i = 0; i < 80; ++i) id += "\xc3\xa9";  // 161 bytes: the quote is cut inside the limit of 100
    std::string rule = kGoodRule;
    rule.replace(rule.find("'good'"), 6, "'" + id + "'");
    test::TempDir dir({{"a.lua", rule}});
    auto d = load_failure(dir);
    REQUIRE(d.size() == 1);
    CHECK(d[0].message.rfind("id \"x\xc3\xa9\xc3\xa9", 0) == 0);
    CHECK(d[0].message.find("...\" must be snake_case") != std::string::npos);
    CHECK_NOTHROW(nlohmann::json(d[0].message).dump());  // throws on a character cut in half
  }
  SECTION("an error at the top level of a file") {
    test::TempDir dir({{"top.lua", "local x = nil\nx.y = 1\n"}});
    auto d = load_failure(dir);
    REQUIRE(d.size() == 1);
    CHECK(d[0].line == 2);
    CHECK(d[0].code == "load_error");
  }
}

TEST_CASE("versions name the rules and catalogue content", "[engine]") {
  test::TempDir one({{"good.lua", kGoodRule}});
  test::TempDir same({{"good.lua", kGoodRule}});
  test::TempDir other({{"good.lua", std::string(kGoodRule) + "-- changed\n"}});
  auto a = test::engine_with_rules(one), b = test::engine_with_rules(same), c = test::engine_with_rules(other);
  CHECK(a->versions().rules == b->versions().rules);
  CHECK(a->versions().rules != c->versions().rules);
  CHECK(a->versions().catalogue.rfind("fnv1a64:", 0) == 0);
  CHECK(a->versions().engine == trynext::version());
}

TEST_CASE("editing a rule file changes the output without recompiling", "[engine]") {
  test::TempDir dir({{"good.lua", kGoodRule}});
  std::string input = test::assessment({{"mobile_working_share", 0.6}});
  CHECK(test::ids(test::engine_with_rules(dir)->recommend(input).recommendations) ==
        std::vector<std::string>{"peer_support"});
  std::string edited = kGoodRule;
  edited.replace(edited.find("0.5"), 3, "0.7");
  dir.write("good.lua", edited);
  CHECK(test::engine_with_rules(dir)->recommend(input).recommendations.empty());
}

TEST_CASE("many threads evaluate one engine at once and agree", "[engine][threads]") {
  auto engine = test::default_engine();
  std::string input = test::assessment(
      {{"mobile_working_share", 0.6}, {"newly_qualified_share", 0.4}, {"caseload_per_practitioner", 450}},
      {{"support.f", "not_met"}});
  std::string expected = trynext::to_json(engine->recommend(input));
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i)
        if (trynext::to_json(engine->recommend(input)) != expected) ++mismatches;
    });
  for (auto& t : threads) t.join();
  CHECK(mismatches == 0);
}

TEST_CASE("a reload swaps the rules in; a broken rule set is refused and the old one stays", "[engine][reload]") {
  test::TempDir dir({{"good.lua", kGoodRule}});
  trynext::LoadOptions options;
  options.rules_dir = dir.path();
  options.catalogue_db = test::catalogue_db();
  trynext::LiveEngine live(options);
  std::string input = test::assessment({{"mobile_working_share", 0.6}});
  auto before = live.current();
  std::string old_version = before->versions().rules;

  dir.write("broken.lua", "rule {");
  CHECK_THROWS_AS(live.reload(), trynext::LoadError);
  CHECK(live.current() == before);

  std::filesystem::remove(dir.path() / "broken.lua");
  std::string edited = kGoodRule;
  edited.replace(edited.find("0.5"), 3, "0.7");
  dir.write("good.lua", edited);
  trynext::Versions v = live.reload();
  CHECK(v.rules != old_version);
  CHECK(live.current()->recommend(input).recommendations.empty());
  // An evaluation that holds the old engine still sees the old rules.
  CHECK(before->recommend(input).recommendations.size() == 1);
}

TEST_CASE("reloads under concurrent evaluations lose no evaluation", "[engine][reload]") {
  test::TempDir dir({{"good.lua", kGoodRule}});
  trynext::LoadOptions options;
  options.rules_dir = dir.path();
  options.catalogue_db = test::catalogue_db();
  trynext::LiveEngine live(options);
  std::string input = test::assessment({{"mobile_working_share", 0.6}});
  std::atomic<bool> stop{false};
  std::atomic<int> done{0}, failed{0};
  std::vector<std::thread> workers;
  for (int t = 0; t < 4; ++t)
    workers.emplace_back([&] {
      while (!stop) {
        try {
          auto r = live.current()->recommend(input);
          if (r.recommendations.size() != 1) ++failed;
          ++done;
        } catch (...) { ++failed; }
      }
    });
  for (int i = 0; i < 20; ++i) {
    dir.write("good.lua", std::string(kGoodRule) + "-- version " + std::to_string(i) + "\n");
    live.reload();
  }
  stop = true;
  for (auto& w : workers) w.join();
  CHECK(failed == 0);
  CHECK(done > 0);
}

TEST_CASE("a watched rules directory reloads when a file changes, and refuses a broken one", "[engine][reload]") {
  test::TempDir dir({{"good.lua", kGoodRule}});
  trynext::LoadOptions options;
  options.rules_dir = dir.path();
  options.catalogue_db = test::catalogue_db();
  trynext::LiveEngine live(options);
  std::string old_version = live.current()->versions().rules;
  std::atomic<int> reloaded{0}, refused{0};
  live.watch(
      std::chrono::milliseconds(10), [&](const trynext::LoadError&) { ++refused; },
      [&](const trynext::Versions&) { ++reloaded; });
  auto wait_for = [](std::atomic<int>& counter) {
    for (int i = 0; i < 500 && counter == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  };
  dir.write("broken.lua", "rule {");
  wait_for(refused);
  CHECK(refused == 1);
  CHECK(live.current()->versions().rules == old_version);
  std::filesystem::remove(dir.path() / "broken.lua");
  dir.write("good.lua", std::string(kGoodRule) + "-- edited\n");
  wait_for(reloaded);
  CHECK(reloaded == 1);
  CHECK(live.current()->versions().rules != old_version);
  live.stop_watching();
}
