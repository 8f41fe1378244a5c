// The closest candidate to a misspelt name, for the "did you mean" of messages (trynext/suggest.h).
#include "common/suggest.h"

#include <algorithm>

namespace trynext {

// Typed by hand, names differ from the instrument's mostly in case, spaces and hyphens, which an
// edit distance would overcount ("Not Met" is three edits from "not_met").
std::string name_form(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c == '\'' || word.substr(i, 3) == "\xE2\x80\x99") {  // an apostrophe, straight or curly
      if (c != '\'') i += 2;
    } else if (c == ' ' || c == '\t' || c == '-' || c == '_') {
      if (!out.empty() && out.back() != '_') out += '_';  // runs of separators read as one
    } else {
      out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  if (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

static std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  // The same name in other case or with spaces for underscores ("Partly", "not met").
  std::string form = name_form(word);
  if (form != word)
    for (const auto& c : candidates)
      if (name_form(c) == form) return c;
  // A shortened name ("caseload" for "caseload_per_practitioner") is a likely mistake too.
  if (word.size() >= 4)
    for (const auto& c : candidates)
      if (c.size() > word.size() && c.compare(0, word.size(), word) == 0 && c[word.size()] == '_') return c;
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;  // typos, not rewrites
  auto gap = [](std::string_view x, std::string_view y) {
    return x.size() > y.size() ? x.size() - y.size() : y.size() - x.size();
  };
  for (const auto& c : candidates) {
    // As written, and in the name form of both (candidates may be in capitals: rule globals).
    std::string c_form = name_form(c);
    if (gap(word, c) >= best_distance && gap(form, c_form) >= best_distance)
      continue;  // distance >= length difference: skip the O(n*m) tables
    std::size_t d = std::min(edit_distance(word, c), edit_distance(form, c_form));
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string m = closest_match(word, candidates);
  return m.empty() ? "" : " (did you mean \"" + m + "\"?)";
}

}  // namespace trynext
