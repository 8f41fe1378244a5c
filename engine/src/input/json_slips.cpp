// The diagnosis of a JSON slip (json_slips.h). A small lexer reads the text up to where the parser
// stopped, keeping the open brackets and the last tokens, and matches the slips people make when they
// fill in the template by hand. It only explains: the parser has already refused the text.
#include "input/json_slips.h"

#include <algorithm>
#include <charconv>
#include <vector>

#include "input/json_text.h"

namespace trynext {

namespace {

enum class Kind {
  string,                // "..."
  unterminated_string,   // a " with no closing " on its line
  single_quoted,         // '...'
  number,                // -12.5e3
  word,                  // Northfield, true, yes
  punct,                 // { } [ ] : ,
  percent,               // %
  hash,                  // #
  curly_quote,           // “ ” ‘ ’ (as word processors write quotes)
  unterminated_comment,  // /* with no */
  other,                 // any other character
  end,                   // the end of the text
};

struct Token {
  Kind kind = Kind::end;
  std::size_t start = 0, end = 0;
  bool key = false;  // a string where an object's name goes
};

bool is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

class Lexer {
 public:
  explicit Lexer(std::string_view text) : t_(text) {
    if (t_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;  // a byte order mark, which the parser skips too
  }

  Token next() {
    skip_space_and_comments();
    Token k;
    k.start = i_;
    if (unterminated_comment_) {
      k.kind = Kind::unterminated_comment;
      k.start = comment_start_;
      k.end = t_.size();
      i_ = t_.size();
      return k;
    }
    if (i_ >= t_.size()) {
      k.kind = Kind::end;
      k.end = i_;
      return k;
    }
    unsigned char c = static_cast<unsigned char>(t_[i_]);
    if (c == '"') {
      k.kind = Kind::unterminated_string;  // until its closing quote is found
      for (++i_; i_ < t_.size() && t_[i_] != '\n'; ++i_) {
        if (t_[i_] == '\\') {
          ++i_;
        } else if (t_[i_] == '"') {
          ++i_;
          k.kind = Kind::string;
          break;
        }
      }
      i_ = std::min(i_, t_.size());
    } else if (c == '\'') {
      k.kind = Kind::single_quoted;
      std::size_t close = t_.find_first_of("'\n", i_ + 1);
      i_ = close == std::string_view::npos ? t_.size() : t_[close] == '\'' ? close + 1 : close;
    } else if (is_digit(c) || c == '-') {
      k.kind = Kind::number;
      while (i_ < t_.size() &&
             (is_digit(t_[i_]) || t_[i_] == '-' || t_[i_] == '+' || t_[i_] == '.' || t_[i_] == 'e' || t_[i_] == 'E'))
        ++i_;
    } else if (curly_quote(i_)) {
      k.kind = Kind::curly_quote;
      i_ += 3;
    } else if (is_letter(c)) {
      k.kind = Kind::word;
      while (i_ < t_.size() && (is_letter(t_[i_]) || is_digit(t_[i_])) && !curly_quote(i_)) ++i_;
    } else {
      k.kind = c == '%'                                                       ? Kind::percent
               : c == '#'                                                     ? Kind::hash
               : std::string_view("{}[]:,").find(c) != std::string_view::npos ? Kind::punct
                                                                              : Kind::other;
      ++i_;
    }
    k.end = i_;
    return k;
  }

 private:
  bool curly_quote(std::size_t at) const {
    return t_.substr(at, 2) == "\xE2\x80" && at + 2 < t_.size() &&
           (t_[at + 2] == '\x98' || t_[at + 2] == '\x99' || t_[at + 2] == '\x9C' || t_[at + 2] == '\x9D');
  }

  void skip_space_and_comments() {
    while (i_ < t_.size()) {
      char c = t_[i_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++i_;
      } else if (t_.substr(i_, 2) == "//") {
        std::size_t eol = t_.find('\n', i_);
        i_ = eol == std::string_view::npos ? t_.size() : eol;
      } else if (t_.substr(i_, 2) == "/*") {
        std::size_t close = t_.find("*/", i_ + 2);
        if (close == std::string_view::npos) {
          unterminated_comment_ = true;
          comment_start_ = i_;
          return;
        }
        i_ = close + 2;
      } else {
        return;
      }
    }
  }

  std::string_view t_;
  std::size_t i_ = 0;
  bool unterminated_comment_ = false;
  std::size_t comment_start_ = 0;
};

struct Open {
  char bracket;
  std::size_t at;
};

class Diagnosis {
 public:
  explicit Diagnosis(std::string_view text) : t_(text) {}

  std::string at_error(std::size_t error_at) {
    Lexer lexer(t_);
    Token previous;  // Kind::end until a first token is read
    bool any = false;
    for (;;) {
      Token token = lexer.next();
      if (token.kind == Kind::string && !open_.empty() && open_.back().bracket == '{' && any &&
          previous.kind == Kind::punct && (ch(previous) == '{' || ch(previous) == ','))
        token.key = true;
      bool here = token.kind == Kind::end || token.kind == Kind::unterminated_comment ||
                  // The parser stops inside a word ("no" for null stops at the "o") or just after it, and
                  // on the end of the line that an unclosed string runs into.
                  ((token.kind == Kind::word || token.kind == Kind::unterminated_string) ? error_at <= token.end
                                                                                         : error_at < token.end);
      if (here) return diagnose(token, any ? &previous : nullptr);
      if (token.kind == Kind::punct) {
        char c = ch(token);
        if (c == '{' || c == '[') open_.push_back({c, token.start});
        if ((c == '}' || c == ']') && !open_.empty()) open_.pop_back();
      }
      previous = token;
      any = true;
    }
  }

 private:
  char ch(const Token& k) const { return k.start < t_.size() ? t_[k.start] : '\0'; }
  std::string_view text(const Token& k) const { return t_.substr(k.start, k.end - k.start); }

  std::string where(std::size_t offset) const {
    int line = 0, column = 0;
    line_and_column(t_, offset, line, column);
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
  }

  static std::string quoted(std::string_view s) { return "\"" + valid_utf8_text(s, 60) + "\""; }
  // A token as the message shows it: a string as written, anything else as written too, cut short.
  std::string quoted_token(const Token& k) const {
    std::string_view s = text(k);
    return k.kind == Kind::string ? valid_utf8_text(s, 62) : valid_utf8_text(s, 60);
  }

  static bool value_start(const Token& k, char c) {
    return k.kind == Kind::string || k.kind == Kind::number || k.kind == Kind::word ||
           (k.kind == Kind::punct && (c == '{' || c == '['));
  }
  bool value_end(const Token& k) const {
    char c = ch(k);
    return (k.kind == Kind::string && !k.key) || k.kind == Kind::number || k.kind == Kind::word ||
           (k.kind == Kind::punct && (c == '}' || c == ']'));
  }

  // The text a bare word starts: up to the end of the line, a comma, a bracket or a comment.
  std::string_view phrase_from(std::size_t start) const {
    std::size_t end = start;
    while (end < t_.size() && std::string_view(",}]:\n\r").find(t_[end]) == std::string_view::npos &&
           t_.substr(end, 2) != "//")
      ++end;
    while (end > start && (t_[end - 1] == ' ' || t_[end - 1] == '\t')) --end;
    return t_.substr(start, end - start);
  }

  std::string diagnose(const Token& k, const Token* previous) {
    char c = ch(k);
    switch (k.kind) {
      case Kind::unterminated_comment:
        return "close the comment that starts at " + where(k.start) + " with */";
      case Kind::curly_quote:
        return "replace the curly quote at " + where(k.start) +
               " with a straight double quote (\"): JSON reads only straight quotes";
      case Kind::single_quoted: {
        std::string_view inner = text(k).substr(1);
        if (!inner.empty() && inner.back() == '\'') inner.remove_suffix(1);
        return "use double quotes at " + where(k.start) + ": write " + quoted(inner) +
               " (JSON allows no single quotes)";
      }
      case Kind::unterminated_string:
        return "close the text that starts at " + where(k.start) + " with a double quote (\") on the same line";
      case Kind::percent:
        if (previous && previous->kind == Kind::number) {
          std::string_view digits = text(*previous);
          double n = 0;
          auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
          if (error == std::errc() && end == digits.data() + digits.size())
            return "write " + std::string(digits) + "% at " + where(previous->start) +
                   " as a share: " + number_text(n / 100) + " (JSON numbers have no percent sign)";
        }
        return "remove the % at " + where(k.start) + " (JSON numbers have no percent sign; write a share, 0.7 for 70%)";
      case Kind::hash:
        return "start the comment at " + where(k.start) + " with // instead of # (or remove it)";
      case Kind::end:
        if (!previous) return "the text is empty: `trynext assessment template` prints an assessment to fill in";
        if (!open_.empty()) {
          const Open& o = open_.back();
          return "the text ends before the " + std::string(1, o.bracket) + " at " + where(o.at) + " is closed: add " +
                 (o.bracket == '{' ? "}" : "]") + " at the end";
        }
        return "";
      default:
        break;
    }
    if (k.kind == Kind::punct && (c == '}' || c == ']')) {
      if (previous && previous->kind == Kind::punct && ch(*previous) == ',')
        return "remove the comma at " + where(previous->start) + " (JSON allows no comma after the last item)";
      if (open_.empty()) return "remove the " + std::string(1, c) + " at " + where(k.start) + ": nothing is open there";
      const Open& o = open_.back();
      char expected = o.bracket == '{' ? '}' : ']';
      if (c != expected)
        return "the " + std::string(1, c) + " at " + where(k.start) + " does not close the " +
               std::string(1, o.bracket) + " at " + where(o.at) + ": close it with " + std::string(1, expected);
    }
    if (open_.empty() && previous && previous->kind == Kind::punct && (ch(*previous) == '}' || ch(*previous) == ']'))
      return "the assessment ends at " + where(previous->start) + ", and more follows at " + where(k.start) +
             ": remove it, or an extra " + std::string(1, ch(*previous)) + " before it";
    // A word straight after a string ("Northfield, "headcount): a closing quote left out earlier.
    if (k.kind == Kind::word && previous && previous->kind == Kind::string && previous->end == k.start)
      return "check the double quotes of " + quoted_token(*previous) + " at " + where(previous->start) +
             ": one is missing or one too many";
    if (k.kind == Kind::word) {
      std::string lower;
      for (char x : text(k)) lower += (x >= 'A' && x <= 'Z') ? static_cast<char>(x - 'A' + 'a') : x;
      bool literal = lower == "true" || lower == "false" || lower == "null";
      if (literal && lower != text(k))
        return "write " + lower + " at " + where(k.start) + " (JSON's true, false and null are in lower case)";
      if (lower == "nan" || lower == "infinity" || lower == "inf" || lower == "undefined")
        return "write a number at " + where(k.start) + " instead of " + std::string(text(k)) +
               ", or null when the figure is not known";
      if (!literal) {
        bool name = !open_.empty() && open_.back().bracket == '{' && previous && previous->kind == Kind::punct &&
                    (ch(*previous) == '{' || ch(*previous) == ',');
        if (name) return "put the name at " + where(k.start) + " in double quotes: " + quoted(text(k));
        return "put the text at " + where(k.start) + " in double quotes: " + quoted(phrase_from(k.start));
      }
    }
    if (k.kind == Kind::other && c == '=' && previous && previous->key)
      return "write a colon (:) instead of = at " + where(k.start);
    if (previous && value_start(k, c)) {
      if (previous->key)
        return "add a colon (:) after the name " + std::string(text(*previous)) + " at " + where(previous->start);
      if (value_end(*previous)) {
        return "add a comma at " + where(previous->end) + ", after " + quoted_token(*previous) +
               " (the items of a list or an object are separated by commas)";
      }
    }
    return "";
  }

  std::string_view t_;
  std::vector<Open> open_;
};

}  // namespace

std::string diagnose_json_slip(std::string_view text, std::size_t error_at) {
  return Diagnosis(text).at_error(error_at);
}

}  // namespace trynext
