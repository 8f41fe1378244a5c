// A small Lua tokenizer for the load-time checks of rule files.
//
// It splits source text into names, strings, numbers and punctuation, dropping comments, so the
// checks can look for shapes such as answer("support.a", "met") without regular expressions
// (std::regex recurses once per character and overflows the stack on long lines). It is not a
// parser: anything it does not recognise becomes a one-character punctuation token.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trynext {

struct LuaToken {
  enum Kind { name, string, number, punct } kind;
  std::string_view text;  // a name or number as written, a string's contents without quotes, or one character
  int line;               // 1-based
};

std::vector<LuaToken> lua_tokens(std::string_view source);

}  // namespace trynext
