// Prints the names every rule file may read (the sandbox's standard functions and libraries and the
// rule helpers), one a line, for tools outside the engine that check rules: luacheck_rules.sh.
#include <iostream>

#include "rules/rule_globals.h"

int main() {
  for (const auto& name : trynext::rule_global_names()) std::cout << name << "\n";
  return 0;
}
