#include "rank/explain.h"

namespace trynext {

static std::string requirement(const Condition& c) {
  if (c.op == "at_least") return c.path + " were " + c.expected + " or more";
  if (c.op == "at_most") return c.path + " were " + c.expected + " or fewer";
  if (c.op == "above") return c.path + " were more than " + c.expected;
  if (c.op == "below") return c.path + " were less than " + c.expected;
  if (c.op == "is") return c.path + " were " + c.expected;
  if (c.op == "has") return c.path + " included " + c.expected;
  if (c.op == "answer") return c.path + " were " + c.expected;
  if (c.op == "answer_is_not") return c.path + " were anything but " + c.expected;
  if (c.op == "in_place") return c.expected + " were in place";
  if (c.op == "not_in_place") return c.expected + " were not in place";
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
