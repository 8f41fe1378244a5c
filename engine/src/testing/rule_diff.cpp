// The diff engine: one pass over a corpus with two rule sets, keeping the assessments whose ranked
// recommendations differ and counting the interventions each change brings in or drops.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "trynext/diff.h"

namespace trynext {

namespace {

namespace fs = std::filesystem;

std::vector<std::string> top_ids(const Result& r) {
  std::vector<std::string> ids;
  for (const auto& rec : r.recommendations) ids.push_back(rec.id);
  return ids;
}

bool contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::string read_file(const fs::path& file) {
  std::error_code ec;
  std::ifstream in(file, std::ios::binary);
  if (!in || fs::is_directory(file, ec))
    throw LoadError(file.string(), "unreadable", file.string() + ": cannot read it");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

double RuleDiff::changed_percent() const { return assessments ? 100.0 * changes.size() / assessments : 0; }

std::string RuleDiff::changed_percent_text() const {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", changed_percent());
  return text;
}

RuleDiff diff_rules(const Engine& old_rules, const Engine& new_rules, const fs::path& corpus_dir,
                    const RuleDiffObserver& observer) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(corpus_dir, ec))
    if (e.path().extension() == ".json") files.push_back(e.path());
  if (ec || files.empty())
    throw LoadError(corpus_dir.string(), "no_corpus",
                    "no assessments (*.json) in " + corpus_dir.string() + " (make some with `trynext corpus --out " +
                        corpus_dir.string() + "`)");
  std::sort(files.begin(), files.end());

  RuleDiff diff;
  diff.old_rules = old_rules.versions().rules;
  diff.new_rules = new_rules.versions().rules;
  std::size_t done = 0;
  for (const auto& file : files) {
    std::string text = read_file(file);
    try {
      auto before = top_ids(old_rules.recommend(text)), after = top_ids(new_rules.recommend(text));
      if (before != after) {
        for (const auto& id : after)
          if (!contains(before, id)) ++diff.gained[id];
        for (const auto& id : before)
          if (!contains(after, id)) ++diff.lost[id];
        diff.changes.push_back({file.filename().string(), std::move(before), std::move(after)});
      }
    } catch (const InputError& e) {
      ++diff.skipped;
      if (observer.skipped) observer.skipped(file, e);
    }
    if (observer.progress) observer.progress(++done, files.size());
  }
  diff.assessments = files.size() - diff.skipped;
  return diff;
}

}  // namespace trynext
