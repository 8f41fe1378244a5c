// The rule check behind `trynext check`: one load, its diagnostics sorted into "cannot be read"
// (the deployment is wrong) and "is wrong" (a rule is).
#include "trynext/rule_check.h"

namespace trynext {

namespace {

bool cannot_read(const Diagnostic& d) {
  return d.code == "rules_not_found" || d.code == "unreadable" || d.code.rfind("catalogue_", 0) == 0;
}

}  // namespace

RuleCheck check_rules(const LoadOptions& options) {
  RuleCheck check;
  std::shared_ptr<const Engine> engine;
  try {
    engine = Engine::load(options);
  } catch (const LoadError& e) {
    check.diagnostics = e.diagnostics();
    for (const auto& d : check.diagnostics) check.unreadable = check.unreadable || cannot_read(d);
    return check;
  }
  check.loaded = true;
  check.diagnostics = engine->load_warnings();
  check.rules = engine->rules().size();
  std::string last;
  for (const auto& r : engine->rules())
    if (r.file != last) {
      ++check.files;
      last = r.file;
    }
  return check;
}

}  // namespace trynext
