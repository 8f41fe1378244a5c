// The functions rules call (rule, recommend, at_least, ...) and the read-only, read-recording view
// of the assessment they receive. They work on the RuleContext of the evaluation in progress.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "input/assessment.h"
#include "rules/lua_sandbox.h"
#include "rules/thresholds.h"
#include "trynext/engine.h"
#include "trynext/result.h"

namespace trynext {

// A rule's recommendation, before ranking.
struct Finding {
  std::size_t rule = 0;  // index into the rule set
  std::string intervention;
  double weight = 1;
  std::string because;
  std::string driver;
  bool urgent = false;  // the rule says it cannot wait (a recent serious incident, a death)
  bool gap = false;     // what the team has is below what the sources require
};

struct LoadedRule {
  RuleInfo info;
  int function_ref = LUA_NOREF;  // evaluate, in the registry
};

// What the rule API's C functions work on. One per Lua state; its fields change per phase.
struct RuleContext {
  const Catalogue* catalogue = nullptr;
  const InputPaths* paths = nullptr;
  std::vector<Threshold> thresholds;  // declared by thresholds.lua, which loads before every rule file

  // While loading rule files.
  bool loading = false;
  std::string file;  // the file being loaded
  std::vector<LoadedRule>* loaded = nullptr;
  std::vector<Diagnostic>* diagnostics = nullptr;

  // While evaluating.
  const Assessment* assessment = nullptr;
  std::size_t rule_index = 0;
  const LoadedRule* rule = nullptr;
  // The inputs the running rule read, once each in order: the InputPaths' own strings, or one of
  // read_copies for a path it does not hold.
  std::vector<const std::string*>* reads = nullptr;
  std::deque<std::string> read_copies;
  std::vector<Condition>* conditions = nullptr;  // null unless explaining
  // The running rule's trace.thresholds: what threshold("id") records.
  std::vector<ThresholdUse>* threshold_uses = nullptr;
  // For each of those, whether a comparison helper has compared it with a field the team gave. One
  // compared only with fields the team did not give decided nothing, and is dropped when the rule ends,
  // so that no reason names it among its local choices. One never given to a helper stays.
  enum class ThresholdFate { read, absent_only, applied };
  std::vector<ThresholdFate> threshold_fates;
  std::vector<Finding>* findings = nullptr;
  std::size_t rule_findings_start = 0;  // findings before the running rule's: its own come after
};

// A rule recommends each intervention of its list once or a few times; more calls than this in one
// evaluation are a loop gone wrong, and would hold memory outside the Lua state's cap.
constexpr std::size_t kMaxFindingsPerRule = 100;

// Registers the rule API (the helpers of rule_helpers.cpp written in C) in the sandbox's rule globals.
// Call once per sandbox.
void install_rule_api(LuaSandbox& sandbox);

// The helpers' C functions, for the table in rule_helpers.cpp. Each finds its own name in upvalue 1
// (LuaSandbox::add_global puts it there): the name its messages use and the op of the conditions it
// records, so a helper is named in one place.
namespace rule_api {
int rule(lua_State* L);
int recommend(lua_State* L);
int at_least(lua_State* L);
int at_most(lua_State* L);
int above(lua_State* L);
int below(lua_State* L);
int is(lua_State* L);
int has(lua_State* L);
int answer(lua_State* L);
int answer_is_not(lua_State* L);
int in_place(lua_State* L);
int not_in_place(lua_State* L);
int tried(lua_State* L);
int value(lua_State* L);
int count_of(lua_State* L);
int count_answers(lua_State* L);
int threshold(lua_State* L);  // threshold_api.cpp
}  // namespace rule_api

// Pushes the read-only view of the assessment that evaluate(a) receives.
void push_assessment_view(lua_State* L);

}  // namespace trynext
