#include "rule_set.h"

#include <algorithm>
#include <regex>
#include <fstream>
#include <sstream>

#include "digest.h"
#include "suggest.h"
#include "trynext/error.h"

namespace trynext {

namespace fs = std::filesystem;

static bool is_rule_file(const fs::path& relative) {
  std::string name = relative.filename().string();
  if (relative.extension() != ".lua") return false;
  if (name.size() > 6 && name.compare(name.size() - 6, 6, ".d.lua") == 0) return false;
  for (const auto& part : relative) if (part == "tests") return false;
  return true;
}

RuleFiles read_rule_files(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw LoadError(dir.string(), "rules_not_found", "no rules directory at " + fs::absolute(dir).string());
  RuleFiles out;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
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
  std::sort(out.sources.begin(), out.sources.end(), [](const RuleSource& a, const RuleSource& b) { return a.file < b.file; });
  Digest digest;
  for (const auto& s : out.sources) {
    digest.add_field(s.file);
    digest.add_field(s.text);
  }
  out.digest = digest.hex();
  return out;
}

namespace {

int line_at(const std::string& text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// Comments are blanked out (keeping line breaks) so that examples in comments are not checked.
// A plain loop, not a regex: std::regex recurses once per character and a long comment would
// overflow the stack.
std::string without_comments(const std::string& text) {
  std::string out = text;
  auto blank = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to && i < out.size(); ++i)
      if (out[i] != '\n') out[i] = ' ';
  };
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != '-' || text[i + 1] != '-') continue;
    std::size_t j = i + 2, level = 0;
    if (j < text.size() && text[j] == '[') {
      std::size_t k = j + 1;
      while (k < text.size() && text[k] == '=') ++k, ++level;
      if (k < text.size() && text[k] == '[') {  // --[==[ long comment ]==]
        std::string close = "]" + std::string(level, '=') + "]";
        std::size_t end = text.find(close, k + 1);
        end = end == std::string::npos ? text.size() : end + close.size();
        blank(i, end);
        i = end - 1;
        continue;
      }
    }
    std::size_t end = text.find('\n', i);
    if (end == std::string::npos) end = text.size();
    blank(i, end);
    i = end;
  }
  return out;
}

// Longer lines are refused rather than scanned: the checks use std::regex, whose recursion grows
// with the length of what it matches. No rule needs a line this long.
constexpr std::size_t kMaxLineLength = 20000;

std::string number_text(double d) {
  std::ostringstream s;
  s << d;
  return s.str();
}

}  // namespace

std::vector<Diagnostic> check_rule_sources(const std::vector<RuleSource>& sources, const Catalogue& catalogue,
                                           const InputPaths& paths) {
  std::vector<Diagnostic> out;
  std::vector<std::string> indicator_ids;
  for (const auto& i : catalogue.indicators) indicator_ids.push_back(i.id);
  // Lua strings may be quoted either way.
  static const std::regex path_literal(R"re(["']((?:team|answers|factors)\.[A-Za-z0-9_.]+)["'])re");
  static const std::regex member_read(R"re(\ba\.(team|factors)\.([A-Za-z_][A-Za-z0-9_]*)(\.([A-Za-z_][A-Za-z0-9_]*))?)re");
  static const std::regex answer_read(R"re(\ba\.answers\[\s*["']([^"']*)["']\s*\])re");
  static const std::regex answer_call(R"re(\b(answer|answer_is_not)\(\s*["']([^"']*)["']((?:\s*,\s*["'][^"']*["'])*)\s*\))re");
  static const std::regex answer_value(R"re(["']([^"']*)["'])re");
  static const std::regex threshold(R"re(\b(at_least|at_most|above|below)\(\s*["']([^"']+)["']\s*,\s*(-?[0-9]+(?:\.[0-9]+)?)\s*\))re");

  for (const auto& source : sources) {
    std::string text = without_comments(source.text);
    auto report = [&](std::size_t at, const char* code, std::string message, bool warning = false) {
      out.push_back({source.file, line_at(text, at), code, std::move(message), warning});
    };
    std::size_t line_start = 0, longest = 0, longest_at = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
      if (i == text.size() || text[i] == '\n') {
        if (i - line_start > longest) { longest = i - line_start; longest_at = line_start; }
        line_start = i + 1;
      }
    if (longest > kMaxLineLength) {
      report(longest_at, "line_too_long", "a line of " + std::to_string(longest) + " characters; lines of rules must be at most " +
                                              std::to_string(kMaxLineLength) + " characters");
      continue;
    }
    auto check_path = [&](std::size_t at, const std::string& path) {
      if (!paths.known(path))
        report(at, "unknown_input", "reads \"" + path + "\", which the instrument does not define" + paths.suggestion(path));
    };
    for (auto it = std::sregex_iterator(text.begin(), text.end(), path_literal); it != std::sregex_iterator(); ++it)
      check_path(static_cast<std::size_t>(it->position()), (*it)[1]);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), member_read); it != std::sregex_iterator(); ++it) {
      std::string path = (*it)[1].str() + "." + (*it)[2].str();
      if ((*it)[1] == "factors" && (*it)[4].matched) path += "." + (*it)[4].str();
      check_path(static_cast<std::size_t>(it->position()), path);
    }
    for (auto it = std::sregex_iterator(text.begin(), text.end(), answer_read); it != std::sregex_iterator(); ++it)
      check_path(static_cast<std::size_t>(it->position()), "answers." + (*it)[1].str());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), answer_call); it != std::sregex_iterator(); ++it) {
      std::size_t at = static_cast<std::size_t>(it->position());
      std::string indicator = (*it)[2];
      if (!catalogue.find_indicator(indicator))
        report(at, "unknown_input", (*it)[1].str() + " of \"" + indicator + "\", which is not an indicator" +
                                        did_you_mean(indicator, indicator_ids));
      std::string values = (*it)[3];
      for (auto v = std::sregex_iterator(values.begin(), values.end(), answer_value); v != std::sregex_iterator(); ++v) {
        std::string answer = (*v)[1];
        if (answer != "met" && answer != "partly" && answer != "not_met" && answer != "unknown")
          report(at, "invalid_answer", "\"" + answer + "\" is not an answer (met, partly, not_met or unknown)" +
                                           did_you_mean(answer, {"met", "partly", "not_met", "unknown"}));
      }
    }
    for (auto it = std::sregex_iterator(text.begin(), text.end(), threshold); it != std::sregex_iterator(); ++it) {
      std::string op = (*it)[1], path = (*it)[2];
      double n = std::stod((*it)[3]);
      auto range = paths.range(path);
      if (!range) continue;
      auto [lo, hi] = *range;
      bool never = (op == "at_least" && n > hi) || (op == "above" && n >= hi) || (op == "at_most" && n < lo) ||
                   (op == "below" && n <= lo);
      if (never)
        report(static_cast<std::size_t>(it->position()), "never_true",
               op + "(\"" + path + "\", " + (*it)[3].str() + ") can never be true: " + path + " is between " +
                   number_text(lo) + " and " + number_text(hi) + ", so a rule that needs it can never fire");
    }
  }
  return out;
}

}  // namespace trynext
