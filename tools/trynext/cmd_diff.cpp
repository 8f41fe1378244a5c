// trynext diff OLD NEW --corpus DIR: what a rule change would change. Evaluates every assessment in
// the corpus with both rule sets and reports how many change, which interventions gain or lose, and
// worked examples; --fail-if-changed gates a rollout. The diff engine and its reports are the
// library's (trynext/diff.h).
#include <iostream>

#include "common.h"
#include "trynext/diff.h"

namespace trynext_cli {

namespace {

struct DiffFlags {
  std::string old_dir, new_dir, corpus, format = "text", catalogue;
  double fail_if_changed = -1;
  int examples = 3;
};

void run(const DiffFlags& flags) {
  auto old_engine = load_engine({flags.old_dir, flags.catalogue});
  auto new_engine = load_engine({flags.new_dir, flags.catalogue});
  trynext::RuleDiffObserver observer;
  observer.skipped = [](const std::filesystem::path& file, const trynext::InputError& e) {
    std::cerr << file.string() << ": skipped, not a valid assessment: " << e.what() << "\n";
  };
  observer.progress = [](std::size_t done, std::size_t total) {
    if (done % 500 == 0 && total > 1000) std::cerr << "trynext: " << done << " of " << total << " evaluated\n";
  };
  trynext::RuleDiff diff;
  try {
    diff = trynext::diff_rules(*old_engine, *new_engine, flags.corpus, observer);
  } catch (const trynext::LoadError& e) { fail_load(e); }
  print_report(flags.format, {[&] { return trynext::rule_diff_text(diff, flags.examples); },
                              [&] { return trynext::rule_diff_markdown(diff, flags.examples); },
                              [&] { return trynext::rule_diff_json(diff, flags.examples); }});
  if (flags.fail_if_changed >= 0 && diff.exceeds(flags.fail_if_changed)) {
    complain(diff.changed_percent_text() + "% of assessments changed, more than the " +
             std::to_string(flags.fail_if_changed) + "% allowed");
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
  add_catalogue_flag(cmd, flags->catalogue);
  cmd->callback([flags] { run(*flags); });
}

}  // namespace trynext_cli
