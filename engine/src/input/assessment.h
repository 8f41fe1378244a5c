// A validated assessment: the team's context, its answers and the factor scores computed from them,
// addressable by the paths rules use ("team.headcount", "answers.support.f", "factors.support.score").
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "trynext/catalogue.h"
#include "trynext/engine.h"
#include "trynext/result.h"

namespace trynext {

// Maps and sets keyed by path that can be searched with a std::string_view: the rule API looks paths
// up on every read, and a std::string made only to search would be an allocation per read.
struct PathHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <class T>
using PathMap = std::unordered_map<std::string, T, PathHash, std::equal_to<>>;
using PathSet = std::unordered_set<std::string, PathHash, std::equal_to<>>;

// The four answers an indicator may have, in the order the instrument lists them.
const std::vector<std::string>& answer_values();
bool is_answer_value(std::string_view s);

class Assessment {
 public:
  // Checks doc against the catalogue's instrument, adding every problem and warning to report.
  // The returned assessment is usable only when report.ok().
  static Assessment build(nlohmann::json doc, const Catalogue& catalogue, Validation& report);

  // The value at a path, or nullptr when the input does not give it.
  const nlohmann::json* find(std::string_view path) const;
  std::string json_at(std::string_view path) const;  // "null" when absent

  const std::vector<FactorScore>& factors() const { return factor_scores_; }
  const std::string& team_name() const { return team_name_; }
  const std::vector<std::string>& in_place() const { return in_place_; }
  // Outcome of an earlier try ("helped", "no_change", "worse"), or "" when not tried.
  std::string tried(const std::string& id) const;

  std::optional<bool> explain;  // as asked in the document
  std::optional<int> top_n;
  std::optional<bool> evidence_ids;  // "evidence": "ids" (true) or "full" (false), as asked

 private:
  void index(std::string& path, const nlohmann::json& value);  // path: the value's, returned unchanged

  std::unique_ptr<nlohmann::json> doc_;      // owns the team and answers
  std::unique_ptr<nlohmann::json> factors_;  // computed scores, as rules see them
  PathMap<const nlohmann::json*> paths_;
  std::vector<FactorScore> factor_scores_;
  std::string team_name_;
  std::vector<std::string> in_place_;
  std::vector<std::pair<std::string, std::string>> tried_;
};

// The paths a rule may read, from the instrument: "team.<field>", "answers.<indicator>",
// "factors.<factor>.<statistic>". Used to refuse misspelt reads with a suggestion.
class InputPaths {
 public:
  explicit InputPaths(const Catalogue& catalogue);
  bool known(std::string_view path) const;
  // The engine's own copy of a path of the instrument (not a list item), or null: it lives as long as
  // these paths do, so that a rule's reads are recorded without copying their text.
  const std::string* interned(std::string_view path) const {
    auto it = known_.find(path);
    return it == known_.end() ? nullptr : &*it;
  }
  bool is_list(std::string_view path) const;            // team.in_place, team.concerns, team.tried
  std::string suggestion(std::string_view path) const;  // did_you_mean text, or ""
  const std::vector<std::string>& all() const { return all_; }
  // For numeric paths: the valid range, when the instrument gives one.
  std::optional<std::pair<double, double>> range(std::string_view path) const;

 private:
  std::vector<std::string> all_;
  PathSet known_;
  PathMap<std::pair<double, double>> ranges_;
  std::vector<std::string> lists_;
};

}  // namespace trynext
