// trynext check [DIR]: loads every rule in the sandbox and reports every problem as file:line.
// Silent but for a one-line summary when all is well, like a compiler.
#include <iostream>

#include "common.h"

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
  std::shared_ptr<const trynext::Engine> engine;
  try {
    engine = trynext::Engine::load(options);
  } catch (const trynext::LoadError& e) {
    bool unreadable = false;
    for (const auto& d : e.diagnostics()) {
      std::cout << shown(d, options).to_string() << "\n";
      unreadable =
          unreadable || d.code == "rules_not_found" || d.code == "unreadable" || d.code.rfind("catalogue_", 0) == 0;
    }
    if (unreadable) throw Exit{kBadInput};
    complain(std::to_string(e.diagnostics().size()) + " problem" + (e.diagnostics().size() == 1 ? "" : "s") + " in " +
             options.rules_dir.string());
    throw Exit{kFailed};
  }
  for (const auto& d : engine->load_warnings()) std::cout << shown(d, options).to_string() << "\n";
  std::size_t files = 0;
  std::string last;
  for (const auto& r : engine->rules())
    if (r.file != last) {
      ++files;
      last = r.file;
    }
  std::cerr << "trynext: " << engine->rules().size() << " rules in " << files << " files checked: "
            << (engine->load_warnings().empty() ? "no problems"
                                                : std::to_string(engine->load_warnings().size()) + " warnings")
            << "\n";
  if (flags.strict && !engine->load_warnings().empty()) throw Exit{kFailed};
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
  cmd->add_option("--catalogue", flags->catalogue, "Catalogue database (default: the bundled catalogue)");
  cmd->callback([flags] { run(*flags); });
}

}  // namespace trynext_cli
