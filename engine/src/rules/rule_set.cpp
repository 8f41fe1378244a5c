#include "rules/rule_set.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "common/digest.h"
#include "common/suggest.h"
#include "common/vocabulary.h"
#include "input/json_text.h"
#include "rules/lua_tokens.h"
#include "rules/rule_globals.h"
#include "rules/rule_helpers.h"
#include "trynext/error.h"

namespace trynext {

namespace fs = std::filesystem;

static bool is_rule_file(const fs::path& relative) {
  std::string name = relative.filename().string();
  if (relative.extension() != ".lua") return false;
  if (name.size() > 6 && name.compare(name.size() - 6, 6, ".d.lua") == 0) return false;
  for (const auto& part : relative)
    if (part == "tests") return false;
  return true;
}

RuleFiles read_rule_files(const fs::path& given) {
  std::error_code ec;
  if (!fs::is_directory(given, ec))
    throw LoadError(given.string(), "rules_not_found", "no rules directory at " + fs::absolute(given).string());
  // A deployment swaps a symlink to roll out a rule set (`ln -sfn`, a rename): resolved once here, so
  // every file is read from the one directory the link named at this moment, never half of each.
  fs::path dir = fs::is_symlink(given, ec) ? fs::canonical(given, ec) : given;
  if (ec) throw LoadError(given.string(), "rules_not_found", "cannot resolve " + given.string() + ": " + ec.message());
  RuleFiles out;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    fs::path relative = it->path().lexically_relative(dir);
    if (!is_rule_file(relative)) continue;
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) throw LoadError(it->path().string(), "unreadable", "cannot read " + it->path().string());
    std::ostringstream text;
    text << in.rdbuf();
    out.sources.push_back({relative.generic_string(), text.str()});
  }
  if (ec) throw LoadError(dir.string(), "unreadable", "cannot list " + dir.string() + ": " + ec.message());
  std::sort(out.sources.begin(), out.sources.end(),
            [](const RuleSource& a, const RuleSource& b) { return a.file < b.file; });
  Digest digest;
  for (const auto& s : out.sources) {
    digest.add_field(s.file);
    digest.add_field(s.text);
  }
  out.digest = digest.hex();
  return out;
}

namespace {

// "team.caseload", "answers.support.a", "factors.support.met": a path the rule API reads.
bool looks_like_input_path(std::string_view s) {
  std::size_t dot = s.find('.');
  if (dot == std::string_view::npos || dot + 1 == s.size()) return false;
  std::string_view head = s.substr(0, dot);
  if (head != "team" && head != "answers" && head != "factors") return false;
  return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(dot), s.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'; });
}

// Bounds-checked questions about the tokens of one file.
class TokenShapes {
 public:
  explicit TokenShapes(const std::vector<LuaToken>& t) : t_(t) {}

  bool is(std::size_t i, LuaToken::Kind kind) const { return i < t_.size() && t_[i].kind == kind; }
  bool punct(std::size_t i, char c) const { return is(i, LuaToken::punct) && t_[i].text[0] == c; }
  const LuaToken& operator[](std::size_t i) const { return t_[i]; }
  std::size_t size() const { return t_.size(); }

 private:
  const std::vector<LuaToken>& t_;
};

}  // namespace

std::vector<Diagnostic> check_rule_sources(const std::vector<RuleSource>& sources, const Catalogue& catalogue,
                                           const InputPaths& paths) {
  std::vector<Diagnostic> out;
  std::vector<std::string> indicator_ids;
  for (const auto& i : catalogue.indicators) indicator_ids.push_back(i.id);

  for (const auto& source : sources) {
    std::vector<LuaToken> tokens = lua_tokens(source.text);
    TokenShapes t(tokens);
    auto report = [&](int line, const char* code, std::string message) {
      out.push_back({source.file, line, code, std::move(message), false});
    };
    auto check_path = [&](int line, const std::string& path) {
      if (!paths.known(path))
        report(line, "unknown_input",
               "reads \"" + path + "\", which the instrument does not define" + paths.suggestion(path));
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
      const LuaToken& tok = t[i];
      int line = tok.line;
      // "team.caseload" anywhere, as the rule API takes paths as strings.
      if (tok.kind == LuaToken::string && looks_like_input_path(tok.text)) check_path(line, std::string(tok.text));
      if (tok.kind != LuaToken::name) continue;

      // a.team.x, a.factors.x.y and a.answers["support.a"]: reads through the assessment view.
      if (tok.text == "a" && t.punct(i + 1, '.') && t.is(i + 2, LuaToken::name)) {
        std::string_view member = t[i + 2].text;
        if ((member == "team" || member == "factors") && t.punct(i + 3, '.') && t.is(i + 4, LuaToken::name)) {
          std::string path = std::string(member) + "." + std::string(t[i + 4].text);
          if (member == "factors" && t.punct(i + 5, '.') && t.is(i + 6, LuaToken::name))
            path += "." + std::string(t[i + 6].text);
          check_path(line, path);
        } else if (member == "answers" && t.punct(i + 3, '[') && t.is(i + 4, LuaToken::string) && t.punct(i + 5, ']')) {
          check_path(line, "answers." + std::string(t[i + 4].text));
        }
        continue;
      }

      const RuleHelper* helper = find_rule_helper(tok.text);
      if (!helper) continue;

      // answer("support.a", "met", ...) and answer_is_not(...): every argument a string.
      if (helper->check == HelperCheck::kAnswers && t.punct(i + 1, '(') && t.is(i + 2, LuaToken::string)) {
        std::vector<std::string_view> values;
        std::size_t k = i + 3;
        while (t.punct(k, ',') && t.is(k + 1, LuaToken::string)) values.push_back(t[k + 1].text), k += 2;
        if (!t.punct(k, ')')) continue;
        std::string indicator(t[i + 2].text);
        if (!catalogue.find_indicator(indicator))
          report(line, "unknown_input",
                 std::string(tok.text) + " of \"" + indicator + "\", which is not an indicator" +
                     did_you_mean(indicator, indicator_ids));
        for (std::string_view v : values)
          if (!is_answer_value(v))
            report(line, "invalid_answer",
                   "\"" + std::string(v) + "\" is not an answer (" + vocabulary::listed(answer_values()) + ")" +
                       did_you_mean(v, answer_values()));
        continue;
      }

      // at_least("team.x", 40) and its kin, with a literal number: can it ever be true?
      if (helper->check == HelperCheck::kThreshold && t.punct(i + 1, '(') && t.is(i + 2, LuaToken::string) &&
          t.punct(i + 3, ',')) {
        std::size_t k = i + 4;
        bool negative = t.punct(k, '-');
        if (negative) ++k;
        if (!t.is(k, LuaToken::number) || !t.punct(k + 1, ')')) continue;
        std::string written = (negative ? "-" : "") + std::string(t[k].text);
        char* end = nullptr;
        double n = std::strtod(written.c_str(), &end);
        if (end != written.c_str() + written.size()) continue;
        std::string path(t[i + 2].text);
        auto range = paths.range(path);
        if (!range) continue;
        auto [lo, hi] = *range;
        std::string_view op = tok.text;
        if (helper->never_true(n, lo, hi))
          report(line, "never_true",
                 std::string(op) + "(\"" + path + "\", " + written + ") can never be true: " + path + " is between " +
                     number_text(lo) + " and " + number_text(hi) + ", so a rule that needs it can never fire");
      }
    }
    for (auto& d : check_global_reads(source, rule_global_names())) out.push_back(std::move(d));
  }
  return out;
}

}  // namespace trynext
