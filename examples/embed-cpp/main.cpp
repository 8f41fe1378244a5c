// Embeds trynext through its C++ API: loads the installed rules and catalogue, evaluates one
// assessment and prints the ids of the top recommendations, one a line.
//
//   embed-cpp [ASSESSMENT.json]     (without a file, a small team written inline)
#include <fstream>
#include <iostream>
#include <sstream>

#include <trynext/engine.h>

static const char* const kInlineTeam = R"({
  "team": { "name": "Inline example team", "headcount": 9, "caseload_per_practitioner": 420,
            "sickness_absence_rate": 0.06, "concerns": ["stress_sickness"] },
  "answers": { "support.c": "not_met" }
})";

int main(int argc, char** argv) {
  std::string assessment = kInlineTeam;
  if (argc > 1) {
    std::ifstream in(argv[1]);
    if (!in) {
      std::cerr << "embed-cpp: cannot read " << argv[1] << "\n";
      return 2;
    }
    std::ostringstream text;
    text << in.rdbuf();
    assessment = text.str();
  }
  try {
    auto engine =
        trynext::Engine::load({.rules_dir = TRYNEXT_RULES_DIR, .catalogue_db = TRYNEXT_CATALOGUE_DB, .limits = {}});
    trynext::Result result = engine->recommend(assessment, {.top_n = 5, .explain = false});
    for (const auto& r : result.recommendations) std::cout << r.id << "\n";
    std::cerr << "embed-cpp: trynext " << trynext::version() << ", rules " << result.versions.rules << "\n";
  } catch (const trynext::InputError& e) {
    for (const auto& p : e.problems()) std::cerr << "embed-cpp: " << p.to_string() << "\n";
    return 1;
  } catch (const trynext::LoadError& e) {
    for (const auto& d : e.diagnostics()) std::cerr << "embed-cpp: " << d.to_string() << "\n";
    return 2;
  }
  return 0;
}
