// The read-only view of the assessment that rules receive: tables whose reads go to the assessment,
// are recorded for explain, and refuse writes; and the small helpers it shares with rule_api.cpp
// (rule_api_support.h).
#include <cmath>
#include <string>

#include "input/json_text.h"
#include "rules/rule_api_support.h"

namespace trynext::rule_api_support {

namespace {

const char kProxies[] = "trynext.proxies";  // registry: path -> view table

}  // namespace

std::string string_field(lua_State* L, int table, const char* key) {
  std::string s;
  if (lua_getfield(L, table, key) == LUA_TSTRING) s = lua_tostring(L, -1);
  lua_pop(L, 1);
  return s;
}

void read_source_list(lua_State* L, std::vector<SourceRef>& out, std::vector<std::string>& problems) {
  for (lua_Integer i = 1; i <= luaL_len(L, -1); ++i) {
    lua_geti(L, -1, i);
    SourceRef s;
    if (lua_istable(L, -1)) {
      int entry = lua_gettop(L);
      s.file = string_field(L, entry, "file");
      s.section = string_field(L, entry, "section");
      if (lua_getfield(L, entry, "lines") == LUA_TTABLE) {
        lua_geti(L, -1, 1);
        lua_geti(L, -2, 2);
        s.line_start = static_cast<int>(lua_tointeger(L, -2));
        s.line_end = static_cast<int>(lua_tointeger(L, -1));
        lua_pop(L, 2);
      }
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (s.file.empty() || s.line_start <= 0 || s.line_end < s.line_start)
      problems.push_back("sources[" + std::to_string(i) + "] needs file and lines = { first, last }");
    else
      out.push_back(s);
  }
}

RuleContext& context(lua_State* L) { return *static_cast<RuleContext*>(LuaSandbox::of(L)->user); }

const char* helper_name(lua_State* L) {
  const char* name = lua_tostring(L, lua_upvalueindex(1));
  return name ? name : "?";
}

std::string weight_text(double w) {
  if (std::isnan(w)) return "nan (not a number)";
  if (std::isinf(w)) return w > 0 ? "inf (infinity)" : "-inf (minus infinity)";
  return number_text(w);
}

int raise(lua_State* L, const std::string& message) {
  luaL_where(L, 1);
  lua_pushlstring(L, message.data(), message.size());
  lua_concat(L, 2);
  return -1;  // caller returns lua_error(L) once its C++ objects are gone
}

void record_read(RuleContext& ctx, const std::string& path) {
  if (!ctx.reads) return;
  const std::string* interned = ctx.paths->interned(path);
  for (const std::string* r : *ctx.reads)
    if (interned ? r == interned : *r == path) return;
  if (!interned) interned = &ctx.read_copies.emplace_back(path);
  ctx.reads->push_back(interned);
}

bool check_path(lua_State* L, RuleContext& ctx, const char* fn, const std::string& path) {
  if (ctx.paths->known(path)) return true;
  raise(L, std::string(fn) + ": unknown input \"" + path + "\"" + ctx.paths->suggestion(path));
  return false;
}

bool start_reading(lua_State* L, RuleContext& ctx, const char* fn, const std::string& path, bool record) {
  if (!ctx.assessment) {
    raise(L, std::string(fn) + " can only be used inside evaluate");
    return false;
  }
  if (!check_path(L, ctx, fn, path)) return false;
  if (record) record_read(ctx, path);
  return true;
}

// ---- the read-only view of the assessment ----------------------------------------------------

namespace {

int view_index(lua_State* L) {
  RuleContext& ctx = context(L);
  bool failed = false;
  {
    std::string parent = lua_tostring(L, lua_upvalueindex(1));
    std::string key;
    if (lua_type(L, 2) == LUA_TNUMBER && lua_isinteger(L, 2))
      key = std::to_string(lua_tointeger(L, 2));
    else if (lua_type(L, 2) == LUA_TSTRING)
      key = lua_tostring(L, 2);
    else {
      lua_pushnil(L);
      return 1;
    }
    std::string path = parent.empty() ? key : parent + "." + key;
    if (!ctx.assessment) {
      failed = raise(L, "the assessment can only be read inside evaluate") < 0;
    } else if (!ctx.paths->known(path)) {
      // Items of lists are addressed by number; anything else unknown is a mistake in the rule.
      failed = raise(L, "unknown input \"" + path + "\"" + ctx.paths->suggestion(path)) < 0;
    } else {
      const nlohmann::json* v = ctx.assessment->find(path);
      // Reading a list records the list once, not each item.
      bool inside_list = ctx.paths->is_list(parent) || parent.rfind("team.tried.", 0) == 0;
      bool structure = path == "team" || path == "answers" || path == "factors" ||
                       (parent == "factors" && path.find('.', 8) == std::string::npos);
      if (!inside_list && !structure) record_read(ctx, path);
      if (!v)
        lua_pushnil(L);
      else if (v->is_object() || v->is_array())
        push_view(L, path);
      else
        push_json(L, *v);
    }
  }
  if (failed) return lua_error(L);
  return 1;
}

int view_newindex(lua_State* L) {
  return luaL_error(L, "the assessment is read-only (tried to change %s%s%s)", lua_tostring(L, lua_upvalueindex(1)),
                    *lua_tostring(L, lua_upvalueindex(1)) ? "." : "", luaL_tolstring(L, 2, nullptr));
}

int view_len(lua_State* L) {
  RuleContext& ctx = context(L);
  const nlohmann::json* v = ctx.assessment ? ctx.assessment->find(lua_tostring(L, lua_upvalueindex(1))) : nullptr;
  lua_pushinteger(L, v && v->is_array() ? static_cast<lua_Integer>(v->size()) : 0);
  return 1;
}

// next() over a view: keys of an object in order, or 1..n of a list.
int view_next(lua_State* L) {
  RuleContext& ctx = context(L);
  lua_getmetatable(L, 1);
  lua_getfield(L, -1, "__path");
  std::string path = luaL_optstring(L, -1, "");  // a table that is not a view has no __path: never std::string(nullptr)
  lua_pop(L, 2);
  const nlohmann::json* v = ctx.assessment ? ctx.assessment->find(path) : nullptr;
  std::string next_key;
  bool found = false;
  if (v && v->is_array()) {
    lua_Integer i = lua_isnil(L, 2) ? 1 : lua_tointeger(L, 2) + 1;
    if (i >= 1 && i <= static_cast<lua_Integer>(v->size())) {
      lua_pushinteger(L, i);
      lua_pushvalue(L, -1);
      lua_gettable(L, 1);
      return 2;
    }
  } else if (v && v->is_object()) {
    bool take = lua_isnil(L, 2);
    std::string after = take ? "" : luaL_checkstring(L, 2);
    for (auto it = v->begin(); it != v->end(); ++it) {
      if (take) {
        next_key = it.key();
        found = true;
        break;
      }
      if (it.key() == after) take = true;
    }
  }
  if (!found) {
    lua_pushnil(L);
    return 1;
  }
  lua_pushlstring(L, next_key.data(), next_key.size());
  lua_pushvalue(L, -1);
  lua_gettable(L, 1);
  return 2;
}

int view_pairs(lua_State* L) {
  lua_pushcfunction(L, view_next);
  lua_pushvalue(L, 1);
  lua_pushnil(L);
  return 3;
}

}  // namespace

void push_view(lua_State* L, const std::string& path) {
  luaL_getsubtable(L, LUA_REGISTRYINDEX, kProxies);
  if (lua_getfield(L, -1, path.c_str()) == LUA_TTABLE) {
    lua_remove(L, -2);
    return;
  }
  lua_pop(L, 1);
  lua_newtable(L);  // the view: always empty, every read goes through __index
  lua_newtable(L);  // its metatable
  lua_pushstring(L, path.c_str());
  lua_setfield(L, -2, "__path");
  lua_pushstring(L, path.c_str());
  lua_pushcclosure(L, view_index, 1);
  lua_setfield(L, -2, "__index");
  lua_pushstring(L, path.c_str());
  lua_pushcclosure(L, view_newindex, 1);
  lua_setfield(L, -2, "__newindex");
  lua_pushstring(L, path.c_str());
  lua_pushcclosure(L, view_len, 1);
  lua_setfield(L, -2, "__len");
  lua_pushcfunction(L, view_pairs);
  lua_setfield(L, -2, "__pairs");
  lua_pushstring(L, "read-only");
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  LuaSandbox::of(L)->mark_readonly(-1);
  lua_pushvalue(L, -1);
  lua_setfield(L, -3, path.c_str());
  lua_remove(L, -2);
}

void push_json(lua_State* L, const nlohmann::json& v) {
  switch (v.type()) {
    case nlohmann::json::value_t::boolean:
      lua_pushboolean(L, v.get<bool>());
      break;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      lua_pushinteger(L, v.get<lua_Integer>());
      break;
    case nlohmann::json::value_t::number_float:
      lua_pushnumber(L, v.get<double>());
      break;
    case nlohmann::json::value_t::string:
      lua_pushlstring(L, v.get_ref<const std::string&>().data(), v.get_ref<const std::string&>().size());
      break;
    default:
      lua_pushnil(L);
  }
}

}  // namespace trynext::rule_api_support
