// One Lua state made safe for rules written by others: a capped allocator, an instruction budget
// and a time limit enforced by a count hook, only the string, table, math and utf8 libraries
// (frozen, with the functions that could loop in C guarded), and no way to reach files, the OS, the
// loader or the garbage collector. See SECURITY.md for what it guarantees and what it does not.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <lua.hpp>

namespace trynext {

class LuaSandbox {
 public:
  enum class Stop { kNone, kInstructions, kMemory, kTime };

  LuaSandbox();
  ~LuaSandbox();
  LuaSandbox(const LuaSandbox&) = delete;
  LuaSandbox& operator=(const LuaSandbox&) = delete;

  lua_State* state() const { return L_; }
  static LuaSandbox* of(lua_State* L);  // the sandbox that owns L

  // Pushes the read-only table of globals that rules see (standard functions and rule helpers).
  // Reading a name it does not hold raises "undefined global 'name'" at the reader's line.
  void push_rule_globals() const;
  // The standard globals of Lua (5.1 to 5.4, and LuaJIT's) that the sandbox withholds: io, os, load,
  // unpack, ... A rule that reads one gets nil, not an error, so that feature tests such as
  // `unpack or table.unpack` keep working and a use of one fails with Lua's own message.
  static const std::vector<std::string>& withheld_globals();
  // Adds a function to the globals rules see, with its name as upvalue 1 (for its messages). Only
  // before the first rule is loaded.
  void add_global(const char* name, lua_CFunction fn);
  // Makes table t (at index) refuse every change from rules, rawset included.
  void mark_readonly(int index);

  // Limits for the code run next: instructions counted from now, memory above the current size,
  // and a wall-clock limit derived from the instruction budget (time_limit_for). Zero means no limit.
  void arm(std::uint64_t instructions, std::size_t memory);
  // Lifts the limits. If the state has kept more than a memory budget above its resting size (see
  // settle) even after a full collection, it is marked tainted so that its owner drops it.
  void disarm();
  // Collects all garbage and records the state's size as its resting size: call once the rules are
  // loaded, before the first evaluation.
  void settle();

  // The wall-clock limit arm() sets for an instruction budget: generous (a quarter of a microsecond
  // per instruction, at least 50 ms), for when each instruction does expensive work in C.
  static std::chrono::nanoseconds time_limit_for(std::uint64_t instructions);

  // Calls the function below nargs arguments on the stack, in protected mode. On failure returns
  // false and sets error to the message ("file:line: ...") or to the limit that stopped it. The
  // location is always that of the rule file running when the error was raised (a rule cannot
  // claim another file's), and the message is valid UTF-8 of at most kMaxErrorBytes.
  bool call(int nargs, std::string& error);
  static constexpr std::size_t kMaxErrorBytes = 1000;

  Stop stopped() const { return stop_; }
  bool tainted() const { return tainted_; }  // a limit was hit: discard this state
  std::uint64_t instructions_used() const { return instructions_; }
  std::size_t memory_peak() const { return peak_ - std::min(peak_, armed_base_); }
  std::size_t memory_in_use() const { return used_; }
  std::size_t memory_resting() const { return resting_; }
  std::uint64_t instruction_limit() const { return instruction_limit_; }
  std::size_t memory_limit() const { return memory_budget_; }

  void* user = nullptr;  // the evaluation in progress, for the rule API's C functions

 private:
  static void* allocate(void* ud, void* ptr, std::size_t osize, std::size_t nsize);
  static void count_hook(lua_State* L, lua_Debug* ar);
  static int protected_call(lua_State* L);    // pcall as rules see it
  static int protected_call_x(lua_State* L);  // xpcall as rules see it
  static int checked_setmetatable(lua_State* L);
  static int checked_rawset(lua_State* L);
  static int message_handler(lua_State* L);
  static int undefined_global(lua_State* L);
  void open_libraries();
  int rethrow_if_stopped(lua_State* L, int status);

  lua_State* L_ = nullptr;
  std::size_t used_ = 0, peak_ = 0, memory_limit_ = 0, armed_base_ = 0, memory_budget_ = 0, resting_ = 0;
  std::uint64_t instructions_ = 0, instruction_limit_ = 0;
  std::chrono::steady_clock::time_point deadline_{};
  std::chrono::nanoseconds time_limit_{0};  // zero: no deadline
  char error_file_[LUA_IDSIZE] = {};        // where the last error was raised, by message_handler
  int error_line_ = 0;
  Stop stop_ = Stop::kNone;
  bool tainted_ = false;
  int globals_ref_ = LUA_NOREF;      // the read-only globals proxy
  int raw_globals_ref_ = LUA_NOREF;  // the table behind it
  int readonly_ref_ = LUA_NOREF;     // weak set of read-only tables
};

}  // namespace trynext
