// Synthetic assessments for rule diffs, tests and benchmarks (`trynext corpus`), made from the
// instrument: every team field the catalogue defines, by its type, range, values and example, and an
// answer for most indicators. A "strain" drawn for each team moves all its signals together, so a
// corpus holds healthy teams, teams under pressure and everything between, not uniform noise.
#pragma once

#include <cstdint>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "trynext/catalogue.h"

namespace trynext {

class CorpusGenerator {
 public:
  // Keeps a reference to catalogue, which must outlive the generator.
  explicit CorpusGenerator(const Catalogue& catalogue);

  // Assessment number n (from 1) of the corpus seeded with seed: {"team": {...}, "answers": {...}},
  // valid against the catalogue's instrument. The same catalogue, seed and n give the same assessment
  // on every platform and whatever else is generated; a team's name says its number.
  nlohmann::json assessment(std::uint64_t seed, int n) const;

 private:
  const Catalogue& catalogue_;
  nlohmann::json team_schema_;  // the "team" object of assessment_schema(catalogue)
};

// Writes assessments 1 to count of the corpus seeded with seed into dir (created when missing) as
// team-00001.json, team-00002.json, ...: JSON with one space of indent and a final newline. Throws
// Error when dir cannot be created or a file cannot be written.
void write_corpus(const Catalogue& catalogue, std::uint64_t seed, int count, const std::filesystem::path& dir);

}  // namespace trynext
