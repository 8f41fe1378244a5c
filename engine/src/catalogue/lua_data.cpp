// Running a Lua data file of the catalogue (or of rule tests) in an empty sandbox where only the named
// constructors exist, and collecting the tables they make (catalogue_build.h: read_lua_data).
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "catalogue/catalogue_build.h"
#include "rules/lua_sandbox.h"
#include "rules/rule_state.h"

namespace trynext {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// ---- running the data files ---------------------------------------------------------------------

// Each constructor tags its table with the kind and the line where it was called, and (for the
// collected kinds) appends it to the list of entries in the registry. The kind is the upvalue.
int tag(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  bool collect = lua_toboolean(L, lua_upvalueindex(2));
  lua_Debug ar;
  int line = (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar)) ? ar.currentline : 0;
  lua_pushinteger(L, line);
  lua_setfield(L, 1, "__line");
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_setfield(L, 1, "__kind");
  if (collect) {
    lua_getfield(L, LUA_REGISTRYINDEX, "trynext.entries");
    lua_pushvalue(L, 1);
    lua_rawseti(L, -2, static_cast<lua_Integer>(luaL_len(L, -2)) + 1);
    lua_pop(L, 1);
  }
  lua_settop(L, 1);
  return 1;
}

// A Lua value as JSON: sequences become arrays, other tables objects (an empty table is an object).
json to_json(lua_State* L, int index, int depth) {
  index = lua_absindex(L, index);
  switch (lua_type(L, index)) {
    case LUA_TBOOLEAN:
      return lua_toboolean(L, index) != 0;
    case LUA_TNUMBER:
      return lua_isinteger(L, index) ? json(lua_tointeger(L, index)) : json(lua_tonumber(L, index));
    case LUA_TSTRING:
      return std::string(lua_tostring(L, index));
    case LUA_TTABLE: {
      if (depth > 20) return nullptr;
      lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, index));
      std::size_t keys = 0;
      lua_pushnil(L);
      while (lua_next(L, index)) {
        ++keys;
        lua_pop(L, 1);
      }
      if (n > 0 && static_cast<std::size_t>(n) == keys) {
        json a = json::array();
        for (lua_Integer i = 1; i <= n; ++i) {
          lua_rawgeti(L, index, i);
          a.push_back(to_json(L, -1, depth + 1));
          lua_pop(L, 1);
        }
        return a;
      }
      json o = json::object();
      lua_pushnil(L);
      while (lua_next(L, index)) {
        if (lua_type(L, -2) == LUA_TSTRING) o[lua_tostring(L, -2)] = to_json(L, -1, depth + 1);
        lua_pop(L, 1);
      }
      return o;
    }
    default:
      return nullptr;
  }
}

}  // namespace

std::vector<LuaDataEntry> read_lua_data(const fs::path& path, const std::string& display_name,
                                        const std::vector<std::string>& collected,
                                        const std::vector<std::string>& nested, std::vector<Diagnostic>& diagnostics) {
  std::vector<LuaDataEntry> entries;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.push_back({display_name, 0, "unreadable", "cannot read " + path.string()});
    return entries;
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::string source = text.str();
  LuaSandbox sandbox;  // data files get a sandbox too: they are edited by hand
  lua_State* L = sandbox.state();
  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, "trynext.entries");
  std::string chunk = "@" + display_name;
  if (luaL_loadbufferx(L, source.data(), source.size(), chunk.c_str(), "t") != LUA_OK) {
    Diagnostic d{display_name, 0, "syntax_error", ""};
    std::string file;
    split_location(lua_tostring(L, -1), file, d.line, d.message);
    diagnostics.push_back(d);
    return entries;
  }
  lua_newtable(L);  // environment: only the constructors
  for (const auto* kinds : {&collected, &nested})
    for (const auto& kind : *kinds) {
      lua_pushstring(L, kind.c_str());
      lua_pushboolean(L, kinds == &collected);
      lua_pushcclosure(L, tag, 2);
      lua_setfield(L, -2, kind.c_str());
    }
  lua_setupvalue(L, -2, 1);
  sandbox.arm(10'000'000, 64u << 20);
  std::string error;
  if (!sandbox.call(0, error)) {
    Diagnostic d{display_name, 0, "load_error", ""};
    std::string file;
    split_location(error, file, d.line, d.message);
    diagnostics.push_back(d);
    return entries;
  }
  sandbox.disarm();
  lua_getfield(L, LUA_REGISTRYINDEX, "trynext.entries");
  json list = to_json(L, -1, 0);
  lua_pop(L, 1);
  if (list.is_array())
    for (auto& e : list) entries.push_back({e.value("__kind", ""), display_name, e.value("__line", 0), std::move(e)});
  return entries;
}

}  // namespace trynext
