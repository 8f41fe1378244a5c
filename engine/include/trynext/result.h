// What an evaluation returns: ranked recommendations with their rationale and evidence, the
// factor scores, warnings, an optional trace of every rule, and the versions that produced it.
#pragma once

#include <cstdint>
#include <memory>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "trynext/catalogue.h"

namespace trynext {

// A named threshold of rules/thresholds.lua as a rule read it (docs/rules.md, "Thresholds").
struct ThresholdUse {
  std::string id;
  double value = 0;
  bool local_choice = true;  // the project's own figure, which a policy lead sets; false: a source's
  std::string unit;          // what the value counts ("share of working days lost to sickness (0 to 1)")
};

// One rule's reason for an intervention, with the inputs it read (path -> value as JSON text).
struct Reason {
  std::string rule;
  std::string text;
  double weight = 0;  // what the rule gave; the strongest reason comes first
  std::vector<std::pair<std::string, std::string>> inputs;
  std::vector<ThresholdUse> thresholds = {};  // the named thresholds the rule read, in the order it read them
};

// How strongly this team's situation calls for an intervention, apart from how good the evidence is
// (docs/ranking.md).
struct Need {
  int strongest = 0;   // the highest weight any rule gave it (1 to 3); 0 when only a prerequisite
  int signals = 0;     // independent signals: distinct drivers among the rules that recommended it
  bool acute = false;  // a rule said it is urgent (a recent serious incident, a debrief not offered)
  bool gap = false;    // it is in place, but below what the sources require
};

// The evidence across all of an intervention's items, in words a manager reads (docs/ranking.md).
struct EvidenceSummary {
  // required (a national specification requires it), tested (a trial or systematic review),
  // some_research (evaluations, reviews, interviews, surveys), accounts (case studies, expert
  // opinion), untested (the sources call it anecdotal or not researched)
  std::string strength;
  std::string text;     // one plain sentence, caveats included
  std::string caution;  // the most relevant caution, or empty
};

// An intervention's catalogue fields already written as JSON (engine/src/render/rendered_intervention.h).
struct RenderedIntervention;

struct Recommendation {
  std::string id;
  std::string title;
  int rank = 0;          // from 1
  double score = 0;      // the sum of the weights the rules gave (kept for tools; the label is the answer)
  std::string priority;  // high, medium or low: the label in the old words (act now = high, ...)
  std::string label;     // act_now, recommended, worth_considering or keep_going (vocabulary::labels())
  Need need;
  EvidenceSummary evidence_summary;
  std::string tried;  // the team's outcome when it tried it before (helped, no_change, worse), or empty
  std::string level;
  std::string effort;
  std::string summary;
  std::vector<Reason> rationale;
  std::vector<std::string> notes;  // engine's notes on ranking: tried before, prerequisite, ...
  std::vector<std::string> cautions;
  std::vector<std::string> needs_first;       // what must be in place first, in words (JSON "requires")
  std::map<std::string, std::string> format;  // how often, how many, who runs it, how long
  std::vector<Evidence> evidence;
  // The catalogue's fields above (id, title, level, effort, summary, cautions, requires, format,
  // evidence, evidence_summary) as to_json writes them, made once when the Engine loaded; to_json
  // copies these bytes instead of writing the fields. Null when the recommendation was made by other
  // means; code that changes any of those fields of an engine's recommendation sets it to null.
  std::shared_ptr<const RenderedIntervention> rendered;
};

struct FactorScore {
  std::string id;
  std::string title;
  std::optional<double> score;  // none when no indicator was answered
  int answered = 0, total = 0, met = 0, partly = 0, not_met = 0, unknown = 0;
};

struct Warning {
  std::string kind;  // "rule_error", "rule_limit", "unknown_field", ...
  std::string message;
  std::string rule;  // when a rule caused it
  std::string file;
  int line = 0;
};

// A condition a rule tested through a helper such as at_least(path, n).
struct Condition {
  std::string path;
  std::string op;        // at_least, at_most, above, below, is, has, answer, answer_is_not, in_place, not_in_place
  std::string expected;  // the threshold or values, as text
  std::string actual;    // the value seen, as JSON text ("null" when absent)
  bool result = false;
};

struct RuleTrace {
  std::string rule;
  std::string title;  // the rule's title, for people
  std::string file;
  int line = 0;
  bool fired = false;
  std::vector<std::string> recommended;  // intervention ids
  std::vector<std::pair<std::string, std::string>> inputs;
  std::vector<Condition> conditions;
  std::vector<ThresholdUse> thresholds;    // the named thresholds it read, each once, in order
  std::vector<std::string> would_fire_if;  // plain sentences, for rules that did not fire
  // The same for a manager: intervention titles, fields in words, values rounded ("Schwartz Rounds
  // would be recommended if your team had a serious incident in the last 6 months").
  std::vector<std::string> near_miss;
  std::string error;  // non-empty when the rule failed
  std::uint64_t instructions = 0;
  std::size_t memory_bytes = 0;  // peak above the state's size at rule start
  double microseconds = 0;
};

struct Versions {
  std::string engine;
  std::string rules;
  std::string catalogue;
};

// How a result gives each recommendation's catalogue part (title, summary, evidence, cautions,
// format, ...): in full, the default contract, or by the intervention's id alone, with each reason as
// its rule and weight (JSON "evidence": "ids"; a few kilobytes instead of a hundred or more).
enum class EvidenceForm { full, ids };

struct Result {
  std::string team_name;
  std::vector<Recommendation> recommendations;
  std::vector<Recommendation> also_considered;
  std::vector<Recommendation> keep_going;  // already in place and still indicated
  std::vector<FactorScore> factors;
  std::vector<Warning> warnings;
  std::vector<RuleTrace> trace;  // filled when explain was asked for
  bool explained = false;
  EvidenceForm evidence = EvidenceForm::full;  // what to_json writes; the fields above are filled either way
  std::uint64_t instruction_limit = 0, memory_limit = 0;
  Versions versions;
  // The catalogue's source documents, so that the reports for people name each source by its title
  // and year (not part of the JSON contract, whose evidence names source files). May be null.
  std::shared_ptr<const std::vector<Document>> documents;
};

// Renderers. JSON is the public contract; text is for a manager reading a terminal.
// to_json is the contract's one writer, used by every surface (CLI, C ABI, service): the text
// nlohmann::json's dump(indent) would give for the document (indent < 0: compact). It never fails on
// text: each invalid UTF-8 sequence is written as U+FFFD, as dump's error_handler_t::replace does.
std::string to_json(const Result&, int indent = 2);
std::string to_text(const Result&);

}  // namespace trynext
