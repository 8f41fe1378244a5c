// What every verb of the trynext program shares: where the bundled rules and catalogue are, loading
// the engine with messages a person can act on, reading input, and the exit codes.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "trynext/engine.h"
#include "trynext/report.h"

namespace trynext_cli {

// Exit codes, as `trynext --help` documents them.
enum ExitCode : int {
  kOk = 0,
  kFailed = 1,    // a check, test or gate found problems
  kBadInput = 2,  // the input, the rules or the catalogue given could not be used
};

// Thrown to leave the program with a code after the message has been printed.
struct Exit {
  int code;
};

struct EngineFlags {
  std::string rules;
  std::string catalogue;
};

void add_engine_flags(CLI::App* command, EngineFlags& flags);
// --catalogue alone, for the verbs whose rules come from elsewhere (an argument) or are not needed.
void add_catalogue_flag(CLI::App* command, std::string& db);
std::string default_rules_dir();
std::string default_catalogue_db();
trynext::LoadOptions load_options(const EngineFlags& flags);

// A diagnostic with a rule file's name as the user can open it (inside the rules directory).
trynext::Diagnostic shown(const trynext::Diagnostic& d, const trynext::LoadOptions& options);

// Loads the engine; on failure prints every diagnostic and throws Exit{kBadInput}.
std::shared_ptr<const trynext::Engine> load_engine(const EngineFlags& flags);

// Opens the catalogue database (the bundled one when db is empty); on failure prints why and throws Exit.
trynext::Catalogue open_catalogue(const std::string& db);

// Reads an assessment file (or "-") and evaluates it; input problems are printed and throw Exit.
trynext::Result evaluate_file(const std::string& file, const EngineFlags& flags,
                              const trynext::EvaluateOptions& options);

// Reads a file, or standard input for "-". On failure prints the path tried and throws Exit.
std::string read_input(const std::string& file);

// How text for people is laid out on standard output: wrapped to the terminal's width (80 when it is not
// a terminal), bold and colour only when it is a terminal and NO_COLOR is unset (no-color.org).
trynext::ReportOptions terminal_text_options();

// Prints an input error with the file name in front of each problem, then throws Exit{kBadInput}.
[[noreturn]] void fail_input(const std::string& file, const trynext::InputError& error);

// Prints "trynext: message" to standard error.
void complain(const std::string& message);

// Prints each diagnostic's message as a complaint, then throws Exit{kBadInput}: for a runner that
// could not start (no tests, no corpus), whose diagnostics name no line.
[[noreturn]] void fail_load(const trynext::LoadError& error);

// The reporters of one result; print_report calls the one --format names ("text", "markdown" or
// "json") and prints what it returns, JSON indented by two.
struct Reporters {
  std::function<std::string()> text, markdown;
  std::function<nlohmann::json()> json;
};
void print_report(const std::string& format, const Reporters& reporters);

// Verbs.
void add_recommend_command(CLI::App& app);
void add_report_command(CLI::App& app);
void add_catalogue_command(CLI::App& app);
void add_assessment_command(CLI::App& app);
void add_check_command(CLI::App& app);
void add_test_command(CLI::App& app);
void add_diff_command(CLI::App& app);
void add_explain_command(CLI::App& app);
void add_serve_command(CLI::App& app);
void add_corpus_command(CLI::App& app);
void add_history_commands(CLI::App& app);  // assess, next, history, action, measure, export, import
void add_survey_command(CLI::App& app);    // survey aggregate

}  // namespace trynext_cli
