// trynext diff OLD NEW --corpus DIR: what a rule change would change. Evaluates every assessment in
// the corpus with both rule sets and reports how many change, which interventions gain or lose, and
// worked examples; --fail-if-changed gates a rollout.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "common.h"
#include "trynext/json.h"

namespace trynext_cli {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct DiffFlags {
  std::string old_dir, new_dir, corpus, format = "text", catalogue;
  double fail_if_changed = -1;
  int examples = 3;
};

struct Change {
  std::string file;
  std::vector<std::string> before, after;
};

std::string join(const std::vector<std::string>& ids) {
  std::string s;
  for (const auto& id : ids) s += (s.empty() ? "" : ", ") + id;
  return s.empty() ? "(nothing)" : s;
}

std::vector<std::string> top_ids(const trynext::Result& r) {
  std::vector<std::string> ids;
  for (const auto& rec : r.recommendations) ids.push_back(rec.id);
  return ids;
}

void run(const DiffFlags& flags) {
  auto old_engine = load_engine({flags.old_dir, flags.catalogue});
  auto new_engine = load_engine({flags.new_dir, flags.catalogue});
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(flags.corpus, ec))
    if (e.path().extension() == ".json") files.push_back(e.path());
  if (ec || files.empty()) {
    complain("no assessments (*.json) in " + flags.corpus + " (make some with `trynext corpus --out " + flags.corpus +
             "`)");
    throw Exit{kBadInput};
  }
  std::sort(files.begin(), files.end());

  std::vector<Change> changes;
  std::map<std::string, int> gained, lost;
  int invalid = 0, done = 0;
  for (const auto& file : files) {
    std::string text = read_input(file.string());
    try {
      auto before = top_ids(old_engine->recommend(text)), after = top_ids(new_engine->recommend(text));
      if (before != after) {
        for (const auto& id : after)
          if (std::find(before.begin(), before.end(), id) == before.end()) ++gained[id];
        for (const auto& id : before)
          if (std::find(after.begin(), after.end(), id) == after.end()) ++lost[id];
        changes.push_back({file.filename().string(), before, after});
      }
    } catch (const trynext::InputError& e) {
      ++invalid;
      std::cerr << file.string() << ": skipped, not a valid assessment: " << e.what() << "\n";
    }
    if (++done % 500 == 0 && files.size() > 1000)
      std::cerr << "trynext: " << done << " of " << files.size() << " evaluated\n";
  }
  std::size_t evaluated = files.size() - static_cast<std::size_t>(invalid);
  double percent = evaluated ? 100.0 * changes.size() / evaluated : 0;

  std::ostringstream pct;
  pct << std::fixed << std::setprecision(1) << percent;
  if (flags.format == "json") {
    json out = {{"old", {{"rules", old_engine->versions().rules}}},
                {"new", {{"rules", new_engine->versions().rules}}},
                {"assessments", evaluated},
                {"changed", changes.size()},
                {"changed_percent", percent},
                {"gained", gained},
                {"lost", lost},
                {"examples", json::array()}};
    for (std::size_t i = 0; i < changes.size() && static_cast<int>(i) < flags.examples; ++i)
      out["examples"].push_back(
          {{"file", changes[i].file}, {"before", changes[i].before}, {"after", changes[i].after}});
    std::cout << out.dump(2) << "\n";
  } else {
    bool md = flags.format == "markdown";
    std::cout << (md ? "## Rule change review\n\n" : "") << "Rules " << old_engine->versions().rules << " -> "
              << new_engine->versions().rules << "\n"
              << (md ? "\n" : "") << changes.size() << " of " << evaluated << " assessments (" << pct.str()
              << "%) change their recommendations\n";
    if (!gained.empty() || !lost.empty()) {
      std::cout << (md ? "\n| intervention | gained in | lost in |\n| --- | --- | --- |\n"
                       : "\nIntervention      gained  lost\n");
      std::map<std::string, std::pair<int, int>> both;
      for (const auto& [id, n] : gained) both[id].first = n;
      for (const auto& [id, n] : lost) both[id].second = n;
      for (const auto& [id, n] : both) {
        if (md)
          std::cout << "| " << id << " | " << n.first << " | " << n.second << " |\n";
        else
          std::cout << "  " << std::left << std::setw(36) << id << std::right << std::setw(6) << n.first << std::setw(6)
                    << n.second << "\n";
      }
    }
    for (std::size_t i = 0; i < changes.size() && static_cast<int>(i) < flags.examples; ++i) {
      const auto& c = changes[i];
      if (md)
        std::cout << "\n### " << c.file << "\n\n- before: " << join(c.before) << "\n- after: " << join(c.after) << "\n";
      else
        std::cout << "\nExample " << c.file << "\n  before: " << join(c.before) << "\n  after:  " << join(c.after)
                  << "\n";
    }
  }
  if (flags.fail_if_changed >= 0 && percent > flags.fail_if_changed) {
    complain(pct.str() + "% of assessments changed, more than the " + std::to_string(flags.fail_if_changed) +
             "% allowed");
    throw Exit{kFailed};
  }
}

}  // namespace

void add_diff_command(CLI::App& app) {
  auto flags = std::make_shared<DiffFlags>();
  CLI::App* cmd = app.add_subcommand("diff", "Compare two rule sets over a corpus of assessments before a rollout");
  cmd->footer(
      "Exit codes: 0 done (and within --fail-if-changed); 1 more assessments changed than allowed; 2 bad input.");
  cmd->add_option("old", flags->old_dir, "Rules directory now live")->required();
  cmd->add_option("new", flags->new_dir, "Rules directory proposed")->required();
  cmd->add_option("--corpus", flags->corpus, "Directory of assessments (*.json); `trynext corpus` makes one")
      ->required();
  cmd->add_option("--format", flags->format, "text (default), markdown (for a review) or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  cmd->add_option("--fail-if-changed", flags->fail_if_changed,
                  "Fail when more than this percentage of assessments change")
      ->check(CLI::Range(0.0, 100.0));
  cmd->add_option("--examples", flags->examples, "How many worked examples to show (default 3)");
  cmd->add_option("--catalogue", flags->catalogue, "Catalogue database (default: the bundled catalogue)");
  cmd->callback([flags] { run(*flags); });
}

}  // namespace trynext_cli
