// trynext check [DIR]: loads every rule in the sandbox and reports every problem as file:line.
// Silent but for a one-line summary when all is well, like a compiler. The check is the library's
// (trynext/rule_check.h).
#include <iostream>

#include "common.h"
#include "trynext/rule_check.h"

namespace trynext_cli {

namespace {

struct CheckFlags {
  std::string dir;
  bool strict = false;
  std::string catalogue;
};

void run(const CheckFlags& flags) {
  EngineFlags engine_flags{flags.dir.empty() ? default_rules_dir() : flags.dir, flags.catalogue};
  trynext::LoadOptions options = load_options(engine_flags);
  trynext::RuleCheck check = trynext::check_rules(options);
  for (const auto& d : check.diagnostics) std::cout << shown(d, options).to_string() << "\n";
  if (!check.loaded) {
    if (check.unreadable) throw Exit{kBadInput};
    complain(std::to_string(check.diagnostics.size()) + " problem" + (check.diagnostics.size() == 1 ? "" : "s") +
             " in " + options.rules_dir.string());
    throw Exit{kFailed};
  }
  std::cerr << "trynext: " << check.rules << " rules in " << check.files << " files checked: "
            << (check.diagnostics.empty() ? "no problems" : std::to_string(check.diagnostics.size()) + " warnings")
            << "\n";
  if (flags.strict && !check.diagnostics.empty()) throw Exit{kFailed};
}

}  // namespace

void add_check_command(CLI::App& app) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* cmd = app.add_subcommand("check", "Check a rules directory: syntax, metadata, ids, inputs, conditions");
  cmd->footer(
      "Reports each problem as file:line: code: message. Exit codes: 0 no errors; 1 errors (or warnings with "
      "--strict);\n"
      "2 the directory or catalogue could not be read.");
  cmd->add_option("dir", flags->dir, "Rules directory (default: the bundled rules)");
  cmd->add_flag("--strict", flags->strict, "Fail on warnings too");
  add_catalogue_flag(cmd, flags->catalogue);
  cmd->callback([flags] { run(*flags); });
}

}  // namespace trynext_cli
