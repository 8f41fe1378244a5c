// Rule directories the benchmark makes: the subset of the default rules (copied out of rules/*.lua, so
// it follows the rules as they change), and synthetic rule sets of any size from one template rule.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "trynext/catalogue.h"

namespace trynext_bench {

// Writes into out one file per source file, holding that file's preamble (its comments, named
// thresholds and local helpers: everything before its first `rule {`) and only the rules with these
// ids. Throws when an id is not found.
void write_subset_rules(const std::filesystem::path& rules_dir, const std::vector<std::string>& ids,
                        const std::filesystem::path& out);

// Writes `count` rules made from one template, ten to a file: each reads a team threshold, an answer
// and the concerns list, and recommends one intervention; thresholds and inputs vary with the rule's
// number so that some fire and some do not.
void write_synthetic_rules(const trynext::Catalogue& catalogue, int count, const std::filesystem::path& out);

}  // namespace trynext_bench
