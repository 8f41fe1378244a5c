// Text a rule gives that is not fit to print (invalid UTF-8, NUL bytes, control characters, a
// megabyte) never sinks the answer: through the C++ API, the C ABI and `trynext recommend --format
// json`, the JSON parses, the other rules still count, and a warning names the rule.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/wait.h>

#include <catch2/catch.hpp>

#include "test_support.h"
#include "trynext/json.h"
#include "trynext/trynext.h"

namespace {

using nlohmann::json;

const char kReplacement[] = "\xEF\xBF\xBD";

// A rule recommending peer_support or team_meetings; body runs inside evaluate.
std::string rule(const std::string& id, const std::string& body) {
  return "rule {\n  id = \"" + id + "\",\n  title = \"Test rule " + id +
         "\",\n"
         "  sources = { { file = \"000_d1d09049e0b9ad2c.txt\", section = \"test\", lines = { 1, 2 } } },\n"
         "  recommends = { \"peer_support\", \"team_meetings\" },\n"
         "  evaluate = function(a)\n" +
         body + "\n  end,\n}\n";
}

// One file per case; the Lua escapes write the bytes. "sound" shows the other rules still count.
test::TempDir rules_with_bad_text() {
  return test::TempDir{
      {"bad_because.lua", rule("bad_because", "recommend { id = 'peer_support', weight = 2, because = 'not \\xff\\xfe valid' }")},
      {"cut_because.lua", rule("cut_because", "recommend { id = 'team_meetings', because = 'cut \\xe2\\x82' }")},
      {"control_because.lua",
       rule("control_because", "recommend { id = 'team_meetings', because = 'tab\\tbell\\7 esc\\27 nul\\0after' }")},
      {"huge_because.lua", rule("huge_because", "recommend { id = 'peer_support', because = ('x'):rep(1 << 20) }")},
      {"bad_id.lua", rule("bad_id", "recommend { id = 'peer\\xff\\xfe', because = 'x' }")},
      {"control_id.lua", rule("control_id", "recommend { id = 'peer\\1\\n\\0x', because = 'x' }")},
      {"huge_id.lua", rule("huge_id", "recommend { id = ('\\xff'):rep(1 << 20), because = 'x' }")},
      {"bad_expected.lua", rule("bad_expected", "if has('team.concerns', 'odd \\xc0\\xaf') then end")},
      {"sound.lua", rule("sound", "recommend { id = 'team_meetings', weight = 3, because = 'fine' }")}};
}

const std::string kAssessment = test::assessment({{"concerns", json::array({"low_morale"})}});

// The warnings of a result document, by rule: kind of each.
std::map<std::string, std::vector<std::string>> warnings_by_rule(const json& doc) {
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& w : doc.at("warnings")) {
    CHECK(w.at("message").is_string());
    out[w.value("rule", "")].push_back(w.at("kind").get<std::string>());
  }
  return out;
}

const json* reason_of(const json& doc, const std::string& rule) {
  for (const auto* list : {"recommendations", "also_considered"})
    for (const auto& rec : doc.at(list))
      for (const auto& reason : rec.at("rationale"))
        if (reason.at("rule") == rule) return &reason;
  return nullptr;
}

// What every surface must show for the rules above.
void check_document(const json& doc, bool explained) {
  auto warnings = warnings_by_rule(doc);
  CHECK(warnings["bad_because"] == std::vector<std::string>{"invalid_text"});
  CHECK(warnings["cut_because"] == std::vector<std::string>{"invalid_text"});
  CHECK(warnings["huge_because"] == std::vector<std::string>{"rule_error"});
  CHECK(warnings["bad_id"] == std::vector<std::string>{"rule_error"});
  CHECK(warnings["control_id"] == std::vector<std::string>{"rule_error"});
  CHECK(warnings["huge_id"] == std::vector<std::string>{"rule_error"});
  CHECK(warnings.count("control_because") == 0);  // valid text: escaped, not replaced
  CHECK(warnings.count("sound") == 0);
  if (explained)
    CHECK(warnings["bad_expected"] == std::vector<std::string>{"invalid_text"});
  else
    CHECK(warnings.count("bad_expected") == 0);  // the tested value is not in this answer

  const json* bad = reason_of(doc, "bad_because");
  REQUIRE(bad);
  CHECK(bad->at("text") == std::string("not ") + kReplacement + kReplacement + " valid");
  const json* cut = reason_of(doc, "cut_because");
  REQUIRE(cut);
  CHECK(cut->at("text") == std::string("cut ") + kReplacement);
  const json* control = reason_of(doc, "control_because");
  REQUIRE(control);
  CHECK(control->at("text") == "tab\tbell\a esc\x1b nul");  // a Lua string is read up to its first NUL
  REQUIRE(reason_of(doc, "sound"));
  CHECK(doc.at("recommendations").at(0).at("id") == "team_meetings");
  for (const auto& w : doc.at("warnings")) {
    CHECK(w.at("message").get<std::string>().size() < 2000);  // the megabytes are not repeated
    if (w.at("kind") == "invalid_text") {
      CHECK(w.at("file") == w.at("rule").get<std::string>() + ".lua");
      CHECK_THAT(w.at("message").get<std::string>(), Catch::Contains("not valid UTF-8"));
    }
  }
  if (explained) {
    bool seen = false;
    for (const auto& t : doc.at("explain").at("rules"))
      if (t.at("rule") == "bad_expected") {
        seen = true;
        CHECK(t.at("conditions").at(0).at("expected") == std::string("\"odd ") + kReplacement + kReplacement + "\"");
        CHECK_THAT(t.at("would_fire_if").at(0).get<std::string>(), Catch::Contains(kReplacement));
      }
    CHECK(seen);
  }
}

// Runs a command; its standard output, and its exit code.
std::string run(const std::string& command, int& code) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  REQUIRE(p);
  char buf[65536];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  int status = pclose(p);
  code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

}  // namespace

TEST_CASE("a rule's invalid text is replaced and named, through the C++ API", "[json][utf8]") {
  auto dir = rules_with_bad_text();
  auto engine = test::engine_with_rules(dir);
  for (bool explain : {false, true}) {
    INFO("explain " << explain);
    trynext::EvaluateOptions options;
    options.explain = explain;
    trynext::Result r = engine->recommend(kAssessment, options);
    for (int indent : {2, -1}) {
      std::string text;
      REQUIRE_NOTHROW(text = trynext::to_json(r, indent));
      json doc;
      REQUIRE_NOTHROW(doc = json::parse(text));
      check_document(doc, explain);
    }
    CHECK(trynext::result_json(r) == json::parse(trynext::to_json(r)));
    std::string text = trynext::to_text(r);
    CHECK_THAT(text, Catch::Contains(std::string("not ") + kReplacement + kReplacement + " valid"));
  }
}

TEST_CASE("a rule's invalid text is replaced and named, through the C ABI", "[json][utf8][capi]") {
  auto dir = rules_with_bad_text();
  char* error = nullptr;
  trynext_engine* engine = trynext_create(dir.path().c_str(), test::catalogue_db().c_str(), &error);
  INFO((error ? error : ""));
  REQUIRE(engine);
  for (unsigned flags : {0u, unsigned{TRYNEXT_EXPLAIN}}) {
    char* out = nullptr;
    int status = trynext_evaluate(engine, kAssessment.data(), kAssessment.size(), flags, &out);
    REQUIRE(out);
    std::string text = out;
    trynext_free(out);
    CHECK(status == TRYNEXT_OK);
    json doc;
    REQUIRE_NOTHROW(doc = json::parse(text));
    check_document(doc, flags != 0);
    // The C ABI writes with to_json too: the same bytes as the C++ API (without the trace's timings).
    if (!flags) CHECK(text == trynext::to_json(test::engine_with_rules(dir)->recommend(kAssessment), -1));
  }
  trynext_destroy(engine);
}

TEST_CASE("a rule's invalid text is replaced and named, through trynext recommend", "[json][utf8][cli]") {
  auto dir = rules_with_bad_text();
  test::TempDir input{{"team.json", kAssessment}};
  std::string base = std::string("'") + TRYNEXT_CLI + "' recommend '" + (input.path() / "team.json").string() +
                     "' --rules '" + dir.path().string() + "' --catalogue '" + test::catalogue_db() + "'";
  for (bool explain : {false, true}) {
    int code = 0;
    std::string out = run(base + " --format json" + (explain ? " --explain" : "") + " 2>/dev/null", code);
    CHECK(code == 0);
    json doc;
    REQUIRE_NOTHROW(doc = json::parse(out));
    check_document(doc, explain);
  }
  int code = 0;
  std::string text = run(base + " 2>/dev/null", code);
  CHECK(code == 0);
  CHECK_THAT(text, Catch::Contains(std::string("not ") + kReplacement + kReplacement + " valid"));
}
