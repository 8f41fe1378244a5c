// trynext recommend [FILE|-]: the main job. Ranked recommendations for one team, as text or JSON.
#include <iostream>

#include "common.h"
#include "trynext/report.h"

namespace trynext_cli {

namespace {

struct RecommendFlags {
  std::string file = "-";
  std::string format = "text";
  bool explain = false;
  int top = 5;
  std::string evidence = "full";
  EngineFlags engine;
};

void run(const RecommendFlags& flags) {
  if (flags.evidence == "ids" && flags.format != "json") {
    // The text answer is for people and always says what the catalogue says; ids is a JSON form.
    std::cerr << "trynext: --evidence ids needs --format json (the text answer always gives the evidence)\n";
    throw Exit{kBadInput};
  }
  trynext::EvaluateOptions options;
  options.explain = flags.explain;
  options.top_n = flags.top;
  if (flags.evidence == "ids") options.evidence = trynext::EvidenceForm::ids;
  trynext::Result result = evaluate_file(flags.file, flags.engine, options);
  trynext::ReportFormat format = *trynext::parse_report_format(flags.format);  // checked by the flag
  std::cout << trynext::render_report(result, format, terminal_text_options());
  if (format == trynext::ReportFormat::json) std::cout << "\n";
}

}  // namespace

void add_recommend_command(CLI::App& app) {
  auto flags = std::make_shared<RecommendFlags>();
  CLI::App* cmd = app.add_subcommand("recommend", "Recommend what a team should try next, with reasons and evidence");
  cmd->add_option("file", flags->file, "Assessment (JSON); - or nothing reads standard input");
  cmd->add_option("--format", flags->format, "text for people (default), json for tools")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_flag("--explain", flags->explain,
                "Show every rule: whether it fired, what it read, what would make it fire");
  cmd->add_option("--top", flags->top, "How many recommendations before 'also considered' (default 5)")
      ->check(CLI::Range(1, 100));
  cmd->add_option("--evidence", flags->evidence,
                  "With --format json: full (default) repeats each intervention's title, summary, evidence, "
                  "cautions and format; ids names it by id only (trynext catalogue show ID has the rest)")
      ->check(CLI::IsMember({"full", "ids"}));
  add_engine_flags(cmd, flags->engine);
  cmd->callback([flags] { run(*flags); });
}

}  // namespace trynext_cli
