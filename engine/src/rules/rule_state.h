// A sandboxed Lua state with a rule set loaded, ready to evaluate assessments one at a time.
// States are pooled by the Engine; one state is never used by two threads at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "input/assessment.h"
#include "rules/lua_sandbox.h"
#include "rules/rule_api.h"

namespace trynext {

struct RuleSource {
  std::string file;  // relative to the rules directory, used in messages ("supervision.lua")
  std::string text;
};

struct Evaluation {
  std::vector<Finding> findings;
  std::vector<RuleTrace> traces;  // one per rule, in rule-set order
  std::vector<Warning> warnings;
};

class RuleState {
 public:
  // Loads every source. Problems are added to diagnostics; the state holds the rules that loaded.
  RuleState(const std::vector<RuleSource>& sources, const Catalogue& catalogue, const InputPaths& paths,
            const Limits& limits, std::vector<Diagnostic>& diagnostics);

  const std::vector<LoadedRule>& rules() const { return rules_; }
  const std::vector<Threshold>& thresholds() const { return context_.thresholds; }
  Evaluation evaluate(const Assessment& assessment, bool explain);
  bool reusable() const { return !sandbox_.tainted(); }
  std::size_t memory_in_use() const { return sandbox_.memory_in_use(); }

 private:
  void load(const RuleSource& source, std::vector<Diagnostic>& diagnostics);

  LuaSandbox sandbox_;
  RuleContext context_;
  Limits limits_;
  std::vector<LoadedRule> rules_;
};

// Splits a Lua message "file:12: text" into its parts; leaves file empty when it has no location.
void split_location(const std::string& message, std::string& file, int& line, std::string& text);

}  // namespace trynext
