#include "lua_sandbox.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace trynext {

namespace {

const char kPrelude[] =
#include "prelude_lua.inc"
    ;

// The hook runs every kHookInterval instructions: often enough to stop a loop within microseconds,
// rarely enough to cost little.
constexpr int kHookInterval = 1000;

}  // namespace

LuaSandbox* LuaSandbox::of(lua_State* L) { return *static_cast<LuaSandbox**>(lua_getextraspace(L)); }

void* LuaSandbox::allocate(void* ud, void* ptr, std::size_t osize, std::size_t nsize) {
  auto* self = static_cast<LuaSandbox*>(ud);
  std::size_t old = ptr ? osize : 0;  // without ptr, osize names the kind of object, not a size
  if (nsize == 0) {
    std::free(ptr);
    self->used_ -= old;
    return nullptr;
  }
  if (nsize > old && self->memory_limit_ && self->used_ + (nsize - old) > self->memory_limit_) return nullptr;
  void* p = std::realloc(ptr, nsize);
  if (!p) return nullptr;
  self->used_ = self->used_ - old + nsize;
  self->peak_ = std::max(self->peak_, self->used_);
  return p;
}

void LuaSandbox::count_hook(lua_State* L, lua_Debug*) {
  LuaSandbox* self = of(L);
  self->instructions_ += kHookInterval;
  if (self->stop_ == Stop::kNone) {
    if (!self->instruction_limit_ || self->instructions_ <= self->instruction_limit_) return;
    self->stop_ = Stop::kInstructions;
    self->tainted_ = true;
    // From now on stop at every instruction, so that a pcall in the rule cannot swallow the stop.
    lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
  }
  lua_Debug where;
  if (lua_getstack(L, 0, &where) && lua_getinfo(L, "Sl", &where) && where.currentline > 0)
    luaL_error(L, "%s:%d: stopped: instruction budget of %I exceeded", where.short_src, where.currentline,
               static_cast<lua_Integer>(self->instruction_limit_));
  luaL_error(L, "stopped: instruction budget of %I exceeded", static_cast<lua_Integer>(self->instruction_limit_));
}

// Once a limit has stopped the rule, a pcall inside the rule must not let it carry on.
int LuaSandbox::rethrow_if_stopped(lua_State* L, int status) {
  if (status == LUA_ERRMEM && memory_limit_) {
    stop_ = Stop::kMemory;
    tainted_ = true;
  }
  if (stop_ != Stop::kNone) return lua_error(L);
  return 0;
}

int LuaSandbox::protected_call(lua_State* L) {
  luaL_checkany(L, 1);
  int status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
  of(L)->rethrow_if_stopped(L, status);
  lua_pushboolean(L, status == LUA_OK);
  lua_insert(L, 1);
  return lua_gettop(L);
}

// xpcall as rules see it. The handler is called after the failed call returns, not as Lua's message
// handler: Lua runs message handlers with hooks off when the error came from a hook, so a handler
// that loops would escape the instruction budget.
int LuaSandbox::protected_call_x(lua_State* L) {
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_pushvalue(L, 2);
  lua_rotate(L, 1, 1);  // handler, f, handler, args...
  lua_remove(L, 3);     // handler, f, args...
  int status = lua_pcall(L, lua_gettop(L) - 2, LUA_MULTRET, 0);
  LuaSandbox* self = of(L);
  self->rethrow_if_stopped(L, status);
  if (status == LUA_OK) {
    lua_pushboolean(L, 1);
    lua_replace(L, 1);
    return lua_gettop(L);
  }
  lua_pushvalue(L, 1);  // handler
  lua_rotate(L, -2, 1); // handler, error
  status = lua_pcall(L, 1, 1, 0);
  self->rethrow_if_stopped(L, status);
  lua_pushboolean(L, 0);
  lua_rotate(L, -2, 1);
  return 2;
}

int LuaSandbox::checked_setmetatable(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  if (lua_istable(L, 2)) {
    // Finalizers and to-be-closed handlers run outside the rule, where no budget applies.
    for (const char* forbidden : {"__gc", "__close"}) {
      lua_pushstring(L, forbidden);
      if (lua_rawget(L, 2) != LUA_TNIL) return luaL_error(L, "setmetatable: %s is not allowed in rules", forbidden);
      lua_pop(L, 1);
    }
  }
  lua_pushvalue(L, lua_upvalueindex(1));  // the standard setmetatable
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

int LuaSandbox::checked_rawset(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checkany(L, 2);
  luaL_checkany(L, 3);
  lua_rawgeti(L, LUA_REGISTRYINDEX, of(L)->readonly_ref_);
  lua_pushvalue(L, 1);
  if (lua_rawget(L, -2) != LUA_TNIL) return luaL_error(L, "rawset: this table is read-only");
  lua_pop(L, 2);
  lua_settop(L, 3);
  lua_rawset(L, 1);
  return 1;
}

LuaSandbox::LuaSandbox() {
  L_ = lua_newstate(allocate, this);
  if (!L_) throw std::bad_alloc();
  *static_cast<LuaSandbox**>(lua_getextraspace(L_)) = this;
  lua_sethook(L_, count_hook, LUA_MASKCOUNT, kHookInterval);
  open_libraries();
}

LuaSandbox::~LuaSandbox() {
  if (L_) {
    disarm();
    lua_close(L_);
  }
}

static int mark_readonly_from_lua(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  LuaSandbox::of(L)->mark_readonly(1);
  return 0;
}

void LuaSandbox::open_libraries() {
  lua_State* L = L_;
  lua_newtable(L);  // weak-keyed set of read-only tables
  lua_newtable(L);
  lua_pushstring(L, "k");
  lua_setfield(L, -2, "__mode");
  lua_setmetatable(L, -2);
  readonly_ref_ = luaL_ref(L, LUA_REGISTRYINDEX);

  // Only these libraries exist: no io, os, debug, package or coroutine.
  const luaL_Reg libraries[] = {{LUA_GNAME, luaopen_base}, {LUA_STRLIBNAME, luaopen_string},
                                {LUA_TABLIBNAME, luaopen_table}, {LUA_MATHLIBNAME, luaopen_math},
                                {LUA_UTF8LIBNAME, luaopen_utf8}};
  for (const auto& lib : libraries) {
    luaL_requiref(L, lib.name, lib.func, 1);
    lua_pop(L, 1);
  }
  // The checked versions replace the standard ones before the prelude picks what rules get.
  lua_pushglobaltable(L);
  lua_pushcfunction(L, protected_call);
  lua_setfield(L, -2, "pcall");
  lua_pushcfunction(L, protected_call_x);
  lua_setfield(L, -2, "xpcall");
  lua_getfield(L, -1, "setmetatable");
  lua_pushcclosure(L, checked_setmetatable, 1);
  lua_setfield(L, -2, "setmetatable");
  lua_pushcfunction(L, checked_rawset);
  lua_setfield(L, -2, "rawset");
  lua_pop(L, 1);

  if (luaL_loadbufferx(L, kPrelude, sizeof kPrelude - 1, "=prelude", "t") != LUA_OK)
    throw std::runtime_error(std::string("prelude: ") + lua_tostring(L, -1));
  lua_pushglobaltable(L);
  lua_pushcfunction(L, mark_readonly_from_lua);
  if (lua_pcall(L, 2, 1, 0) != LUA_OK) throw std::runtime_error(std::string("prelude: ") + lua_tostring(L, -1));
  raw_globals_ref_ = luaL_ref(L, LUA_REGISTRYINDEX);

  // Empty the real globals: everything rules may use now lives in the rule globals.
  lua_pushglobaltable(L);
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    lua_pop(L, 1);
    lua_pushvalue(L, -1);
    lua_pushnil(L);
    lua_rawset(L, -4);
  }
  lua_pop(L, 1);
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);  // package.loaded held the libraries too
  lua_pushnil(L);
  while (lua_next(L, -2)) {
    lua_pop(L, 1);
    lua_pushvalue(L, -1);
    lua_pushnil(L);
    lua_rawset(L, -4);
  }
  lua_pop(L, 1);
}

void LuaSandbox::push_rule_globals() const { lua_rawgeti(L_, LUA_REGISTRYINDEX, raw_globals_ref_); }

void LuaSandbox::add_global(const char* name, lua_CFunction fn) {
  push_rule_globals();
  lua_pushcfunction(L_, fn);
  lua_setfield(L_, -2, name);
  lua_pop(L_, 1);
}

void LuaSandbox::mark_readonly(int index) {
  index = lua_absindex(L_, index);
  lua_rawgeti(L_, LUA_REGISTRYINDEX, readonly_ref_);
  lua_pushvalue(L_, index);
  lua_pushboolean(L_, 1);
  lua_rawset(L_, -3);
  lua_pop(L_, 1);
}

void LuaSandbox::arm(std::uint64_t instructions, std::size_t memory) {
  instructions_ = 0;
  instruction_limit_ = instructions;
  armed_base_ = used_;
  peak_ = used_;
  memory_budget_ = memory;
  memory_limit_ = memory ? used_ + memory : 0;
  stop_ = Stop::kNone;
  lua_sethook(L_, count_hook, LUA_MASKCOUNT, kHookInterval);
}

void LuaSandbox::disarm() {
  instruction_limit_ = 0;
  memory_limit_ = 0;
  lua_sethook(L_, count_hook, LUA_MASKCOUNT, kHookInterval);
}

bool LuaSandbox::call(int nargs, std::string& error) {
  int status = lua_pcall(L_, nargs, 0, 0);
  if (status == LUA_ERRMEM && memory_limit_) {
    stop_ = Stop::kMemory;
    tainted_ = true;
  }
  if (status == LUA_OK) return true;
  if (stop_ == Stop::kMemory) {
    error = "stopped: memory cap of " + std::to_string(memory_budget_ / 1024) + " KiB exceeded";
  } else if (lua_type(L_, -1) == LUA_TSTRING) {
    error = lua_tostring(L_, -1);  // never call __tostring: it is rule code, outside any budget
  } else {
    error = std::string("error raised with a ") + luaL_typename(L_, -1) + " value instead of a message";
  }
  lua_pop(L_, 1);
  return false;
}

}  // namespace trynext
