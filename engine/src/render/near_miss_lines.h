// The near misses as the HTML and Markdown reports say them: only the sentences written for people
// (RuleTrace::near_miss: titles, fields in words, values rounded), never the rule trace's own
// wording (paths such as answers.support.c, raw values), which is trynext explain's. Each sentence
// once, in the rules' order.
#pragma once

#include <string>
#include <vector>

#include "render/report_model.h"

namespace trynext::report {

inline std::vector<std::string> near_miss_lines(const Report& report) {
  std::vector<std::string> lines;
  for (const auto& miss : report.near_misses)
    for (const auto& line : report.trace.rules) {
      if (line.rule.rule != miss.rule) continue;
      for (const auto& s : line.rule.near_miss) {
        bool seen = false;
        for (const auto& l : lines) seen = seen || l == s;
        if (!seen) lines.push_back(s);
      }
    }
  return lines;
}

}  // namespace trynext::report
