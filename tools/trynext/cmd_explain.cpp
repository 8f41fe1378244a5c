// trynext explain FILE: the full trace of one evaluation. Every rule, fired or not, what it read and
// tested, what would have made it fire, and the instructions, memory and time it used.
#include <iostream>

#include "common.h"
#include "trynext/report.h"

namespace trynext_cli {

namespace {

struct ExplainFlags {
  std::string file = "-";
  std::string format = "text";
  EngineFlags engine;
};

void run(const ExplainFlags& flags) {
  trynext::EvaluateOptions options;
  options.explain = true;
  trynext::Result result = evaluate_file(flags.file, flags.engine, options);
  trynext::ReportOptions report = terminal_text_options();
  report.view = trynext::ReportView::trace;
  trynext::ReportFormat format = *trynext::parse_report_format(flags.format);  // checked by the flag
  std::cout << trynext::render_report(result, format, report);
  if (format == trynext::ReportFormat::json) std::cout << "\n";
}

}  // namespace

void add_explain_command(CLI::App& app) {
  auto flags = std::make_shared<ExplainFlags>();
  CLI::App* cmd =
      app.add_subcommand("explain", "Trace one evaluation: every rule, what it read and tested, and its cost");
  cmd->add_option("file", flags->file, "Assessment (JSON); - or nothing reads standard input");
  cmd->add_option("--format", flags->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  add_engine_flags(cmd, flags->engine);
  cmd->callback([flags] { run(*flags); });
}

}  // namespace trynext_cli
