#include "rules/lua_tokens.h"

namespace trynext {

namespace {

bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_name_char(char c) { return is_name_start(c) || is_digit(c); }

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  std::vector<LuaToken> run() {
    std::vector<LuaToken> out;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '\n') {
        ++line_;
        ++i_;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        ++i_;
        continue;
      }
      if (c == '-' && peek(1) == '-') {
        skip_comment();
        continue;
      }
      int line = line_;
      if (is_name_start(c)) {
        std::size_t from = i_;
        while (i_ < s_.size() && is_name_char(s_[i_])) ++i_;
        out.push_back({LuaToken::name, s_.substr(from, i_ - from), line});
      } else if (is_digit(c) || (c == '.' && is_digit(peek(1)))) {
        out.push_back({LuaToken::number, number(), line});
      } else if (c == '"' || c == '\'') {
        out.push_back({LuaToken::string, quoted(c), line});
      } else if (c == '[' && long_bracket_level() >= 0) {
        out.push_back({LuaToken::string, long_bracket(), line});
      } else {
        out.push_back({LuaToken::punct, s_.substr(i_, 1), line});
        ++i_;
      }
    }
    return out;
  }

 private:
  char peek(std::size_t ahead) const { return i_ + ahead < s_.size() ? s_[i_ + ahead] : '\0'; }

  // At '[': the level of a long bracket [==[ opening here, or -1 if there is none.
  int long_bracket_level() const {
    std::size_t k = i_ + 1;
    while (k < s_.size() && s_[k] == '=') ++k;
    return k < s_.size() && s_[k] == '[' ? static_cast<int>(k - i_ - 1) : -1;
  }

  // At a long bracket: its contents; moves past the closing bracket (or to the end if unclosed).
  std::string_view long_bracket() {
    int level = long_bracket_level();
    std::size_t open = i_ + static_cast<std::size_t>(level) + 2;
    std::string close = "]" + std::string(static_cast<std::size_t>(level), '=') + "]";
    std::size_t end = s_.find(close, open);
    std::size_t stop = end == std::string_view::npos ? s_.size() : end;
    for (std::size_t k = i_; k < stop; ++k) line_ += s_[k] == '\n';
    i_ = end == std::string_view::npos ? s_.size() : end + close.size();
    return s_.substr(open, stop - open);
  }

  void skip_comment() {
    i_ += 2;
    if (i_ < s_.size() && s_[i_] == '[' && long_bracket_level() >= 0) {
      long_bracket();
      return;
    }
    while (i_ < s_.size() && s_[i_] != '\n') ++i_;
  }

  // A quoted string's raw contents (escapes left as written); an unfinished string ends at the line.
  std::string_view quoted(char quote) {
    std::size_t from = ++i_;
    while (i_ < s_.size() && s_[i_] != quote && s_[i_] != '\n') {
      if (s_[i_] == '\\' && i_ + 1 < s_.size()) {
        if (s_[i_ + 1] == '\n') ++line_;
        ++i_;
      }
      ++i_;
    }
    std::string_view contents = s_.substr(from, i_ - from);
    if (i_ < s_.size() && s_[i_] == quote) ++i_;
    return contents;
  }

  // Digits, letters (hex digits, exponents), dots, and a sign straight after an exponent.
  std::string_view number() {
    std::size_t from = i_;
    while (i_ < s_.size()) {
      char c = s_[i_];
      bool sign_after_exponent = (c == '+' || c == '-') && i_ > from &&
                                 (s_[i_ - 1] == 'e' || s_[i_ - 1] == 'E' || s_[i_ - 1] == 'p' || s_[i_ - 1] == 'P');
      if (!is_name_char(c) && c != '.' && !sign_after_exponent) break;
      ++i_;
    }
    return s_.substr(from, i_ - from);
  }

  std::string_view s_;
  std::size_t i_ = 0;
  int line_ = 1;
};

}  // namespace

std::vector<LuaToken> lua_tokens(std::string_view source) { return Scanner(source).run(); }

}  // namespace trynext
