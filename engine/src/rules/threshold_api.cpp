// The threshold helper of the rule API. In rules/thresholds.lua, threshold { id = ..., value = ..., ... }
// declares a named threshold; in a rule, threshold("id") reads its value inside evaluate and records the
// read in the rule's trace, so every answer says which thresholds it used and whether each is a local
// choice (docs/rules.md, "Thresholds"). Reading is refused at load time: a value copied into a file's
// local there would be used without being recorded.
#include <cmath>
#include <regex>
#include <set>

#include "common/suggest.h"
#include "input/json_text.h"
#include "rules/rule_api.h"
#include "rules/rule_api_support.h"

namespace trynext {

namespace {

using namespace rule_api_support;

const std::vector<std::string>& declaration_fields() {
  static const std::vector<std::string> fields = {"id",   "value",        "minimum", "maximum",
                                                  "unit", "local_choice", "why",     "sources"};
  return fields;
}

// A number field: false (and a problem) unless it is a finite number.
bool number_field(lua_State* L, int table, const char* key, double& out, bool* integer,
                  std::vector<std::string>& problems) {
  int type = lua_getfield(L, table, key);
  bool ok = type == LUA_TNUMBER && std::isfinite(lua_tonumber(L, -1));
  if (ok) out = lua_tonumber(L, -1);
  if (ok && integer) *integer = lua_isinteger(L, -1);
  lua_pop(L, 1);
  if (!ok)
    problems.push_back(std::string(type == LUA_TNIL ? "missing " : "") + key +
                       (type == LUA_TNIL ? "" : " must be a finite number"));
  return ok;
}

// The keys of the declaration that are not fields of one: a typo (maximun) would otherwise be a silent nil.
void unknown_fields(lua_State* L, int table, std::vector<std::string>& problems) {
  lua_pushnil(L);
  while (lua_next(L, table)) {
    lua_pop(L, 1);
    std::string key = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
    bool known = false;
    for (const auto& f : declaration_fields()) known = known || f == key;
    if (!known)
      problems.push_back(key.empty() ? std::string("a declaration's keys are names (id = ..., value = ...)")
                                     : "unknown field \"" + valid_utf8_text(key, 100) + "\"" +
                                           did_you_mean(key, declaration_fields()));
  }
}

void read_sources(lua_State* L, int table, Threshold& t, std::vector<std::string>& problems) {
  int type = lua_getfield(L, table, "sources");
  if (type == LUA_TTABLE) {
    read_source_list(L, t.sources, problems);
  } else if (type != LUA_TNIL) {
    problems.push_back(
        "sources must be a list like { { file = \"001_...txt\", section = \"...\", lines = { 10, 12 } } }");
  }
  lua_pop(L, 1);
}

// threshold { ... } in thresholds.lua: every problem becomes a diagnostic at the declaration's line.
int declare(lua_State* L, RuleContext& ctx, const char* fn) {
  if (!ctx.loading || ctx.file != kThresholdsFile)
    return luaL_error(L,
                      "%s{...} declarations belong in %s, the one reviewed place for thresholds; a rule reads one "
                      "with %s(\"id\")",
                      fn, kThresholdsFile.data(), fn);
  lua_Debug ar;
  int line = (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar)) ? ar.currentline : 0;
  std::vector<std::string> problems;
  Threshold t;
  t.file = ctx.file;
  t.line = line;
  t.id = string_field(L, 1, "id");
  static const std::regex id_shape("[a-z][a-z0-9_]*");
  if (t.id.empty())
    problems.push_back("missing id: give the threshold a unique snake_case id, e.g. \"sickness_absence_high\"");
  else if (t.id.size() > 100 || !std::regex_match(t.id, id_shape))
    problems.push_back("id \"" + valid_utf8_text(t.id, 100) +
                       "\" must be snake_case (a-z, 0-9, _) of at most 100 characters");
  bool numbers = number_field(L, 1, "value", t.value, &t.integer, problems);
  numbers = number_field(L, 1, "minimum", t.minimum, nullptr, problems) && numbers;
  numbers = number_field(L, 1, "maximum", t.maximum, nullptr, problems) && numbers;
  if (numbers && t.minimum > t.maximum)
    problems.push_back("minimum " + number_text(t.minimum) + " is more than maximum " + number_text(t.maximum));
  t.unit = string_field(L, 1, "unit");
  if (t.unit.empty())
    problems.push_back("missing unit: say what the number counts, e.g. \"share of working days lost\"");
  int type = lua_getfield(L, 1, "local_choice");
  if (type == LUA_TBOOLEAN)
    t.local_choice = lua_toboolean(L, -1);
  else
    problems.push_back("local_choice must be true (the project's own figure) or false (a source's figure)");
  lua_pop(L, 1);
  t.why = string_field(L, 1, "why");
  read_sources(L, 1, t, problems);
  unknown_fields(L, 1, problems);
  for (const auto& other : ctx.thresholds)
    if (!t.id.empty() && other.id == t.id)
      problems.push_back("duplicate threshold id \"" + t.id + "\" (first declared at " + other.file + ":" +
                         std::to_string(other.line) + ")");

  std::string name = "threshold \"" + valid_utf8_text(t.id, 100) + "\"";
  for (const auto& p : problems) ctx.diagnostics->push_back({ctx.file, line, "invalid_threshold", name + ": " + p});
  bool in_range = !numbers || (t.value >= t.minimum && t.value <= t.maximum);
  if (!in_range)
    ctx.diagnostics->push_back({ctx.file, line, "threshold_out_of_range",
                                name + " is " + number_text(t.value) + ", outside its range " + number_text(t.minimum) +
                                    " to " + number_text(t.maximum) +
                                    ": choose a value in the range, or widen the range in the same review"});
  // Out of its range, it is still declared (the load fails on the range alone, not on every read of it).
  if (!problems.empty()) return 0;
  if (t.why.empty())
    ctx.diagnostics->push_back({ctx.file, line, "threshold_without_why",
                                name + " has no why: say why the figure was chosen, or what the source says", true});
  if (!t.local_choice && t.sources.empty())
    ctx.diagnostics->push_back({ctx.file, line, "threshold_without_sources",
                                name + " says local_choice = false but names no sources: list the lines its "
                                       "figure comes from, or make it a local choice",
                                true});
  ctx.thresholds.push_back(std::move(t));
  return 0;
}

// threshold("id") inside evaluate: the value, recorded once per rule.
int read(lua_State* L, RuleContext& ctx, const char* fn) {
  const Threshold* found = nullptr;
  bool failed = false;
  {
    std::string_view id = lua_tostring(L, 1);  // up to a NUL, as a std::string of it was
    for (const auto& t : ctx.thresholds)
      if (t.id == id) found = &t;
    if (!ctx.assessment) {
      failed = raise(L, std::string(fn) + "(\"" + valid_utf8_text(id, 100) +
                            "\") can only be read inside evaluate, so that each answer records the value it used") < 0;
    } else if (!found) {
      std::vector<std::string> ids;
      for (const auto& t : ctx.thresholds) ids.push_back(t.id);
      failed = raise(L, std::string(fn) + ": unknown threshold \"" + valid_utf8_text(id, 100) + "\" (" +
                            std::string(kThresholdsFile) + " declares none of that id)" +
                            did_you_mean(std::string(id), ids)) < 0;
    } else if (ctx.threshold_uses) {
      bool recorded = false;
      for (const auto& u : *ctx.threshold_uses) recorded = recorded || u.id == found->id;
      if (!recorded) {
        ctx.threshold_uses->push_back({found->id, found->value, found->local_choice, found->unit});
        ctx.threshold_fates.push_back(RuleContext::ThresholdFate::read);
      }
    }
  }
  if (failed) return lua_error(L);
  if (found->integer)
    lua_pushinteger(L, static_cast<lua_Integer>(found->value));
  else
    lua_pushnumber(L, found->value);
  return 1;
}

}  // namespace

int rule_api::threshold(lua_State* L) {
  const char* fn = helper_name(L);
  RuleContext& ctx = context(L);
  if (lua_type(L, 1) == LUA_TTABLE) return declare(L, ctx, fn);
  if (lua_type(L, 1) == LUA_TSTRING) return read(L, ctx, fn);
  return luaL_error(L,
                    "%s: expected an id, as in %s(\"sickness_absence_high\"), or in %s a declaration, as in "
                    "%s { id = \"...\", value = ..., ... }",
                    fn, fn, kThresholdsFile.data(), fn);
}

}  // namespace trynext
