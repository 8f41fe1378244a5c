// trynext: what should this team try next? Each verb lives in its own cmd_*.cpp file.
#include <iostream>

#include "common.h"

int main(int argc, char** argv) {
  CLI::App app{
      "trynext: recommends what a health or care team should try next to support its staff,\n"
      "with the reasons and the evidence behind each recommendation."};
  app.footer(
      "Exit codes: 0 success; 1 a check, test or gate found problems; 2 the input, rules, catalogue or\n"
      "history store could not be used (the message says which file, line or field).\n\n"
      "Start with: trynext assessment template > team.json, fill it in, then trynext recommend team.json");
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("trynext ") + trynext::version());
  trynext_cli::add_recommend_command(app);
  trynext_cli::add_report_command(app);
  trynext_cli::add_catalogue_command(app);
  trynext_cli::add_assessment_command(app);
  trynext_cli::add_check_command(app);
  trynext_cli::add_test_command(app);
  trynext_cli::add_diff_command(app);
  trynext_cli::add_explain_command(app);
  trynext_cli::add_serve_command(app);
  trynext_cli::add_corpus_command(app);
  trynext_cli::add_history_commands(app);
  trynext_cli::add_survey_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : trynext_cli::kBadInput;
  } catch (const trynext_cli::Exit& e) { return e.code; } catch (const std::exception& e) {
    trynext_cli::complain(std::string("internal error: ") + e.what());
    return 70;  // EX_SOFTWARE: a bug in trynext, not in what it was given
  }
  return 0;
}
