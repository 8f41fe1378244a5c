#include "rules/lua_sandbox.h"

#include "common/suggest.h"
#include "input/json_text.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace trynext {

namespace {

const char kPrelude[] =
#include "prelude_lua.inc"
    ;

// The hook runs every kHookInterval instructions: often enough to stop a loop within microseconds,
// rarely enough to cost little.
constexpr int kHookInterval = 1000;

// The wall-clock limit: a backstop for instructions that each do a lot of work in C (concatenating
// or upper-casing megabytes in a loop), which the instruction budget alone would let run for minutes.
constexpr std::chrono::nanoseconds kTimePerInstruction{1000};  // generous: sanitizer builds and busy machines are slow
constexpr std::chrono::nanoseconds kMinimumTime = std::chrono::milliseconds(50);

// Rule files are loaded with chunk names "@file"; the prelude is "=prelude", C functions "=[C]".
bool is_rule_frame(const lua_Debug& ar) { return ar.source && ar.source[0] == '@' && ar.currentline > 0; }

// The innermost frame of a rule file on the stack, from level `from` up. False when there is none.
bool find_rule_frame(lua_State* L, int from, lua_Debug& ar) {
  for (int level = from; lua_getstack(L, level, &ar); ++level)
    if (lua_getinfo(L, "Sl", &ar) && is_rule_frame(ar)) return true;
  return false;
}

// "name:123:" at the start of text: the length of that prefix including the colon, else 0.
std::size_t location_prefix(const std::string& text, const std::string& name) {
  if (text.compare(0, name.size(), name) != 0 || text.size() <= name.size() || text[name.size()] != ':') return 0;
  std::size_t i = name.size() + 1, digits = i;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i == digits || i >= text.size() || text[i] != ':') return 0;
  return i + 1;
}

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
  if (nsize > old && self->memory_limit_ && self->used_ + (nsize - old) > self->memory_limit_) {
    // Out of memory raises no message handler: note the rule's line here (reading the stack
    // allocates nothing).
    lua_Debug ar;
    if (self->L_ && !self->error_line_ && find_rule_frame(self->L_, 0, ar)) {
      std::snprintf(self->error_file_, sizeof self->error_file_, "%s", ar.short_src);
      self->error_line_ = ar.currentline;
    }
    return nullptr;
  }
  void* p = std::realloc(ptr, nsize);
  if (!p) return nullptr;
  self->used_ = self->used_ - old + nsize;
  self->peak_ = std::max(self->peak_, self->used_);
  return p;
}

void LuaSandbox::count_hook(lua_State* L, lua_Debug*) {
  LuaSandbox* self = of(L);
  if (self->stop_ == Stop::kNone) {
    self->instructions_ += kHookInterval;
    bool out_of_instructions = self->instruction_limit_ && self->instructions_ > self->instruction_limit_;
    bool out_of_time = self->time_limit_.count() && std::chrono::steady_clock::now() > self->deadline_;
    if (!out_of_instructions && !out_of_time) return;
    self->stop_ = out_of_instructions ? Stop::kInstructions : Stop::kTime;
    self->tainted_ = true;
    // From now on stop at every instruction, so that a pcall in the rule cannot swallow the stop.
    lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
  } else {
    self->instructions_ += 1;
  }
  // Name the rule's line, not the prelude's or a C function's that happened to be running.
  lua_Debug where;
  if (find_rule_frame(L, 0, where))
    lua_pushfstring(L, "%s:%d: ", where.short_src, where.currentline);
  else
    lua_pushliteral(L, "");
  if (self->stop_ == Stop::kTime)
    lua_pushfstring(L, "stopped: time limit of %d ms exceeded",
                    static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(self->time_limit_).count()));
  else if (self->stop_ == Stop::kMemory)
    lua_pushfstring(L, "stopped: memory cap of %d KiB exceeded", static_cast<int>(self->memory_budget_ / 1024));
  else
    lua_pushfstring(L, "stopped: instruction budget of %I exceeded",
                    static_cast<lua_Integer>(self->instruction_limit_));
  lua_concat(L, 2);
  lua_error(L);
}

// Once a limit has stopped the rule, a pcall inside the rule must not let it carry on.
int LuaSandbox::rethrow_if_stopped(lua_State* L, int status) {
  if (status == LUA_ERRMEM && memory_limit_ && stop_ == Stop::kNone) {
    stop_ = Stop::kMemory;
    tainted_ = true;
    lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);  // as for the other stops: no more instructions
  }
  if (stop_ != Stop::kNone) return lua_error(L);
  return 0;
}

// Runs where the error was raised, before the stack unwinds: records the rule file and line running
// then. Trusted C, and it calls nothing a rule could have changed (no __tostring, no __index).
int LuaSandbox::message_handler(lua_State* L) {
  LuaSandbox* self = of(L);
  lua_Debug ar;
  if (find_rule_frame(L, 1, ar)) {
    std::snprintf(self->error_file_, sizeof self->error_file_, "%s", ar.short_src);
    self->error_line_ = ar.currentline;
  }
  return 1;  // the error object, unchanged
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
  lua_pushvalue(L, 1);   // handler
  lua_rotate(L, -2, 1);  // handler, error
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

// __index of the rule globals: reached when a rule reads a name that no one defined, such as a misspelt
// constant (`if SICKNES_HIGH then`), which would otherwise read as nil and never fire (a withheld
// standard global still reads as nil). As Redis does
// for its scripts (luaSetErrorMetatable), the read raises, naming the variable and the closest name
// the reader could have meant: a rule global, or a local or upvalue of the function that read it.
int LuaSandbox::undefined_global(lua_State* L) {
  {
    std::string message;
    if (lua_type(L, 2) != LUA_TSTRING) {
      message = std::string("undefined global (a ") + luaL_typename(L, 2) + " key)";
    } else {
      std::string name = lua_tostring(L, 2);
      const auto& withheld = withheld_globals();
      if (std::find(withheld.begin(), withheld.end(), name) != withheld.end()) {
        lua_pushnil(L);
        return 1;
      }
      std::vector<std::string> known;
      lua_pushnil(L);
      while (lua_next(L, 1)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING) known.push_back(lua_tostring(L, -1));
      }
      lua_Debug ar;
      if (lua_getstack(L, 1, &ar)) {
        for (int i = 1; const char* local = lua_getlocal(L, &ar, i); ++i) {
          lua_pop(L, 1);
          if (local[0] != '(') known.push_back(local);
        }
        if (lua_getinfo(L, "f", &ar)) {
          for (int i = 1; const char* up = lua_getupvalue(L, -1, i); ++i) {
            lua_pop(L, 1);
            if (*up && std::strcmp(up, "_ENV") != 0) known.push_back(up);
          }
          lua_pop(L, 1);
        }
      }
      std::string suggestion = did_you_mean(name, known);
      message = "undefined global '" + valid_utf8_text(name, 100) + "'" +
                (suggestion.empty() ? ": not a local of this file, a rule helper or a standard function" : suggestion);
    }
    luaL_where(L, 1);
    lua_pushlstring(L, message.data(), message.size());
    lua_concat(L, 2);
  }
  return lua_error(L);
}

const std::vector<std::string>& LuaSandbox::withheld_globals() {
  static const std::vector<std::string> names = {
      "_G",      "bit32",  "collectgarbage", "coroutine", "debug",  "dofile", "gcinfo",  "getfenv",
      "io",      "jit",    "load",           "loadfile",  "loadstring", "module", "newproxy", "os",
      "package", "print",  "require",        "setfenv",   "unpack", "warn"};
  return names;
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
  const luaL_Reg libraries[] = {{LUA_GNAME, luaopen_base},
                                {LUA_STRLIBNAME, luaopen_string},
                                {LUA_TABLIBNAME, luaopen_table},
                                {LUA_MATHLIBNAME, luaopen_math},
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
  // A name that is neither a rule global nor the file's own is a mistake: reading it raises.
  lua_newtable(L);
  lua_pushcfunction(L, undefined_global);
  lua_setfield(L, -2, "__index");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
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
  lua_pushstring(L_, name);
  lua_pushcclosure(L_, fn, 1);
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

std::chrono::nanoseconds LuaSandbox::time_limit_for(std::uint64_t instructions) {
  if (!instructions) return std::chrono::nanoseconds(0);
  auto per = kTimePerInstruction.count();
  auto scaled = instructions > static_cast<std::uint64_t>(INT64_MAX / per)
                    ? INT64_MAX
                    : static_cast<std::int64_t>(instructions) * per;
  return std::max(kMinimumTime, std::chrono::nanoseconds(scaled));
}

void LuaSandbox::arm(std::uint64_t instructions, std::size_t memory) {
  instructions_ = 0;
  instruction_limit_ = instructions;
  armed_base_ = used_;
  peak_ = used_;
  memory_budget_ = memory;
  memory_limit_ = memory ? used_ + memory : 0;
  time_limit_ = time_limit_for(instructions);
  deadline_ = std::chrono::steady_clock::now() + time_limit_;
  stop_ = Stop::kNone;
  lua_sethook(L_, count_hook, LUA_MASKCOUNT, kHookInterval);
}

void LuaSandbox::disarm() {
  instruction_limit_ = 0;
  memory_limit_ = 0;
  time_limit_ = std::chrono::nanoseconds(0);
  lua_sethook(L_, count_hook, LUA_MASKCOUNT, kHookInterval);
  // A rule may keep what it builds in a file-level local, a little more each evaluation: within its
  // per-rule budget every time, without bound over time. Once the state holds more than a budget
  // above its resting size after a full collection, it is no longer fit to be reused.
  if (resting_ && memory_budget_ && used_ > resting_ + memory_budget_) {
    lua_gc(L_, LUA_GCCOLLECT);
    if (used_ > resting_ + memory_budget_) tainted_ = true;
  }
}

void LuaSandbox::settle() {
  lua_gc(L_, LUA_GCCOLLECT);
  resting_ = used_;
}

bool LuaSandbox::call(int nargs, std::string& error) {
  // The message handler goes below the function and its arguments.
  int base = lua_gettop(L_) - nargs;
  lua_pushcfunction(L_, message_handler);
  lua_insert(L_, base);
  error_file_[0] = 0;
  error_line_ = 0;
  int status = lua_pcall(L_, nargs, 0, base);
  lua_remove(L_, base);
  if (status == LUA_ERRMEM && memory_limit_) {
    stop_ = Stop::kMemory;
    tainted_ = true;
  }
  if (status == LUA_OK) return true;
  std::string text;
  if (stop_ == Stop::kMemory) {
    text = "stopped: memory cap of " + std::to_string(memory_budget_ / 1024) + " KiB exceeded";
  } else if (lua_type(L_, -1) == LUA_TSTRING) {
    std::size_t length = 0;
    const char* s = lua_tolstring(L_, -1, &length);  // never __tostring: it is rule code, outside any budget
    text.assign(s, std::min(length, 4 * kMaxErrorBytes));
  } else {
    text = std::string("error raised with a ") + luaL_typename(L_, -1) + " value instead of a message";
  }
  lua_pop(L_, 1);
  // Errors raised inside the prelude's guards carry the prelude's position: not the rule author's.
  if (std::size_t p = location_prefix(text, "prelude")) text.erase(0, p + (p < text.size() && text[p] == ' '));
  // The location is where the error was raised, in the rule file running then. A message may carry
  // another position of that same file (error(msg, 2)); any other position is the rule's own text.
  if (error_line_ > 0 && !location_prefix(text, error_file_))
    text = std::string(error_file_) + ":" + std::to_string(error_line_) + ": " + text;
  error = valid_utf8_text(text, kMaxErrorBytes);
  return false;
}

}  // namespace trynext
