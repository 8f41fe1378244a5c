// The rule helpers (rule, recommend, at_least, ...), one entry each: the sandbox registers them from
// this table, explain words the conditions they record with it, and `trynext check` examines their
// literal calls with it. The LuaLS stubs (rules/trynext.d.lua) and the helper tables of docs/rules.md
// are written by hand for readers; tests/unit/rule_helpers_test.cpp renders both from this table and
// fails when they differ, so a helper cannot be added, renamed or reworded in one place only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <lua.hpp>

namespace trynext {

// Where a helper can be called.
enum class HelperScope {
  kRuleFile,  // a global of every rule file
  kTestFile,  // only in rules/tests/*.lua, read by `trynext test` (catalogue_build's read_lua_data)
};

// What a call leaves behind.
enum class HelperRecords {
  kNothing,    // a pure function of its arguments
  kRule,       // a rule's metadata, while the file loads
  kFinding,    // a recommendation of the running rule
  kRead,       // the inputs it reads, shown to the manager beside the rule's sentence
  kCondition,  // the inputs it reads, and a Condition (op = the helper's name) that explain words
  // the named threshold it reads, in the rule's trace and with its reasons (ThresholdUse)
  kThresholdUse,
};

// How `trynext check` proves a literal call wrong or impossible.
enum class HelperCheck {
  kNone,
  kThreshold,  // (path, number): never true when no value in the input's range satisfies it
  kAnswers,    // (indicator, answer, ...): the indicator and every answer must exist
};

struct HelperParam {
  std::string_view name;  // as the stubs name it; "..." for the rest of the arguments
  std::string_view type;  // its LuaLS type
  std::string_view note;  // the stub's words after the type; may be empty
};

struct RuleHelper {
  std::string_view name{};
  lua_CFunction function = nullptr;  // null: written in Lua (prelude.lua), or given to test files
  HelperScope scope = HelperScope::kRuleFile;
  std::string_view summary{};  // the stub's first line ("Declares a rule."); may be empty
  std::vector<HelperParam> params{};
  HelperParam result{};  // type empty: returns nothing; name unused
  HelperRecords records = HelperRecords::kNothing;
  // For kCondition: what would have made the condition true, with {path} and {expected}, as the
  // end of "X would be recommended if ...".
  std::string_view explain{};
  HelperCheck check = HelperCheck::kNone;
  // For kThreshold: whether the call with threshold n can never be true of a value in [lo, hi].
  bool (*never_true)(double n, double lo, double hi) = nullptr;
  // docs/rules.md lists it in the table whose second column is headed doc_table ("true when",
  // "gives"), as the row "| `doc_call` | doc |"; doc_table empty: in a section of its own.
  std::string_view doc_table{};
  std::string_view doc_call{};
  std::string_view doc{};
};

// Every helper, in the order the stubs list them.
const std::vector<RuleHelper>& rule_helpers();
// The helper of that name, or null.
const RuleHelper* find_rule_helper(std::string_view name);

// "c.path were c.expected or more": a helper's explain sentence filled in.
std::string explain_requirement(const RuleHelper& helper, const std::string& path, const std::string& expected);

}  // namespace trynext
