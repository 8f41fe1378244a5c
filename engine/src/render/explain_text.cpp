// The trace of one evaluation as text (trynext explain): every rule, fired or not, what it read and
// tested, what would have made it fire, and the instructions, memory and time it used.
#include <cstdio>
#include <sstream>

#include "render/renderers.h"

namespace trynext::report {

namespace {

std::string with_commas(std::uint64_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

const char* state_word(RuleState state) {
  switch (state) {
    case RuleState::failed:
      return "FAILED";
    case RuleState::fired:
      return "FIRED ";
    case RuleState::quiet:
      break;
  }
  return "quiet ";
}

}  // namespace

std::string render_trace_text(const Report& r, const ReportOptions&) {
  std::ostringstream out;
  out << "Explain: " << r.trace.rules.size() << " rules, " << r.trace.fired << " fired, " << r.trace.failed
      << " failed; limits per rule: " << with_commas(r.trace.instruction_limit) << " instructions, "
      << r.trace.memory_limit / 1024 << " KiB\n\n";
  for (const auto& line : r.trace.rules) {
    const RuleTrace& t = line.rule;
    char usage[128];
    // The budget is checked every 1,000 instructions, so that is the count's resolution.
    std::string instructions = t.instructions == 0 ? "under 1,000" : "about " + with_commas(t.instructions);
    std::snprintf(usage, sizeof usage, "%.1f us, %s instructions, %.1f KiB", t.microseconds, instructions.c_str(),
                  t.memory_bytes / 1024.0);
    out << state_word(line.state) << " " << t.rule << "  (" << t.file << ":" << t.line << ")  " << usage << "\n";
    if (!t.error.empty()) out << "       error: " << t.error << "\n";
    if (!t.recommended.empty()) {
      out << "       recommended:";
      for (const auto& id : t.recommended) out << " " << id;
      out << "\n";
    }
    for (const auto& [path, value] : t.inputs) out << "       read:   " << path << " = " << value << "\n";
    for (const auto& c : t.conditions)
      out << "       tested: " << c.path << " " << c.op << " " << c.expected << " -> " << (c.result ? "yes" : "no")
          << " (value " << c.actual << ")\n";
    for (const auto& w : t.would_fire_if) out << "       would fire if: " << w << "\n";
  }
  return out.str();
}

}  // namespace trynext::report
