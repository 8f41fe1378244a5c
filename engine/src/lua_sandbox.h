// One Lua state made safe for rules written by others: a capped allocator, an instruction budget
// enforced by a count hook, only the string, table, math and utf8 libraries (frozen), and no way to
// reach files, the OS, the loader or the garbage collector. See SECURITY.md for what it guarantees.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include <lua.hpp>

namespace trynext {

class LuaSandbox {
 public:
  enum class Stop { kNone, kInstructions, kMemory };

  LuaSandbox();
  ~LuaSandbox();
  LuaSandbox(const LuaSandbox&) = delete;
  LuaSandbox& operator=(const LuaSandbox&) = delete;

  lua_State* state() const { return L_; }
  static LuaSandbox* of(lua_State* L);  // the sandbox that owns L

  // Pushes the read-only table of globals that rules see (standard functions and rule helpers).
  void push_rule_globals() const;
  // Adds a function to the globals rules see. Only before the first rule is loaded.
  void add_global(const char* name, lua_CFunction fn);
  // Makes table t (at index) refuse every change from rules, rawset included.
  void mark_readonly(int index);

  // Limits for the code run next: instructions counted from now, memory above the current size.
  // Zero means no limit.
  void arm(std::uint64_t instructions, std::size_t memory);
  void disarm();

  // Calls the function below nargs arguments on the stack, in protected mode. On failure returns
  // false and sets error to the message ("file:line: ...") or to the limit that stopped it.
  bool call(int nargs, std::string& error);

  Stop stopped() const { return stop_; }
  bool tainted() const { return tainted_; }  // a limit was hit: discard this state
  std::uint64_t instructions_used() const { return instructions_; }
  std::size_t memory_peak() const { return peak_ - std::min(peak_, armed_base_); }
  std::size_t memory_in_use() const { return used_; }
  std::uint64_t instruction_limit() const { return instruction_limit_; }
  std::size_t memory_limit() const { return memory_budget_; }

  void* user = nullptr;  // the evaluation in progress, for the rule API's C functions

 private:
  static void* allocate(void* ud, void* ptr, std::size_t osize, std::size_t nsize);
  static void count_hook(lua_State* L, lua_Debug* ar);
  static int protected_call(lua_State* L);      // pcall as rules see it
  static int protected_call_x(lua_State* L);    // xpcall as rules see it
  static int checked_setmetatable(lua_State* L);
  static int checked_rawset(lua_State* L);
  void open_libraries();
  int rethrow_if_stopped(lua_State* L, int status);

  lua_State* L_ = nullptr;
  std::size_t used_ = 0, peak_ = 0, memory_limit_ = 0, armed_base_ = 0, memory_budget_ = 0;
  std::uint64_t instructions_ = 0, instruction_limit_ = 0;
  Stop stop_ = Stop::kNone;
  bool tainted_ = false;
  int globals_ref_ = LUA_NOREF;   // the read-only globals proxy
  int raw_globals_ref_ = LUA_NOREF;  // the table behind it
  int readonly_ref_ = LUA_NOREF;  // weak set of read-only tables
};

}  // namespace trynext
