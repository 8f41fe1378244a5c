// The static checks of a rule set's thresholds (thresholds.h): which ids the rule files read, as
// literal threshold("id") calls, against what thresholds.lua declares (whenever rules load); and, for
// `trynext check`, the number constants a rule file still keeps to itself, which a policy lead could not
// find or change in the one reviewed place.
#include <algorithm>
#include <cctype>
#include <set>

#include "common/suggest.h"
#include "rules/lua_tokens.h"
#include "rules/rule_state.h"
#include "rules/thresholds.h"

namespace trynext {

namespace {

bool punct(const std::vector<LuaToken>& t, std::size_t i, char c) {
  return i < t.size() && t[i].kind == LuaToken::punct && t[i].text.size() == 1 && t[i].text[0] == c;
}

bool is(const std::vector<LuaToken>& t, std::size_t i, LuaToken::Kind kind) {
  return i < t.size() && t[i].kind == kind;
}

// SICKNESS_HIGH, MIN_ANSWERED: upper case, digits and underscores, with two letters at least.
bool constant_name(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (std::isupper(static_cast<unsigned char>(c)))
      ++letters;
    else if (!std::isdigit(static_cast<unsigned char>(c)) && c != '_')
      return false;
  }
  return letters >= 2 && !std::isdigit(static_cast<unsigned char>(s[0]));
}

}  // namespace

std::vector<Diagnostic> check_thresholds(const std::vector<RuleSource>& sources,
                                         const std::vector<Threshold>& thresholds) {
  std::vector<Diagnostic> out;
  std::vector<std::string> ids;
  for (const auto& t : thresholds) ids.push_back(t.id);
  std::set<std::string> read;

  for (const auto& source : sources) {
    if (source.file == kThresholdsFile) continue;
    std::vector<LuaToken> t = lua_tokens(source.text);
    for (std::size_t i = 0; i < t.size(); ++i) {
      // threshold("id") and threshold "id", not a field such as x.threshold.
      bool field = i > 0 && (punct(t, i - 1, '.') || punct(t, i - 1, ':'));
      if (is(t, i, LuaToken::name) && t[i].text == "threshold" && !field) {
        std::size_t k = punct(t, i + 1, '(') ? i + 2 : i + 1;
        if (is(t, k, LuaToken::string) && (k == i + 1 || punct(t, k + 1, ')'))) {
          std::string id(t[k].text);
          read.insert(id);
          if (std::find(ids.begin(), ids.end(), id) == ids.end())
            out.push_back({source.file, t[k].line, "unknown_threshold",
                           "reads threshold \"" + id + "\", which " + std::string(kThresholdsFile) +
                               " does not declare" + did_you_mean(id, ids)});
        }
      }
    }
  }
  for (const auto& t : thresholds)
    if (!read.count(t.id))
      out.push_back({t.file, t.line, "unused_threshold",
                     "threshold \"" + t.id + "\" is declared but no rule reads it (threshold(\"" + t.id +
                         "\")): remove it, or read it where it applies",
                     true});
  return out;
}

std::vector<Diagnostic> check_local_constants(const std::vector<RuleSource>& sources) {
  std::vector<Diagnostic> out;
  for (const auto& source : sources) {
    if (source.file == kThresholdsFile) continue;
    std::vector<LuaToken> t = lua_tokens(source.text);
    for (std::size_t i = 0; i < t.size(); ++i) {
      // local NAME = 0.05 (or -3): a number a policy lead cannot see from the thresholds file.
      if (is(t, i, LuaToken::name) && t[i].text == "local" && is(t, i + 1, LuaToken::name) &&
          constant_name(t[i + 1].text) && punct(t, i + 2, '=') && !punct(t, i + 3, '=')) {
        std::size_t k = punct(t, i + 3, '-') ? i + 4 : i + 3;
        bool alone = !(k + 1 < t.size() && t[k + 1].kind == LuaToken::punct &&
                       std::string_view("+-*/%^.,<>=~").find(t[k + 1].text[0]) != std::string_view::npos);
        if (is(t, k, LuaToken::number) && alone)
          out.push_back({source.file, t[i].line, "local_threshold",
                         "declares the number " + std::string(t[i + 1].text) + " = " + (k == i + 4 ? "-" : "") +
                             std::string(t[k].text) + " in the rule file: if it is a threshold, declare it in " +
                             std::string(kThresholdsFile) +
                             " (threshold { id = ..., value = ..., minimum = ..., maximum = ..., ... }) and read it "
                             "with threshold(\"id\"), so policy leads can review and change it",
                         true});
      }
    }
  }
  return out;
}

}  // namespace trynext
