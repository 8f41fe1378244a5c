// Static check of the global names a rule file reads (see rule_globals.h). It follows Lua's scoping
// over the tokens of a file that compiles: blocks, functions and their parameters, loops, `local`
// (with attributes), `local function`, table keys, fields and labels. Where it cannot be exact it
// errs towards silence: a local counts from its own statement on (`local x = x` is not reported), and
// the locals of a repeat block stay visible after `until`.
#include "rules/rule_globals.h"

#include <algorithm>
#include <set>
#include <string_view>

#include "common/suggest.h"
#include "rules/lua_sandbox.h"
#include "rules/lua_tokens.h"
#include "rules/rule_api.h"

namespace trynext {

namespace {

bool is_keyword(std::string_view s) {
  static const std::set<std::string_view> keywords = {
      "and",  "break", "do",  "else", "elseif", "end",    "false", "for",  "function", "goto", "if",
      "in",   "local", "nil", "not",  "or",     "repeat", "return", "then", "true",     "until", "while"};
  return keywords.count(s) > 0;
}

bool compiles(const std::string& text) {
  lua_State* L = luaL_newstate();
  if (!L) return false;
  bool ok = luaL_loadbufferx(L, text.data(), text.size(), "=check", "t") == LUA_OK;
  lua_close(L);
  return ok;
}

// An open bracket, or a block with the locals declared in it so far.
struct Frame {
  char kind;  // '(', '[', '{'; 'B' a block; 'F' the loop variables of a for, closed with its do block
  std::vector<std::string_view> locals;
};

class Scanner {
 public:
  explicit Scanner(const std::vector<LuaToken>& t) : t_(t) { frames_.push_back({'B', {}}); }

  struct Read {
    std::string_view name;
    int line;
  };

  void run() {
    for (i_ = 0; i_ < t_.size(); ++i_) step();
  }

  const std::vector<Read>& reads() const { return reads_; }
  const std::set<std::string_view>& assigned() const { return assigned_; }
  const std::set<std::string_view>& declared() const { return declared_; }

 private:
  bool punct(std::size_t i, char c) const {
    return i < t_.size() && t_[i].kind == LuaToken::punct && t_[i].text[0] == c;
  }
  bool name(std::size_t i) const { return i < t_.size() && t_[i].kind == LuaToken::name && !is_keyword(t_[i].text); }
  bool keyword(std::size_t i, std::string_view k) const {
    return i < t_.size() && t_[i].kind == LuaToken::name && t_[i].text == k;
  }

  void declare(std::string_view n) {
    frames_.back().locals.push_back(n);
    declared_.insert(n);
  }
  bool is_local(std::string_view n) const {
    for (const auto& f : frames_)
      if (std::find(f.locals.begin(), f.locals.end(), n) != f.locals.end()) return true;
    return false;
  }
  void push_block(char kind = 'B') { frames_.push_back({kind, {}}); }
  // Closes the innermost block (and the brackets a broken file left open inside it).
  std::vector<std::string_view> pop_block() {
    while (frames_.size() > 1 && frames_.back().kind != 'B' && frames_.back().kind != 'F') frames_.pop_back();
    std::vector<std::string_view> locals;
    if (frames_.size() > 1) {
      locals = std::move(frames_.back().locals);
      frames_.pop_back();
    }
    return locals;
  }
  void close_bracket() {
    while (frames_.size() > 1 && (frames_.back().kind == 'B' || frames_.back().kind == 'F')) frames_.pop_back();
    if (frames_.size() > 1) frames_.pop_back();
  }

  // A name used as a variable at token i: a read, or the target of an assignment.
  void reference(std::size_t i) {
    std::string_view n = t_[i].text;
    if (is_local(n)) return;
    char top = frames_.back().kind;
    if (top == 'B' || top == 'F') {
      std::size_t k = i + 1;
      while (punct(k, ',') && name(k + 1)) k += 2;
      if (punct(k, '=') && !punct(k + 1, '=')) {
        assigned_.insert(n);
        return;
      }
    }
    reads_.push_back({n, t_[i].line});
  }

  // At `function`: an optional name (a.b:c), the parameters, then the body's block.
  void function() {
    std::size_t k = i_ + 1;
    std::vector<std::string_view> params;
    if (name(k)) {
      bool path = punct(k + 1, '.') || punct(k + 1, ':');
      if (path || local_function_) {
        if (path) reference_read(k);
      } else if (!is_local(t_[k].text)) {
        assigned_.insert(t_[k].text);
      }
      ++k;
      while ((punct(k, '.') || punct(k, ':')) && name(k + 1)) {
        if (punct(k, ':')) params.push_back("self");
        k += 2;
      }
    }
    local_function_ = false;
    if (punct(k, '(')) {
      for (++k; k < t_.size() && !punct(k, ')'); ++k)
        if (name(k)) params.push_back(t_[k].text);
    }
    push_block();
    for (auto p : params) declare(p);
    i_ = k;  // at ')'
  }

  void reference_read(std::size_t i) {
    if (!is_local(t_[i].text)) reads_.push_back({t_[i].text, t_[i].line});
  }

  void step() {
    const LuaToken& tok = t_[i_];
    if (tok.kind == LuaToken::punct) {
      char c = tok.text[0];
      if (c == '(' || c == '[' || c == '{') frames_.push_back({c, {}});
      if (c == ')' || c == ']' || c == '}') close_bracket();
      if (c == ':' && punct(i_ + 1, ':')) i_ += name(i_ + 2) ? 4 : 1;  // ::label::
      return;
    }
    if (tok.kind != LuaToken::name) return;
    std::string_view w = tok.text;
    if (w == "local") {
      if (keyword(i_ + 1, "function") && name(i_ + 2)) {
        declare(t_[i_ + 2].text);
        local_function_ = true;
        return;
      }
      std::size_t k = i_ + 1;
      while (name(k)) {
        declare(t_[k].text);
        ++k;
        if (punct(k, '<') && name(k + 1) && punct(k + 2, '>')) k += 3;  // <const>, <close>
        if (!punct(k, ',')) break;
        ++k;
      }
      i_ = k - 1;
      return;
    }
    if (w == "function") return function();
    if (w == "for") {
      push_block('F');
      std::size_t k = i_ + 1;
      while (name(k)) {
        declare(t_[k].text);
        if (!punct(k + 1, ',')) break;
        k += 2;
      }
      i_ = k;
      return;
    }
    if (w == "do" || w == "then" || w == "repeat") return push_block();
    if (w == "elseif") {
      pop_block();
      return;
    }
    if (w == "else") {
      pop_block();
      return push_block();
    }
    if (w == "until") {
      // The condition after until still sees the block's locals: keep them in the enclosing block.
      auto locals = pop_block();
      for (auto l : locals) frames_.back().locals.push_back(l);
      return;
    }
    if (w == "end") {
      pop_block();
      if (frames_.size() > 1 && frames_.back().kind == 'F') pop_block();
      return;
    }
    if (w == "goto") {
      ++i_;
      return;
    }
    if (is_keyword(w)) return;
    // A field (a.b, a:b, but not the right of a .. b), or a key in a table constructor ({ b = 1 }).
    bool after_dot = i_ > 0 && punct(i_ - 1, '.') && !(i_ > 1 && punct(i_ - 2, '.'));
    bool after_colon = i_ > 0 && punct(i_ - 1, ':') && !(i_ > 1 && punct(i_ - 2, ':'));
    if (after_dot || after_colon) return;
    if (frames_.back().kind == '{' && punct(i_ + 1, '=') && !punct(i_ + 2, '=') &&
        (punct(i_ - 1, '{') || punct(i_ - 1, ',') || punct(i_ - 1, ';')))
      return;
    reference(i_);
  }

  const std::vector<LuaToken>& t_;
  std::size_t i_ = 0;
  std::vector<Frame> frames_;
  std::vector<Read> reads_;
  std::set<std::string_view> assigned_, declared_;
  bool local_function_ = false;
};

}  // namespace

const std::vector<std::string>& rule_global_names() {
  static const std::vector<std::string> names = [] {
    LuaSandbox sandbox;
    install_rule_api(sandbox);
    lua_State* L = sandbox.state();
    std::vector<std::string> out = LuaSandbox::withheld_globals();  // they read as nil
    out.push_back("_ENV");
    sandbox.push_rule_globals();
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      lua_pop(L, 1);
      if (lua_type(L, -1) == LUA_TSTRING) out.push_back(lua_tostring(L, -1));
    }
    lua_pop(L, 1);
    std::sort(out.begin(), out.end());
    return out;
  }();
  return names;
}

std::vector<Diagnostic> check_global_reads(const RuleSource& source, const std::vector<std::string>& known) {
  std::vector<Diagnostic> out;
  if (!compiles(source.text)) return out;
  std::vector<LuaToken> tokens = lua_tokens(source.text);
  Scanner scanner(tokens);
  scanner.run();
  std::vector<std::string> candidates = known;
  for (auto n : scanner.declared()) candidates.emplace_back(n);
  for (auto n : scanner.assigned()) candidates.emplace_back(n);
  std::set<std::pair<int, std::string_view>> reported;
  for (const auto& r : scanner.reads()) {
    if (std::binary_search(known.begin(), known.end(), std::string(r.name)) || scanner.assigned().count(r.name))
      continue;
    if (!reported.insert({r.line, r.name}).second) continue;
    std::string n(r.name);
    std::string message;
    if (scanner.declared().count(r.name)) {
      message = "reads \"" + n + "\" where no local of that name is in scope (this file declares one later or in "
                "another block), so reading it raises an error";
    } else {
      std::vector<std::string> others;
      for (const auto& c : candidates)
        if (c != n) others.push_back(c);
      message = "reads \"" + n + "\", which is not a local of this file, a rule helper or a standard function, "
                "so reading it raises an error" + did_you_mean(n, others);
    }
    out.push_back({source.file, r.line, "undefined_global", std::move(message), true});
  }
  return out;
}

}  // namespace trynext
