// What the rule API's functions share (rule_api.cpp, assessment_view.cpp): the evaluation's context,
// raising an error that names the rule's line, recording reads, and pushing assessment values to Lua.
// Private to engine/src/rules.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "rules/rule_api.h"

namespace trynext::rule_api_support {

// Lua reports errors with longjmp (or, built as C++, an exception that skips nothing), so every
// function here builds its error message first, lets its C++ objects go out of scope, and only then
// raises: raise() pushes the message and returns -1, and the caller returns lua_error(L).

RuleContext& context(lua_State* L);
// The running helper's name, which LuaSandbox::add_global gave it as upvalue 1.
const char* helper_name(lua_State* L);
// A weight as a message shows it: JSON has no NaN or infinity, so number_text would say null.
std::string weight_text(double w);
int raise(lua_State* L, const std::string& message);
void record_read(RuleContext& ctx, const std::string& path);
// Checks that a path names an input the instrument defines; else pushes a message and returns false.
bool check_path(lua_State* L, RuleContext& ctx, const char* fn, const std::string& path);
// The start of a condition helper fn reading path: it must run inside evaluate, on a known input; the
// read is recorded (unless record is false, for a helper that checks more first). Otherwise pushes the
// message and returns false.
bool start_reading(lua_State* L, RuleContext& ctx, const char* fn, const std::string& path, bool record = true);

// The string at table[key], or "" when it is absent or not a string.
std::string string_field(lua_State* L, int table, const char* key);
// Reads the list of sources at the top of the stack ({ { file = ..., section = ..., lines = { a, b } }, ...})
// into out, a problem for each entry without a file and lines; the list stays on the stack.
void read_source_list(lua_State* L, std::vector<SourceRef>& out, std::vector<std::string>& problems);

// The read-only, read-recording view of the assessment at path ("" for the whole), and plain values.
void push_view(lua_State* L, const std::string& path);
void push_json(lua_State* L, const nlohmann::json& v);

}  // namespace trynext::rule_api_support
