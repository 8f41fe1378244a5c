// The named thresholds (rules/thresholds.lua, engine/src/rules/threshold_api.cpp): declaring and reading
// them, what an answer records of them, what loading refuses and what `trynext check` warns of, and
// docs/rules.md's table of them against the file.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "input/assessment.h"
#include "input/json_text.h"
#include "rules/rule_set.h"
#include "rules/rule_state.h"
#include "test_support.h"
#include "trynext/rule_check.h"

namespace {

// A thresholds file with one threshold, and the fields given (or replaced) by extra.
std::string one_threshold(const std::string& id, const std::string& fields) {
  return "threshold {\n  id = '" + id + "',\n" + fields + "\n}\n";
}

const std::string kBigTeam = one_threshold("big_team",
                                           "  value = 5, minimum = 2, maximum = 20, unit = 'practitioners',\n"
                                           "  local_choice = true, why = 'a test'");

// A rule that recommends team_meetings when the team has at least the threshold's headcount.
std::string big_team_rule(const std::string& read = "threshold('big_team')") {
  return "rule { id = 'big', title = 'Big', sources = { { file = 'f', lines = { 1, 1 } } },\n"
         "  recommends = { 'team_meetings' },\n"
         "  evaluate = function(a)\n"
         "    if at_least('team.headcount', " +
         read +
         ") then\n"
         "      recommend { id = 'team_meetings', because = fmt('at least %s', threshold('big_team')) }\n"
         "    end\n"
         "  end }\n";
}

std::vector<trynext::Diagnostic> load_errors(const test::TempDir& dir) {
  try {
    test::engine_with_rules(dir);
  } catch (const trynext::LoadError& e) { return e.diagnostics(); }
  return {};
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace

TEST_CASE("a rule reads a threshold, and the answer records it in the trace, in each reason and in JSON",
          "[thresholds]") {
  test::TempDir dir({{"thresholds.lua", kBigTeam}, {"big.lua", big_team_rule()}});
  trynext::EvaluateOptions explain;
  explain.explain = true;
  auto r = test::engine_with_rules(dir)->recommend(test::assessment({{"headcount", 10}}), explain);
  REQUIRE(r.trace.size() == 1);
  REQUIRE(r.trace[0].thresholds.size() == 1);  // read twice, recorded once
  CHECK(r.trace[0].thresholds[0].id == "big_team");
  CHECK(r.trace[0].thresholds[0].value == 5);
  CHECK(r.trace[0].thresholds[0].local_choice);
  REQUIRE(r.recommendations.size() == 1);
  REQUIRE(r.recommendations[0].rationale.size() == 1);
  const auto& reason = r.recommendations[0].rationale[0];
  CHECK(reason.text == "at least 5");  // an integer stays one: not "5.0"
  REQUIRE(reason.thresholds.size() == 1);
  CHECK(reason.thresholds[0].id == "big_team");

  auto json = nlohmann::json::parse(trynext::to_json(r));
  auto want = nlohmann::json::parse(R"([{"id": "big_team", "local_choice": true, "unit": "practitioners", "value": 5}])");
  CHECK(json["recommendations"][0]["rationale"][0]["thresholds"] == want);
  CHECK(json["explain"]["rules"][0]["thresholds"] == want);
}

TEST_CASE("a rule that did not fire records the thresholds it read in its trace only", "[thresholds]") {
  test::TempDir dir({{"thresholds.lua", kBigTeam}, {"big.lua", big_team_rule()}});
  trynext::EvaluateOptions explain;
  explain.explain = true;
  auto r = test::engine_with_rules(dir)->recommend(test::assessment({{"headcount", 3}}), explain);
  CHECK(r.recommendations.empty());
  REQUIRE(r.trace.size() == 1);
  REQUIRE(r.trace[0].thresholds.size() == 1);
  CHECK(r.trace[0].thresholds[0].value == 5);
}

TEST_CASE("a threshold compared only with a field the team did not give is not among the answer's local choices",
          "[thresholds]") {
  const std::string sick = one_threshold("sick",
                                         "  value = 0.05, minimum = 0, maximum = 1, unit = 'share',\n"
                                         "  local_choice = true, why = 'a test'");
  const std::string rule =
      "rule { id = 'either', title = 'Either', sources = { { file = 'f', lines = { 1, 1 } } },\n"
      "  recommends = { 'team_meetings' },\n"
      "  evaluate = function(a)\n"
      "    if at_least('team.sickness_absence_rate', threshold('sick'))\n"
      "       or at_least('team.headcount', threshold('big_team')) then\n"
      "      recommend { id = 'team_meetings', because = 'either' }\n"
      "    end\n"
      "  end }\n";
  test::TempDir dir({{"thresholds.lua", kBigTeam + sick}, {"either.lua", rule}});
  auto engine = test::engine_with_rules(dir);
  auto ids = [](const trynext::Result& r) {
    std::vector<std::string> out;
    REQUIRE(r.recommendations.size() == 1);
    for (const auto& t : r.recommendations[0].rationale.at(0).thresholds) out.push_back(t.id);
    return out;
  };
  // No sickness rate given: the 5% decided nothing, so the reason names only the headcount's threshold.
  CHECK(ids(engine->recommend(test::assessment({{"headcount", 10}}))) == std::vector<std::string>{"big_team"});
  // Given, even below it: it was applied, and is named.
  CHECK(ids(engine->recommend(test::assessment({{"headcount", 10}, {"sickness_absence_rate", 0.01}}))) ==
        std::vector<std::string>{"sick", "big_team"});
}

TEST_CASE("an unknown threshold is an error naming it, with a suggestion", "[thresholds]") {
  SECTION("written as a literal: the load stops") {
    test::TempDir dir({{"thresholds.lua", kBigTeam}, {"big.lua", big_team_rule("threshold('big_tem')")}});
    auto errors = load_errors(dir);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "unknown_threshold");
    CHECK(errors[0].file == "big.lua");
    CHECK(errors[0].line == 4);
    CHECK(errors[0].message.find("\"big_tem\"") != std::string::npos);
    CHECK(errors[0].message.find("(did you mean \"big_team\"?)") != std::string::npos);
  }
  SECTION("built at run time: the rule fails with the same words") {
    test::TempDir dir({{"thresholds.lua", kBigTeam}, {"big.lua", big_team_rule("threshold('big_' .. 'tem')")}});
    auto r = test::engine_with_rules(dir)->recommend(test::assessment({{"headcount", 10}}));
    auto warnings = test::other_warnings(r);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].kind == "rule_error");
    CHECK(warnings[0].message.find("unknown threshold \"big_tem\"") != std::string::npos);
    CHECK(warnings[0].message.find("(did you mean \"big_team\"?)") != std::string::npos);
  }
}

TEST_CASE("a threshold outside its own range stops the load, naming the file, line, id and range", "[thresholds]") {
  test::TempDir dir(
      {{"thresholds.lua", "-- thresholds\n" + one_threshold("sickness_high",
                                                            "  value = 0.5, minimum = 0.01, maximum = 0.3,\n"
                                                            "  unit = 'share', local_choice = true, why = 'x'")},
       {"r.lua", test::rule_file("r", "local _ = threshold('sickness_high')")}});
  auto errors = load_errors(dir);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "threshold_out_of_range");
  CHECK(errors[0].file == "thresholds.lua");
  CHECK(errors[0].line == 2);
  CHECK(errors[0].message.find("\"sickness_high\" is 0.5, outside its range 0.01 to 0.3") != std::string::npos);
}

TEST_CASE("a declaration that is not whole stops the load, every problem at once", "[thresholds]") {
  test::TempDir dir(
      {{"thresholds.lua", one_threshold("t", "  value = 'high', minimun = 1, maximum = 2, local_choice = 1")},
       {"r.lua", test::rule_file("r", "local _ = 1")}});
  auto errors = load_errors(dir);
  std::string all;
  for (const auto& e : errors) {
    CHECK(e.code == "invalid_threshold");
    all += e.message + "\n";
  }
  CHECK(all.find("value must be a finite number") != std::string::npos);
  CHECK(all.find("missing minimum") != std::string::npos);
  CHECK(all.find("missing unit") != std::string::npos);
  CHECK(all.find("local_choice must be true") != std::string::npos);
  CHECK(all.find("unknown field \"minimun\" (did you mean \"minimum\"?)") != std::string::npos);
}

TEST_CASE("thresholds are declared in thresholds.lua only, and read inside evaluate only", "[thresholds]") {
  SECTION("a declaration in a rule file") {
    test::TempDir dir({{"r.lua", kBigTeam + test::rule_file("r", "local _ = 1")}});
    auto errors = load_errors(dir);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "load_error");
    CHECK(errors[0].message.find("declarations belong in thresholds.lua") != std::string::npos);
  }
  SECTION("a read at load time") {
    test::TempDir dir({{"thresholds.lua", kBigTeam},
                       {"r.lua", "local BIG = threshold('big_team')\n" + test::rule_file("r", "local _ = BIG")}});
    auto errors = load_errors(dir);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "load_error");
    CHECK(errors[0].line == 1);
    CHECK(errors[0].message.find("can only be read inside evaluate") != std::string::npos);
  }
  SECTION("a rule in the thresholds file") {
    test::TempDir dir({{"thresholds.lua", kBigTeam + big_team_rule()}});
    auto errors = load_errors(dir);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == "invalid_metadata");
  }
}

TEST_CASE("check warns of a threshold never read, without why or sources, and of number constants in rules",
          "[thresholds]") {
  test::TempDir dir(
      {{"thresholds.lua",
        kBigTeam + one_threshold("no_why", "  value = 1, minimum = 0, maximum = 2, unit = 'u', local_choice = true") +
            one_threshold("no_sources",
                          "  value = 1, minimum = 0, maximum = 2, unit = 'u', local_choice = false, why = 'w'")},
       {"big.lua", "local LIMIT = 4\nlocal NAMES = { 'a' }\n" + big_team_rule() +
                       test::rule_file("other", "local _ = threshold('no_why') + threshold('no_sources')")}});
  trynext::LoadOptions options;
  options.rules_dir = dir.path();
  options.catalogue_db = test::catalogue_db();
  trynext::RuleCheck check = trynext::check_rules(options);
  REQUIRE(check.loaded);
  std::map<std::string, std::string> found;
  for (const auto& d : check.diagnostics) {
    CHECK(d.warning);
    found[d.code] = d.file + ":" + std::to_string(d.line) + ": " + d.message;
  }
  CHECK(found.count("threshold_without_why") == 1);
  CHECK(found["threshold_without_why"].find("\"no_why\"") != std::string::npos);
  CHECK(found.count("threshold_without_sources") == 1);
  CHECK(found["threshold_without_sources"].find("\"no_sources\"") != std::string::npos);
  CHECK(found.count("local_threshold") == 1);  // LIMIT, not the table NAMES
  CHECK(found["local_threshold"].rfind("big.lua:1: declares the number LIMIT = 4", 0) == 0);
  CHECK(found.count("unused_threshold") == 0);  // each is read

  test::TempDir unused({{"thresholds.lua", kBigTeam}, {"r.lua", test::rule_file("r", "local _ = 1")}});
  options.rules_dir = unused.path();
  check = trynext::check_rules(options);
  REQUIRE(check.loaded);
  REQUIRE(check.diagnostics.size() == 1);
  CHECK(check.diagnostics[0].code == "unused_threshold");
  CHECK(check.diagnostics[0].file == "thresholds.lua");
  CHECK(check.diagnostics[0].line == 1);
}

TEST_CASE("the default rules keep no threshold of their own and pass check --strict", "[thresholds]") {
  trynext::LoadOptions options;
  options.rules_dir = test::rules_dir();
  options.catalogue_db = test::catalogue_db();
  trynext::RuleCheck check = trynext::check_rules(options);
  REQUIRE(check.loaded);
  std::string found;
  for (const auto& d : check.diagnostics) found += d.to_string() + "\n";
  CHECK(found == "");
}

TEST_CASE("a policy lead's change to thresholds.lua reaches every rule that reads it", "[thresholds]") {
  // The default rules with caseload_high moved from 300 to 400: a team of 350 families per practitioner
  // loses the reasons that read it, and what each reason says it used is the new value.
  test::TempDir dir;
  for (const auto& s : trynext::read_rule_files(test::rules_dir()).sources) {
    std::string text = s.text;
    if (s.file == "thresholds.lua") {
      std::size_t at = text.find("id = \"caseload_high\",\n  value = 300,");
      REQUIRE(at != std::string::npos);
      text.replace(text.find("300", at), 3, "400");
    }
    std::filesystem::create_directories((dir.path() / s.file).parent_path());
    dir.write(s.file, text);
  }
  std::string input = test::assessment({{"caseload_per_practitioner", 350}, {"sickness_absence_rate", 0.08}});
  trynext::EvaluateOptions explain;
  explain.explain = true;
  auto before = test::default_engine()->recommend(input, explain);
  auto after = test::engine_with_rules(dir)->recommend(input, explain);
  auto fired = [](const trynext::Result& r, const std::string& rule) {
    for (const auto& t : r.trace)
      if (t.rule == rule) return t.fired;
    return false;
  };
  auto used = [](const trynext::Result& r, const std::string& rule) {
    for (const auto& t : r.trace)
      if (t.rule == rule)
        for (const auto& u : t.thresholds)
          if (u.id == "caseload_high") return u.value;
    return -1.0;
  };
  CHECK(fired(before, "sickness_with_heavy_caseloads"));
  CHECK_FALSE(fired(after, "sickness_with_heavy_caseloads"));
  CHECK(used(before, "sickness_with_heavy_caseloads") == 300);
  CHECK(used(after, "sickness_with_heavy_caseloads") == 400);
  CHECK(before.versions.rules != after.versions.rules);  // the thresholds are part of the rule set's version
}

TEST_CASE("docs/rules.md lists every threshold of rules/thresholds.lua, as the file declares it", "[thresholds]") {
  trynext::Catalogue catalogue = trynext::Catalogue::open(test::catalogue_db());
  trynext::InputPaths paths(catalogue);
  std::vector<trynext::Diagnostic> diagnostics;
  trynext::RuleState state(trynext::read_rule_files(test::rules_dir()).sources, catalogue, paths, {}, diagnostics);
  REQUIRE(state.thresholds().size() >= 20);

  std::vector<std::string> rows;
  bool inside = false;
  for (const auto& l : lines_of(test::read_file(test::source_dir() / "docs" / "rules.md"))) {
    if (l.rfind("## ", 0) == 0) inside = l == "## Every threshold";
    if (inside && l.rfind("| `", 0) == 0) rows.push_back(l);
  }
  std::vector<std::string> want;
  for (const auto& t : state.thresholds()) {
    std::string origin = "local choice";
    if (!t.local_choice) {
      // Each source by its document's title and year, then the lines and the file to check them in.
      origin = "source: ";
      for (std::size_t i = 0; i < t.sources.size(); ++i) {
        const auto& source = t.sources[i];
        const trynext::Document* document = nullptr;
        for (const auto& d : catalogue.documents)
          if (d.file == source.file) document = &d;
        REQUIRE(document);  // every threshold's source is a document the catalogue lists
        std::string lines = std::to_string(source.line_start) +
                            (source.line_end > source.line_start ? "-" + std::to_string(source.line_end) : "");
        origin += (i ? "; " : "") + source.section + ", in " + document->title +
                  (document->year.empty() ? "" : " (" + document->year + ")") + ", lines " + lines + " (" +
                  source.file + ")";
      }
    }
    want.push_back("| `" + t.id + "` | " + trynext::number_text(t.value) + " | " + trynext::number_text(t.minimum) +
                   " to " + trynext::number_text(t.maximum) + " | " + t.unit + " | " + origin + " |");
  }
  for (std::size_t i = 0; i < want.size(); ++i) {
    INFO("docs/rules.md, section Every threshold, row " << i + 1 << " should be\n" << want[i]);
    REQUIRE(i < rows.size());
    CHECK(rows[i] == want[i]);
  }
  CHECK(rows.size() == want.size());
}
