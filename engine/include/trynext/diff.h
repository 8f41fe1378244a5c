// What a rule change would change, before it is rolled out: every assessment of a corpus is evaluated
// with the rule set now live and with the one proposed, and the difference in their recommendations
// is counted. The reporters turn the result into text, Markdown (for a review) or JSON. `trynext diff`
// is these steps; `trynext corpus` (trynext/corpus.h) makes a corpus.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "trynext/engine.h"
#include "trynext/error.h"

namespace trynext {

// An assessment whose recommendations (the ranked ids of Result::recommendations) differ.
struct RuleDiffChange {
  std::string file;                 // its file name in the corpus directory
  std::vector<std::string> before;  // with the old rules, in rank order
  std::vector<std::string> after;   // with the new rules
};

struct RuleDiff {
  std::string old_rules, new_rules;     // Versions::rules of each rule set
  std::size_t assessments = 0;          // valid assessments evaluated
  std::size_t skipped = 0;              // files that were not valid assessments
  std::vector<RuleDiffChange> changes;  // in file-name order
  std::map<std::string, int> gained;    // intervention -> in how many assessments it newly appears
  std::map<std::string, int> lost;      // intervention -> in how many it no longer appears

  // Share of the assessments evaluated whose recommendations changed, in percent (0 of none).
  double changed_percent() const;
  // changed_percent() with one decimal, as the reports print it ("12.5").
  std::string changed_percent_text() const;
  // The rollout gate: true when more than max_percent of the assessments changed.
  bool exceeds(double max_percent) const { return changed_percent() > max_percent; }
};

// What the caller hears while a diff runs (a corpus may hold a million assessments).
struct RuleDiffObserver {
  std::function<void(const std::filesystem::path& file, const InputError& error)> skipped;  // not an assessment
  std::function<void(std::size_t done, std::size_t total)> progress;                        // after each file
};

// Evaluates every corpus_dir/*.json (in name order) with both engines. A file that is not a valid
// assessment is skipped, counted and told to observer.skipped. Throws LoadError when corpus_dir holds
// no *.json file (code "no_corpus") or a file cannot be read (code "unreadable").
RuleDiff diff_rules(const Engine& old_rules, const Engine& new_rules, const std::filesystem::path& corpus_dir,
                    const RuleDiffObserver& observer = {});

// The report for a terminal: the versions, how many changed, a table of interventions gained and
// lost, then up to `examples` worked examples (the first changes).
std::string rule_diff_text(const RuleDiff& diff, int examples);
// The same as a Markdown section ("## Rule change review") for a pull request or a review.
std::string rule_diff_markdown(const RuleDiff& diff, int examples);
// {"old": {"rules"}, "new": {"rules"}, "assessments", "changed", "changed_percent", "gained", "lost",
// "examples": [{"file", "before", "after"}]}. Fields are added over time, never renamed.
nlohmann::json rule_diff_json(const RuleDiff& diff, int examples);

}  // namespace trynext
