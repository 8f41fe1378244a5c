#include "rules/rule_api.h"

#include <cmath>
#include <cstring>
#include <regex>

#include "common/suggest.h"
#include "common/vocabulary.h"
#include "input/json_text.h"
#include "rules/rule_api_support.h"
#include "rules/rule_helpers.h"

namespace trynext {

// Every function here builds its error message first, lets its C++ objects go out of scope, and only
// then raises (rule_api_support.h says why).

namespace {

using namespace rule_api_support;

// ---- conditions --------------------------------------------------------------------------------

void record_condition(RuleContext& ctx, const std::string& path, const char* op, std::string expected, bool result) {
  if (!ctx.conditions) return;
  ctx.conditions->push_back({path, op, std::move(expected), ctx.assessment->json_at(path), result});
}

enum class Compare { kAtLeast, kAtMost, kAbove, kBelow };

// A comparison with `value`, for a field given or not: the threshold of that value the rule read last
// (as in at_least(path, threshold("id"))) was applied, or compared only with a missing field so far.
void note_threshold_compared(RuleContext& ctx, double value, bool given) {
  if (!ctx.threshold_uses || ctx.threshold_fates.size() != ctx.threshold_uses->size()) return;
  for (std::size_t i = ctx.threshold_uses->size(); i-- > 0;) {
    if ((*ctx.threshold_uses)[i].value != value) continue;
    auto& fate = ctx.threshold_fates[i];
    if (given)
      fate = RuleContext::ThresholdFate::applied;
    else if (fate == RuleContext::ThresholdFate::read)
      fate = RuleContext::ThresholdFate::absent_only;
    return;
  }
}

template <Compare C>
int compare(lua_State* L) {
  const char* fn = helper_name(L);
  RuleContext& ctx = context(L);
  bool failed = false, result = false;
  {
    std::string path = luaL_checkstring(L, 1);
    double n = luaL_checknumber(L, 2);
    if (!start_reading(L, ctx, fn, path))
      failed = true;
    else {
      const nlohmann::json* v = ctx.assessment->find(path);
      if (v && !v->is_number()) {
        failed = raise(L, std::string(fn) + ": " + path + " is not a number") < 0;
      } else {
        if (v) {
          double x = v->get<double>();
          result = C == Compare::kAtLeast  ? x >= n
                   : C == Compare::kAtMost ? x <= n
                   : C == Compare::kAbove  ? x > n
                                           : x < n;
        }
        if (ctx.conditions) record_condition(ctx, path, fn, number_text(n), result);
        note_threshold_compared(ctx, n, v != nullptr);
      }
    }
  }
  if (failed) return lua_error(L);
  lua_pushboolean(L, result);
  return 1;
}

// is(path, value): the input equals value.
int is(lua_State* L) {
  const char* fn = helper_name(L);
  RuleContext& ctx = context(L);
  bool failed = false, result = false;
  {
    std::string path = luaL_checkstring(L, 1);
    luaL_checkany(L, 2);
    if (!start_reading(L, ctx, fn, path))
      failed = true;
    else {
      const nlohmann::json* v = ctx.assessment->find(path);
      std::string expected;
      if (lua_type(L, 2) == LUA_TSTRING) {
        expected = lua_tostring(L, 2);
        result = v && v->is_string() && v->get_ref<const std::string&>() == expected;
        expected = "\"" + expected + "\"";
      } else if (lua_type(L, 2) == LUA_TNUMBER) {
        result = v && v->is_number() && v->get<double>() == lua_tonumber(L, 2);
        expected = number_text(lua_tonumber(L, 2));
      } else if (lua_type(L, 2) == LUA_TBOOLEAN) {
        result = v && v->is_boolean() && v->get<bool>() == static_cast<bool>(lua_toboolean(L, 2));
        expected = lua_toboolean(L, 2) ? "true" : "false";
      } else if (lua_isnil(L, 2)) {
        result = v == nullptr;
        expected = "null";
      }
      record_condition(ctx, path, fn, expected, result);
    }
  }
  if (failed) return lua_error(L);
  lua_pushboolean(L, result);
  return 1;
}

// has("team.concerns", "low_morale"): the list at path contains the value.
int has(lua_State* L) {
  const char* fn = helper_name(L);
  RuleContext& ctx = context(L);
  bool failed = false, result = false;
  {
    std::string path = luaL_checkstring(L, 1);
    std::string wanted = luaL_checkstring(L, 2);
    if (!start_reading(L, ctx, fn, path, /*record=*/false))
      failed = true;
    else if (!ctx.paths->is_list(path))
      failed = raise(L, std::string(fn) + ": " + path + " is not a list") < 0;
    else {
      record_read(ctx, path);
      const nlohmann::json* v = ctx.assessment->find(path);
      if (v && v->is_array())
        for (const auto& item : *v)
          result = result || (item.is_string() && item.get_ref<const std::string&>() == wanted);
      if (ctx.conditions) record_condition(ctx, path, fn, "\"" + wanted + "\"", result);
    }
  }
  if (failed) return lua_error(L);
  lua_pushboolean(L, result);
  return 1;
}

// answer("support.f", "not_met", "partly"): the indicator's answer is one of these.
// answer_is_not("support.f", "met"): it is not (a missing answer counts as not).
template <bool Negate>
int answer(lua_State* L) {
  const char* fn = helper_name(L);
  RuleContext& ctx = context(L);
  bool failed = false, result = false;
  {
    std::string_view indicator = luaL_checkstring(L, 1);  // up to a NUL, as a std::string of it was
    // "answers.<id>" is one of the instrument's paths exactly when <id> is one of its indicators.
    thread_local std::string wanted_path;
    wanted_path.assign("answers.").append(indicator);
    const std::string* path = ctx.paths->interned(wanted_path);
    if (!ctx.assessment)
      failed = raise(L, std::string(fn) + " can only be used inside evaluate") < 0;
    else if (!path) {
      std::vector<std::string> ids;
      for (const auto& i : ctx.catalogue->indicators) ids.push_back(i.id);
      std::string named(indicator);
      failed = raise(L, std::string(fn) + ": unknown indicator \"" + named + "\"" + did_you_mean(named, ids)) < 0;
    } else {
      record_read(ctx, *path);
      const nlohmann::json* v = ctx.assessment->find(*path);
      std::string expected;
      int n = lua_gettop(L);
      for (int i = 2; i <= n; ++i) {
        std::string_view want = luaL_checkstring(L, i);
        if (!is_answer_value(want)) {
          failed = raise(L, std::string(fn) + ": \"" + std::string(want) + "\" is not an answer (" +
                                vocabulary::listed(vocabulary::answers()) + ")") < 0;
          break;
        }
        if (v && v->get_ref<const std::string&>() == want) result = true;
        if (ctx.conditions) expected.append(expected.empty() ? "" : i == n ? " or " : ", ").append(want);
      }
      if (Negate) result = !result;
      if (!failed) record_condition(ctx, *path, fn, expected, result);
    }
  }
  if (failed) return lua_error(L);
  lua_pushboolean(L, result);
  return 1;
}

bool known_intervention(lua_State* L, RuleContext& ctx, const char* fn, const std::string& id) {
  if (ctx.catalogue->find(id)) return true;
  std::vector<std::string> ids;
  for (const auto& i : ctx.catalogue->interventions) ids.push_back(i.id);
  raise(L, std::string(fn) + ": unknown intervention \"" + id + "\" (not in the catalogue)" + did_you_mean(id, ids));
  return false;
}

// in_place(id): the team runs it already; not_in_place(id): it does not.
template <bool Negate>
int in_place(lua_State* L) {
  const char* fn = helper_name(L);
  RuleContext& ctx = context(L);
  bool failed = false, result = false;
  {
    std::string id = luaL_checkstring(L, 1);
    if (!ctx.assessment)
      failed = raise(L, std::string(fn) + " can only be used inside evaluate") < 0;
    else if (!known_intervention(L, ctx, fn, id))
      failed = true;
    else {
      record_read(ctx, "team.in_place");
      for (const auto& p : ctx.assessment->in_place()) result = result || p == id;
      if (Negate) result = !result;
      record_condition(ctx, "team.in_place", fn, id, result);
    }
  }
  if (failed) return lua_error(L);
  lua_pushboolean(L, result);
  return 1;
}

int tried(lua_State* L) {
  const char* fn = helper_name(L);
  RuleContext& ctx = context(L);
  bool failed = false;
  std::string outcome;
  {
    std::string id = luaL_checkstring(L, 1);
    if (!ctx.assessment)
      failed = raise(L, std::string(fn) + " can only be used inside evaluate") < 0;
    else if (!known_intervention(L, ctx, fn, id))
      failed = true;
    else {
      record_read(ctx, "team.tried");
      outcome = ctx.assessment->tried(id);
    }
  }
  if (failed) return lua_error(L);
  if (outcome.empty())
    lua_pushnil(L);
  else
    lua_pushstring(L, outcome.c_str());
  return 1;
}

// value(path): the input at path (a view for lists and objects), recorded as read.
int value(lua_State* L) {
  const char* fn = helper_name(L);
  RuleContext& ctx = context(L);
  bool failed = false;
  const nlohmann::json* v = nullptr;
  std::string path_copy;
  {
    std::string path = luaL_checkstring(L, 1);
    if (!start_reading(L, ctx, fn, path))
      failed = true;
    else {
      v = ctx.assessment->find(path);
      path_copy = path;
    }
  }
  if (failed) return lua_error(L);
  if (!v)
    lua_pushnil(L);
  else if (v->is_object() || v->is_array())
    push_view(L, path_copy);
  else
    push_json(L, *v);
  return 1;
}

// count_of(path): a share of the team as a number of practitioners, using team.headcount.
int count_of(lua_State* L) {
  const char* fn = helper_name(L);
  RuleContext& ctx = context(L);
  bool failed = false;
  double count = 0;
  {
    std::string path = luaL_checkstring(L, 1);
    if (!start_reading(L, ctx, fn, path))
      failed = true;
    else {
      record_read(ctx, "team.headcount");
      const nlohmann::json* share = ctx.assessment->find(path);
      const nlohmann::json* headcount = ctx.assessment->find("team.headcount");
      if (!share || !share->is_number())
        failed = raise(L, std::string(fn) + ": " + path + " is not given") < 0;
      else if (!headcount || !headcount->is_number())
        failed = raise(L, std::string(fn) + ": team.headcount is not given") < 0;
      else
        count = std::round(share->get<double>() * headcount->get<double>());
    }
  }
  if (failed) return lua_error(L);
  lua_pushinteger(L, static_cast<lua_Integer>(count));
  return 1;
}

// count_answers({ids}, value, ...): how many of the indicators have one of the answers.
int count_answers(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  const char* fn = helper_name(L);
  RuleContext& ctx = context(L);
  bool failed = false;
  lua_Integer count = 0;
  {
    if (!ctx.assessment) failed = raise(L, std::string(fn) + " can only be used inside evaluate") < 0;
    lua_Integer n = luaL_len(L, 1);
    for (lua_Integer i = 1; i <= n && !failed; ++i) {
      lua_geti(L, 1, i);
      std::string indicator = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
      lua_pop(L, 1);
      if (!ctx.catalogue->find_indicator(indicator)) {
        failed = raise(L, std::string(fn) + ": unknown indicator \"" + indicator + "\"") < 0;
        break;
      }
      std::string path = "answers." + indicator;
      record_read(ctx, path);
      const nlohmann::json* v = ctx.assessment->find(path);
      if (!v) continue;
      for (int a = 2; a <= lua_gettop(L); ++a)
        if (lua_type(L, a) == LUA_TSTRING && v->get_ref<const std::string&>() == lua_tostring(L, a)) {
          ++count;
          break;
        }
    }
  }
  if (failed) return lua_error(L);
  lua_pushinteger(L, count);
  return 1;
}

// ---- recommend and rule ------------------------------------------------------------------------

// A boolean field: absent is false; anything but a boolean is an error (-1), not a silent false.
int bool_field(lua_State* L, int table, const char* key) {
  int type = lua_getfield(L, table, key);
  int value = type == LUA_TNIL ? 0 : type == LUA_TBOOLEAN ? lua_toboolean(L, -1) : -1;
  lua_pop(L, 1);
  return value;
}

int recommend(lua_State* L) {
  const char* fn = helper_name(L);
  RuleContext& ctx = context(L);
  bool failed = false;
  {
    if (!lua_istable(L, 1)) {
      failed = raise(L, std::string(fn) + ": expected a table like " + fn +
                            "{ id = \"...\", weight = 2, because = \"...\" }") < 0;
    } else if (!ctx.findings || !ctx.rule) {
      failed = raise(L, std::string(fn) + " can only be called inside evaluate") < 0;
    } else if (ctx.findings->size() - ctx.rule_findings_start >= kMaxFindingsPerRule) {
      failed = raise(L, std::string(fn) + ": called more than " + std::to_string(kMaxFindingsPerRule) +
                            " times in one evaluation; a rule recommends each intervention once") < 0;
    } else {
      Finding f;
      f.rule = ctx.rule_index;
      f.intervention = string_field(L, 1, "id");
      f.because = string_field(L, 1, "because");
      f.driver = string_field(L, 1, "driver");
      int urgent = bool_field(L, 1, "urgent"), gap = bool_field(L, 1, "gap");
      f.urgent = urgent == 1;
      f.gap = gap == 1;
      int weight_type = lua_getfield(L, 1, "weight");
      f.weight = weight_type == LUA_TNIL ? 1 : lua_tonumber(L, -1);
      lua_pop(L, 1);
      bool listed = false;
      for (const auto& r : ctx.rule->info.recommends) listed = listed || r == f.intervention;
      bool driver_ok = f.driver.empty();
      driver_ok = driver_ok || vocabulary::contains(vocabulary::drivers(), f.driver);
      if (f.intervention.empty())
        failed = raise(L, std::string(fn) + ": id is required (a catalogue intervention id)") < 0;
      else if (!known_intervention(L, ctx, fn, f.intervention))
        failed = true;
      else if (!listed)
        failed = raise(L, std::string(fn) + ": \"" + f.intervention + "\" is not in this rule's recommends list") < 0;
      else if (weight_type != LUA_TNIL && weight_type != LUA_TNUMBER)
        failed = raise(L, std::string(fn) + ": weight must be a number") < 0;
      else if (!(f.weight > 0 && f.weight <= 10))
        failed =
            raise(L, std::string(fn) + ": weight must be more than 0 and at most 10, got " + weight_text(f.weight)) < 0;
      else if (f.because.empty())
        failed = raise(L, std::string(fn) + ": because is required: one sentence for the manager") < 0;
      else if (f.because.size() > 1000)
        failed = raise(L, std::string(fn) + ": because must be at most 1000 characters") < 0;
      else if (!driver_ok)
        failed = raise(L, std::string(fn) + ": unknown driver \"" + f.driver + "\"") < 0;
      else if (urgent < 0)
        failed = raise(L, std::string(fn) + ": urgent must be true or false") < 0;
      else if (gap < 0)
        failed = raise(L, std::string(fn) + ": gap must be true or false") < 0;
      else
        ctx.findings->push_back(std::move(f));
    }
  }
  if (failed) return lua_error(L);
  return 0;
}

// Reads rule{ ... } metadata; every problem becomes a diagnostic at the rule's line.
int rule(lua_State* L) {
  RuleContext& ctx = context(L);
  if (!ctx.loading) return luaL_error(L, "%s{...} can only be used at the top level of a rule file", helper_name(L));
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Debug ar;
  int line = (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar)) ? ar.currentline : 0;
  std::vector<std::string> problems;
  LoadedRule r;
  r.info.file = ctx.file;
  r.info.line = line;
  r.info.id = string_field(L, 1, "id");
  r.info.title = string_field(L, 1, "title");
  r.info.description = string_field(L, 1, "description");
  static const std::regex id_shape("[a-z][a-z0-9_]*");
  if (r.info.id.empty())
    problems.push_back("missing id: give the rule a unique snake_case id");
  else if (r.info.id.size() > 100 || !std::regex_match(r.info.id, id_shape))
    problems.push_back(
        "id \"" + valid_utf8_text(r.info.id, 100) +
        "\" must be snake_case (a-z, 0-9, _) of at most 100 characters");  // std::regex recurses per character
  if (r.info.title.empty()) problems.push_back("missing title");
  if (ctx.file == kThresholdsFile)
    problems.push_back("rules are declared in rule files; thresholds.lua declares thresholds only");
  if (lua_getfield(L, 1, "sources") != LUA_TTABLE || luaL_len(L, -1) == 0) {
    problems.push_back(
        "missing sources: list where the rule comes from, e.g. { file = \"000_...txt\", section = \"...\", lines = { "
        "10, 20 } }");
  } else {
    read_source_list(L, r.info.sources, problems);
  }
  lua_pop(L, 1);
  if (lua_getfield(L, 1, "recommends") != LUA_TTABLE || luaL_len(L, -1) == 0) {
    problems.push_back("missing recommends: list every intervention id the rule may recommend");
  } else {
    for (lua_Integer i = 1; i <= luaL_len(L, -1); ++i) {
      lua_geti(L, -1, i);
      std::string id = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
      lua_pop(L, 1);
      if (!ctx.catalogue->find(id)) {
        std::vector<std::string> ids;
        for (const auto& iv : ctx.catalogue->interventions) ids.push_back(iv.id);
        ctx.diagnostics->push_back({ctx.file, line, "unknown_intervention",
                                    "rule \"" + r.info.id + "\" recommends \"" + id +
                                        "\", which is not in the catalogue" + did_you_mean(id, ids)});
      } else {
        r.info.recommends.push_back(id);
      }
    }
  }
  lua_pop(L, 1);
  if (lua_getfield(L, 1, "evaluate") != LUA_TFUNCTION) {
    problems.push_back("missing evaluate = function(a) ... end");
    lua_pop(L, 1);
  } else {
    r.function_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  for (const auto& other : *ctx.loaded)
    if (!r.info.id.empty() && other.info.id == r.info.id)
      problems.push_back("duplicate rule id \"" + r.info.id + "\" (first defined at " + other.info.file + ":" +
                         std::to_string(other.info.line) + ")");
  for (const auto& p : problems) ctx.diagnostics->push_back({ctx.file, line, "invalid_metadata", p});
  if (problems.empty()) ctx.loaded->push_back(std::move(r));
  return 0;
}

}  // namespace

// The C functions behind the helper table's entries, which name them.
int rule_api::rule(lua_State* L) { return trynext::rule(L); }
int rule_api::recommend(lua_State* L) { return trynext::recommend(L); }
int rule_api::at_least(lua_State* L) { return compare<Compare::kAtLeast>(L); }
int rule_api::at_most(lua_State* L) { return compare<Compare::kAtMost>(L); }
int rule_api::above(lua_State* L) { return compare<Compare::kAbove>(L); }
int rule_api::below(lua_State* L) { return compare<Compare::kBelow>(L); }
int rule_api::is(lua_State* L) { return trynext::is(L); }
int rule_api::has(lua_State* L) { return trynext::has(L); }
int rule_api::answer(lua_State* L) { return trynext::answer<false>(L); }
int rule_api::answer_is_not(lua_State* L) { return trynext::answer<true>(L); }
int rule_api::in_place(lua_State* L) { return trynext::in_place<false>(L); }
int rule_api::not_in_place(lua_State* L) { return trynext::in_place<true>(L); }
int rule_api::tried(lua_State* L) { return trynext::tried(L); }
int rule_api::value(lua_State* L) { return trynext::value(L); }
int rule_api::count_of(lua_State* L) { return trynext::count_of(L); }
int rule_api::count_answers(lua_State* L) { return trynext::count_answers(L); }

void install_rule_api(LuaSandbox& sandbox) {
  for (const RuleHelper& helper : rule_helpers())
    if (helper.function && helper.scope == HelperScope::kRuleFile)
      sandbox.add_global(std::string(helper.name).c_str(), helper.function);
}

void push_assessment_view(lua_State* L) { push_view(L, ""); }

}  // namespace trynext
