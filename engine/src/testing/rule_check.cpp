// The rule check behind `trynext check`: one load, its diagnostics sorted into "cannot be read"
// (the deployment is wrong) and "is wrong" (a rule is), and the lints only a review needs.
#include "trynext/rule_check.h"

#include "rules/rule_set.h"
#include "rules/thresholds.h"

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
  // Number constants left in rule files: a lint for the policy leads' review, not a load warning.
  try {
    for (auto& d : check_local_constants(read_rule_files(options.rules_dir).sources))
      check.diagnostics.push_back(std::move(d));
  } catch (const LoadError&) {  // the directory changed since the load: nothing more to say of it
  }
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
