// Fuzz target: arbitrary bytes as a rule file, loaded into a sandboxed Lua state next to a witness
// rule, then evaluated against a fixed assessment twice (the second time on the same state, as the
// engine's pool would); the load-time static checks run on it too. Findings: crashes, sanitizer
// reports, hangs (run with -timeout), and a failed rule reported without its file and a line, or
// harming the witness.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "input/assessment.h"
#include "input/json_text.h"
#include "rules/rule_set.h"
#include "rules/rule_state.h"
#include "trynext/catalogue.h"
#include "trynext/engine.h"

namespace {

const char kWitness[] =
    "rule { id = 'zz_witness', title = 'Witness', sources = { { file = 'f', lines = { 1, 1 } } },\n"
    "  recommends = { 'team_meetings' },\n"
    "  evaluate = function(a)\n"
    "    if a.team.headcount == 10 and ('abc'):upper() == 'ABC' then\n"
    "      recommend { id = 'team_meetings', weight = 2, because = 'witness' }\n"
    "    end\n"
    "  end }\n";

struct World {
  trynext::Catalogue catalogue = trynext::Catalogue::open(TRYNEXT_CATALOGUE_DB);
  trynext::InputPaths paths{catalogue};
  trynext::Validation report;
  trynext::Assessment assessment = trynext::Assessment::build(
      trynext::parse_json_text(R"({"team": {"name": "Fuzz", "headcount": 10, "caseload_per_practitioner": 30,
        "concerns": ["low_morale"], "in_place": ["peer_support"],
        "tried": [{"id": "mindfulness", "outcome": "no_change"}]},
        "answers": {"support.f": "not_met", "support.b": "partly"}})"),
      catalogue, report);
  trynext::Limits limits{200'000, 2u << 20};
};

World& world() {
  static World w;
  if (!w.report.ok()) std::abort();
  return w;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  World& w = world();
  std::string text(reinterpret_cast<const char*>(data), size);
  if (text.find("zz_witness") != std::string::npos) return 0;  // would clash with the witness's id
  std::vector<trynext::RuleSource> sources = {{"fuzz.lua", text}, {"zz_witness.lua", kWitness}};
  (void)trynext::check_rule_sources(sources, w.catalogue, w.paths);
  std::vector<trynext::Diagnostic> diagnostics;
  trynext::RuleState state(sources, w.catalogue, w.paths, w.limits, diagnostics);
  for (const auto& d : diagnostics)
    if (d.file != "fuzz.lua" && !d.warning) std::abort();  // the witness always loads
  bool witness_loaded = false;
  for (const auto& r : state.rules()) witness_loaded = witness_loaded || r.info.id == "zz_witness";
  if (!witness_loaded) std::abort();
  for (int round = 0; round < 2 && state.reusable(); ++round) {
    trynext::Evaluation e = state.evaluate(w.assessment, round == 1);
    for (const auto& warning : e.warnings) {
      // A failed rule is named, with its file and a line, and it is never the witness.
      if (warning.rule.empty() || warning.rule == "zz_witness" || warning.file != "fuzz.lua" || warning.line <= 0)
        std::abort();
      (void)nlohmann::json(warning.message).dump();  // valid UTF-8
    }
    bool witness_fired = false;
    for (const auto& f : e.findings) witness_fired = witness_fired || f.intervention == "team_meetings";
    if (!witness_fired) std::abort();
  }
  return 0;
}
