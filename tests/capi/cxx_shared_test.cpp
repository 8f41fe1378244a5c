// The C++ API through the shared library: exceptions thrown inside libtrynext.so are caught here by
// their own types (their type information is exported), and the JSON views work.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "trynext/engine.h"
#include "trynext/json.h"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: cxx_shared_test RULES_DIR CATALOGUE_DB ASSESSMENT_JSON\n";
    return 2;
  }
  int failures = 0;
  auto check = [&](bool ok, const std::string& what) {
    if (!ok) {
      ++failures;
      std::cerr << "FAILED: " << what << "\n";
    }
  };
  try {
    trynext::Engine::load({.rules_dir = "/nonexistent", .catalogue_db = argv[2], .limits = {}});
    check(false, "loaded from a missing directory");
  } catch (const trynext::LoadError& e) { check(!e.diagnostics().empty(), "LoadError without diagnostics"); }
  auto engine = trynext::Engine::load({.rules_dir = argv[1], .catalogue_db = argv[2], .limits = {}});
  std::ifstream in(argv[3]);
  std::stringstream text;
  text << in.rdbuf();
  trynext::Result result = engine->recommend(text.str(), {.top_n = 3, .explain = false});
  check(result.recommendations.size() == 3, "top 3");
  check(trynext::result_json(result)["versions"]["engine"] == trynext::version(), "versions");
  try {
    engine->recommend(R"({"team": {"headcount": -1}})");
    check(false, "accepted a negative headcount");
  } catch (const trynext::InputError& e) {
    check(!e.problems().empty() && e.problems()[0].path == "team.headcount", "problem path");
  }
  try {
    engine->recommend("not json");
    check(false, "accepted text that is not JSON");
  } catch (const trynext::Error& e) {  // the base class, across the library boundary
    check(std::string(e.what()).find("line 1") != std::string::npos, std::string("message: ") + e.what());
  }
  trynext::LiveEngine live({.rules_dir = argv[1], .catalogue_db = argv[2], .limits = {}});
  check(live.reload().rules == live.current()->versions().rules, "LiveEngine reload");
  std::cout << (failures ? "FAILED" : "ok") << ": " << result.recommendations[0].id << "\n";
  return failures ? 1 : 0;
}
