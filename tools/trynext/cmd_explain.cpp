// trynext explain FILE: the full trace of one evaluation. Every rule, fired or not, what it read and
// tested, what would have made it fire, and the instructions, memory and time it used.
#include <cstdio>
#include <iostream>

#include "common.h"
#include "trynext/json.h"

namespace trynext_cli {

namespace {

struct ExplainFlags {
  std::string file = "-";
  std::string format = "text";
  EngineFlags engine;
};

std::string with_commas(std::uint64_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

void print_text(const trynext::Result& r) {
  int fired = 0, failed = 0;
  for (const auto& t : r.trace) {
    fired += t.fired;
    failed += !t.error.empty();
  }
  std::cout << "Explain: " << r.trace.size() << " rules, " << fired << " fired, " << failed
            << " failed; limits per rule: " << with_commas(r.instruction_limit) << " instructions, "
            << r.memory_limit / 1024 << " KiB\n\n";
  for (const auto& t : r.trace) {
    const char* state = !t.error.empty() ? "FAILED" : t.fired ? "FIRED " : "quiet ";
    char usage[128];
    // The budget is checked every 1,000 instructions, so that is the count's resolution.
    std::string instructions = t.instructions == 0 ? "under 1,000" : "about " + with_commas(t.instructions);
    std::snprintf(usage, sizeof usage, "%.1f us, %s instructions, %.1f KiB", t.microseconds, instructions.c_str(),
                  t.memory_bytes / 1024.0);
    std::cout << state << " " << t.rule << "  (" << t.file << ":" << t.line << ")  " << usage << "\n";
    if (!t.error.empty()) std::cout << "       error: " << t.error << "\n";
    if (!t.recommended.empty()) {
      std::cout << "       recommended:";
      for (const auto& id : t.recommended) std::cout << " " << id;
      std::cout << "\n";
    }
    for (const auto& [path, value] : t.inputs) std::cout << "       read:   " << path << " = " << value << "\n";
    for (const auto& c : t.conditions)
      std::cout << "       tested: " << c.path << " " << c.op << " " << c.expected << " -> "
                << (c.result ? "yes" : "no") << " (value " << c.actual << ")\n";
    for (const auto& w : t.would_fire_if) std::cout << "       would fire if: " << w << "\n";
  }
}

void run(const ExplainFlags& flags) {
  trynext::EvaluateOptions options;
  options.explain = true;
  trynext::Result result = evaluate_file(flags.file, flags.engine, options);
  if (flags.format == "json")
    std::cout << trynext::to_json(result) << "\n";
  else
    print_text(result);
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
