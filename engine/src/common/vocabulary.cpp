// The one definition of the engine's fixed word lists (see vocabulary.h).
#include "common/vocabulary.h"

namespace trynext::vocabulary {

const std::vector<std::string>& answers() {
  static const std::vector<std::string> words = {"met", "partly", "not_met", "unknown"};
  return words;
}

const std::vector<std::string>& outcomes() {
  static const std::vector<std::string> words = {"helped", "no_change", "worse"};
  return words;
}

const std::vector<std::string>& levels() {
  static const std::vector<std::string> words = {"organisation", "team", "individual"};
  return words;
}

namespace {

// When a systemic driver drives a recommendation, the work itself is the problem: organisational and
// team actions come before individual resilience training (literature review [001]; supportive-
// organisation note [004]; NICE NG212 orders organisational approaches first).
struct Driver {
  const char* name;
  bool systemic;
};
constexpr Driver kDrivers[] = {{"workload", true},     {"caseload", true},       {"staffing", true},
                               {"organisation", true}, {"incident", false},      {"safeguarding", false},
                               {"development", false}, {"relationships", false}, {"wellbeing", false},
                               {"culture", false}};

}  // namespace

const std::vector<std::string>& drivers() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> out;
    for (const Driver& d : kDrivers) out.push_back(d.name);
    return out;
  }();
  return words;
}

bool is_systemic_driver(std::string_view driver) {
  for (const Driver& d : kDrivers)
    if (d.systemic && driver == d.name) return true;
  return false;
}

const std::vector<Label>& labels() {
  static const std::vector<Label> words = {
      {"act_now", "Act now",
       "Something recent (a serious incident, a death) calls for this within weeks, before anything else."},
      {"recommended", "Recommended",
       "Your answers point to this strongly, or a required standard is not met, and the sources give more than "
       "opinion for it."},
      {"worth_considering", "Worth considering",
       "One of your answers points to it, or the evidence for it is thin: discuss it, it is not urgent."},
      {"keep_going", "Keep going", "Already in place and still called for by your answers: keep it up."},
  };
  return words;
}

const Label* find_label(std::string_view id) {
  for (const Label& l : labels())
    if (l.id == id) return &l;
  return nullptr;
}

bool contains(const std::vector<std::string>& words, std::string_view word) {
  return position(words, word) < words.size();
}

std::string listed(const std::vector<std::string>& words, std::string_view last_separator) {
  std::string s;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) s += i + 1 == words.size() ? std::string(last_separator) : std::string(", ");
    s += words[i];
  }
  return s;
}

std::size_t position(const std::vector<std::string>& words, std::string_view word) {
  std::size_t i = 0;
  while (i < words.size() && words[i] != word) ++i;
  return i;
}

}  // namespace trynext::vocabulary
