#include "common.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace trynext_cli {

namespace fs = std::filesystem;

void complain(const std::string& message) { std::cerr << "trynext: " << message << "\n"; }

static fs::path executable_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

// Installed copies sit beside the program (<prefix>/share/trynext); a build tree uses the sources.
static std::string first_existing(const fs::path& installed, const std::string& build_tree) {
  std::error_code ec;
  if (!installed.empty() && fs::exists(installed, ec)) return installed.string();
  return build_tree;
}

std::string default_rules_dir() {
  if (const char* env = std::getenv("TRYNEXT_RULES")) return env;
  fs::path dir = executable_dir();
  return first_existing(dir.empty() ? dir : dir / ".." / TRYNEXT_INSTALLED_DATA / "rules", TRYNEXT_SOURCE_RULES);
}

std::string default_catalogue_db() {
  if (const char* env = std::getenv("TRYNEXT_CATALOGUE")) return env;
  fs::path dir = executable_dir();
  return first_existing(dir.empty() ? dir : dir / ".." / TRYNEXT_INSTALLED_DATA / "catalogue.db",
                        TRYNEXT_BUILD_CATALOGUE);
}

void add_engine_flags(CLI::App* command, EngineFlags& flags) {
  command->add_option("--rules", flags.rules, "Rules directory (default: $TRYNEXT_RULES, else the bundled rules)");
  command->add_option("--catalogue", flags.catalogue,
                      "Catalogue database (default: $TRYNEXT_CATALOGUE, else the bundled catalogue)");
}

void add_catalogue_flag(CLI::App* command, std::string& db) {
  command->add_option("--catalogue", db, "Catalogue database (default: the bundled catalogue)");
}

void fail_load(const trynext::LoadError& error) {
  for (const auto& d : error.diagnostics()) complain(d.message);
  throw Exit{kBadInput};
}

void print_report(const std::string& format, const Reporters& reporters) {
  if (format == "json")
    std::cout << reporters.json().dump(2) << "\n";
  else if (format == "markdown")
    std::cout << reporters.markdown();
  else
    std::cout << reporters.text();
}

trynext::LoadOptions load_options(const EngineFlags& flags) {
  trynext::LoadOptions options;
  options.rules_dir = flags.rules.empty() ? default_rules_dir() : flags.rules;
  options.catalogue_db = flags.catalogue.empty() ? default_catalogue_db() : flags.catalogue;
  return options;
}

trynext::Diagnostic shown(const trynext::Diagnostic& d, const trynext::LoadOptions& options) {
  trynext::Diagnostic out = d;
  // Rule files are named relative to the rules directory; show them as the user can open them.
  if (d.file.size() > 4 && d.file.compare(d.file.size() - 4, 4, ".lua") == 0 && !fs::path(d.file).is_absolute())
    out.file = (options.rules_dir / d.file).lexically_normal().string();
  return out;
}

std::shared_ptr<const trynext::Engine> load_engine(const EngineFlags& flags) {
  trynext::LoadOptions options = load_options(flags);
  try {
    return trynext::Engine::load(options);
  } catch (const trynext::LoadError& e) {
    for (const auto& d : e.diagnostics()) std::cerr << shown(d, options).to_string() << "\n";
    complain("cannot load the rules and catalogue");
    throw Exit{kBadInput};
  }
}

std::string read_input(const std::string& file) {
  if (file == "-") {
    if (isatty(STDIN_FILENO)) {
      complain(
          "no assessment given: name a file (trynext recommend team.json) or pipe one in; "
          "`trynext assessment template` prints one to fill in");
      throw Exit{kBadInput};
    }
    std::ostringstream text;
    text << std::cin.rdbuf();
    return text.str();
  }
  std::error_code ec;
  if (!fs::exists(file, ec)) {
    complain(file + ": no such file (tried " + fs::absolute(file).string() + ")");
    throw Exit{kBadInput};
  }
  std::ifstream in(file, std::ios::binary);
  if (!in || fs::is_directory(file, ec)) {
    complain(file + ": cannot read it");
    throw Exit{kBadInput};
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void fail_input(const std::string& file, const trynext::InputError& error) {
  std::string name = file == "-" ? "<stdin>" : file;
  for (const auto& p : error.problems()) {
    if (p.line > 0)
      std::cerr << name << ":" << p.line << ":" << p.column << ": " << p.message << "\n";
    else
      std::cerr << name << ": " << p.to_string() << "\n";
  }
  complain(name + ": not a valid assessment (" + std::to_string(error.problems().size()) + " problem" +
           (error.problems().size() == 1 ? "" : "s") + ")");
  throw Exit{kBadInput};
}

trynext::Catalogue open_catalogue(const std::string& db) {
  try {
    return trynext::Catalogue::open(db.empty() ? default_catalogue_db() : db);
  } catch (const trynext::LoadError& e) {
    for (const auto& d : e.diagnostics()) std::cerr << d.to_string() << "\n";
    throw Exit{kBadInput};
  }
}

trynext::Result evaluate_file(const std::string& file, const EngineFlags& flags,
                              const trynext::EvaluateOptions& options) {
  std::string text = read_input(file);
  auto engine = load_engine(flags);
  try {
    return engine->recommend(text, options);
  } catch (const trynext::InputError& e) { fail_input(file, e); }
}

trynext::ReportOptions terminal_text_options() {
  trynext::ReportOptions options;
  options.width = 80;
  if (!isatty(STDOUT_FILENO)) return options;
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 40) options.width = size.ws_col;
  const char* no_color = std::getenv("NO_COLOR");
  options.color = !(no_color && *no_color);
  return options;
}

}  // namespace trynext_cli
