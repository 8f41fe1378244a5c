#include "synthetic_rules.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <regex>
#include <set>
#include <stdexcept>

#include "bench_support.h"

namespace trynext_bench {

namespace fs = std::filesystem;

namespace {

// A rule block starts with a line "rule {" and ends with the next line "}" at the start of a line.
struct Block {
  std::string id;
  std::string text;
};

void split_rule_file(const std::string& text, std::string& preamble, std::vector<Block>& blocks) {
  static const std::regex id_line(R"re(^\s*id\s*=\s*"([a-z0-9_]+)")re");
  std::size_t pos = 0;
  bool in_rule = false;
  Block current;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    std::string line = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos + 1);
    pos = end == std::string::npos ? text.size() : end + 1;
    if (!in_rule && line.rfind("rule {", 0) == 0) {
      in_rule = true;
      current = Block{};
    }
    if (!in_rule) {
      if (blocks.empty()) preamble += line;
      continue;
    }
    current.text += line;
    std::smatch m;
    if (current.id.empty() && std::regex_search(line, m, id_line)) current.id = m[1];
    if (line.rfind("}", 0) == 0) {
      blocks.push_back(current);
      in_rule = false;
    }
  }
}

}  // namespace

void write_subset_rules(const fs::path& rules_dir, const std::vector<std::string>& ids, const fs::path& out) {
  fs::remove_all(out);
  fs::create_directories(out);
  std::set<std::string> wanted(ids.begin(), ids.end()), found;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(rules_dir))
    if (e.is_regular_file() && e.path().extension() == ".lua") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    if (f.filename() == "thresholds.lua") {  // the named thresholds every rule file reads: kept whole
      write_file(out / f.filename(), read_file(f));
      continue;
    }
    std::string preamble;
    std::vector<Block> blocks;
    split_rule_file(read_file(f), preamble, blocks);
    std::string kept;
    for (const auto& b : blocks)
      if (wanted.count(b.id)) {
        kept += "\n" + b.text;
        found.insert(b.id);
      }
    if (!kept.empty()) write_file(out / f.filename(), preamble + kept);
  }
  for (const auto& id : ids)
    if (!found.count(id)) throw std::runtime_error("subset rule \"" + id + "\" not found in " + rules_dir.string());
}

void write_synthetic_rules(const trynext::Catalogue& catalogue, int count, const fs::path& out) {
  fs::remove_all(out);
  fs::create_directories(out);
  std::vector<std::string> interventions, indicators, concerns;
  for (const auto& i : catalogue.interventions)
    if (i.on_request_only.empty()) interventions.push_back(i.id);
  for (const auto& i : catalogue.indicators) indicators.push_back(i.id);
  for (const auto& f : catalogue.fields)
    if (f.name == "concerns") concerns = f.values;
  if (interventions.empty() || indicators.empty() || concerns.empty())
    throw std::runtime_error("the catalogue has no interventions, indicators or concerns to make rules from");

  const char* kTemplate = R"(rule {
  id = "synthetic_%05d",
  title = "Synthetic rule %d",
  description = "Made by trynext_bench from one template, for timing rule sets of different sizes.",
  sources = {
    { file = "000_d1d09049e0b9ad2c.txt", section = "benchmark template", lines = { 1, 2 } },
  },
  recommends = { "%s" },

  evaluate = function(a)
    local busy = at_least("team.caseload_per_practitioner", %d)
    local unmet = answer("%s", "not_met", "partly")
    if busy and (unmet or has("team.concerns", "%s")) then
      recommend {
        id = "%s",
        weight = %d,
        driver = "workload",
        because = fmt("Each practitioner holds %%g families and %s is not met (synthetic rule %d).",
                      a.team.caseload_per_practitioner),
      }
    end
  end,
}

)";
  std::string file_text;
  int file_number = 0;
  auto flush = [&] {
    if (file_text.empty()) return;
    char name[32];
    std::snprintf(name, sizeof name, "synthetic_%04d.lua", ++file_number);
    write_file(out / name, "-- Synthetic rules for the benchmark (tools/bench).\n\n" + file_text);
    file_text.clear();
  };
  for (int i = 1; i <= count; ++i) {
    const std::string& iv = interventions[static_cast<std::size_t>(i * 7) % interventions.size()];
    const std::string& ind = indicators[static_cast<std::size_t>(i * 13) % indicators.size()];
    const std::string& concern = concerns[static_cast<std::size_t>(i * 3) % concerns.size()];
    int threshold = 150 + (i * 37) % 400;
    char rule[4096];
    std::snprintf(rule, sizeof rule, kTemplate, i, i, iv.c_str(), threshold, ind.c_str(), concern.c_str(), iv.c_str(),
                  1 + i % 3, ind.c_str(), i);
    file_text += rule;
    if (i % 10 == 0) flush();
  }
  flush();
}

}  // namespace trynext_bench
