#include "rank/explain.h"

#include "rules/rule_helpers.h"

namespace trynext {

// In the words of the helper that recorded the condition (rules/rule_helpers.cpp).
static std::string requirement(const Condition& c) {
  if (const RuleHelper* helper = find_rule_helper(c.op); helper && !helper->explain.empty())
    return explain_requirement(*helper, c.path, c.expected);
  return c.path + " " + c.op + " " + c.expected;
}

void explain_not_fired(RuleTrace& trace, const std::vector<std::string>& recommends) {
  if (trace.fired || !trace.error.empty()) return;
  std::string what;
  for (std::size_t i = 0; i < recommends.size(); ++i)
    what += (i ? (i + 1 == recommends.size() ? " or " : ", ") : "") + recommends[i];
  bool any = false;
  for (const auto& c : trace.conditions) {
    if (c.result) continue;
    any = true;
    trace.would_fire_if.push_back(what + " would be recommended if " + requirement(c) + " (it is " + c.actual + ")");
  }
  if (!any && !trace.conditions.empty())
    trace.would_fire_if.push_back("every condition it tested held, but its own logic did not recommend " + what);
}

}  // namespace trynext
