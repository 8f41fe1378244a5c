// The fixed words of the engine's data: the answers an indicator takes, the outcomes of an earlier try,
// the levels at which an intervention acts and the drivers a rule may name. Each list is defined here
// once; validation, the rule API, ranking, the schemas' enums and the messages that list the choices
// all read it, and tests/unit/vocabulary_test.cpp checks the hand-written copies (JSON Schema, LuaLS
// stubs, docs) against it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trynext::vocabulary {

// An indicator's answer: met, partly, not_met, unknown.
const std::vector<std::string>& answers();
// The outcome of an intervention the team tried: helped, no_change, worse.
const std::vector<std::string>& outcomes();
// Who acts, in the order ranking puts them: organisation, team, individual.
const std::vector<std::string>& levels();
// What drives a recommendation (recommend{ driver = ... }).
const std::vector<std::string>& drivers();
// The drivers for which the work itself is the problem: organisational and team actions come first.
bool is_systemic_driver(std::string_view driver);

// The priority labels a manager reads, most pressing first (docs/ranking.md): act_now, recommended,
// worth_considering, keep_going. Each has its words ("Act now") and a one-line meaning shown in every
// output that uses it.
struct Label {
  std::string id;
  std::string words;
  std::string meaning;
};
const std::vector<Label>& labels();
// The label of that id, or nullptr.
const Label* find_label(std::string_view id);

bool contains(const std::vector<std::string>& words, std::string_view word);
// "a, b or c": the words as a message lists the choices.
std::string listed(const std::vector<std::string>& words, std::string_view last_separator = " or ");
// The word's position in the list, or the list's size when it is not in it.
std::size_t position(const std::vector<std::string>& words, std::string_view word);

}  // namespace trynext::vocabulary
