// A Result written out by hand for the renderers' tests: two recommendations (the first with two
// reasons and evidence of several certainties), factors with and without a score, a warning and an
// explained trace, so that every section of every format has something to show.
#pragma once

#include "trynext/result.h"

namespace test {

inline trynext::Evidence evidence(const std::string& claim, const std::string& certainty) {
  trynext::Evidence e;
  e.claim = claim;
  e.citation = "Author " + certainty + " (2020)";
  e.grade = "grade_" + certainty;
  e.certainty = certainty;
  return e;
}

inline trynext::Result sample_result() {
  trynext::Result r;
  r.team_name = "North Team";
  trynext::Recommendation a;
  a.id = "caseload_review";
  a.title = "Caseload review";
  a.rank = 1;
  a.priority = "high";
  a.label = "act_now";
  a.need = {2, 3, true, false};
  a.evidence_summary = {"some_research", "Some research, none of it controlled: a literature review.",
                        "Not a performance review."};
  a.needs_first = {"caseload data for each practitioner"};
  a.format = {{"frequency", "monthly"}, {"facilitator", "the team leader"}};
  a.level = "team";
  a.effort = "medium";
  a.summary = "Review caseloads *together* each month.";
  a.rationale = {{"workload_rule", "Caseloads are above 400 per practitioner.", 2, {}},
                 {"sickness_rule", "Sickness absence is 9%.", 1, {}}};
  a.notes = {"Needs a manager's time."};
  a.cautions = {"Not a performance review.", "Needs in place first: caseload data for each practitioner."};
  a.evidence = {evidence("Low claim.", "low"), evidence("Moderate claim.", "moderate"),
                evidence("Very low claim.", "very_low")};
  trynext::Recommendation b;
  b.id = "peer_support";
  b.title = "Peer support";
  b.rank = 2;
  b.priority = "low";
  b.label = "worth_considering";
  b.need = {1, 1, false, false};
  b.evidence_summary = {"untested", "Not yet tested: anecdotal evidence. Part of it is anecdotal, in the source's own "
                        "word: Only very low.", ""};
  b.tried = "no_change";
  b.level = "individual";
  b.effort = "low";
  b.summary = "Colleagues support each other.";
  b.rationale = {{"support_rule", "Nobody to talk to after a hard visit.", 1, {}}};
  b.evidence = {evidence("Only very low.", "very_low")};
  r.recommendations = {a, b};
  for (int i = 0; i < 8; ++i) {
    trynext::Recommendation c;
    c.id = "other_" + std::to_string(i);
    c.title = "Other " + std::to_string(i);
    c.label = "worth_considering";
    r.also_considered.push_back(c);
  }
  trynext::Recommendation k;
  k.id = "team_meetings";
  k.title = "Team meetings";
  k.label = "keep_going";
  k.notes = {"Already in place in your team: keep it going."};
  r.keep_going = {k};
  trynext::FactorScore f1;
  f1.id = "support";
  f1.title = "Support";
  f1.score = 0.666;
  f1.answered = 3;
  f1.total = 6;
  f1.met = 1;
  f1.partly = 2;
  f1.unknown = 3;
  trynext::FactorScore f2;
  f2.id = "learning";
  f2.title = "Learning";
  f2.total = 4;
  r.factors = {f1, f2};
  trynext::Warning w;
  w.kind = "unknown_field";
  w.message = "team.colour: unknown field, ignored";
  r.warnings = {w};
  r.explained = true;
  r.instruction_limit = 1'000'000;
  r.memory_limit = 8u << 20;
  trynext::RuleTrace fired;
  fired.rule = "workload_rule";
  fired.title = "Caseloads are high";
  fired.file = "workload.lua";
  fired.line = 12;
  fired.fired = true;
  fired.recommended = {"caseload_review"};
  fired.inputs = {{"team.caseload_per_practitioner", "420"}};
  fired.conditions = {{"team.caseload_per_practitioner", "above", "400", "420", true}};
  fired.instructions = 12000;
  fired.memory_bytes = 2048;
  fired.microseconds = 15.3;
  trynext::RuleTrace quiet;
  quiet.rule = "quiet_rule";
  quiet.file = "quiet.lua";
  quiet.line = 3;
  quiet.title = "A quiet rule";
  quiet.would_fire_if = {"support.c were not_met"};
  quiet.near_miss = {"Peer support would be recommended if you answered indicator support.c not met."};
  trynext::RuleTrace failed;
  failed.rule = "broken_rule";
  failed.file = "broken.lua";
  failed.line = 7;
  failed.error = "rule \"broken_rule\" failed: attempt to index a nil value";
  r.trace = {fired, quiet, failed};
  r.versions = {"0.1.0", "rules-abc", "catalogue-def"};
  return r;
}

}  // namespace test
