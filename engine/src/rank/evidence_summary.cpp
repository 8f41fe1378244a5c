// How strong the evidence for an intervention is, in words. The grades are the sources' own words
// about their evidence (docs/catalogue.md); this file only groups and counts them, so the sentence
// says no more than the items do, and the weakest caveat is said, not hidden behind the strongest.
#include "rank/evidence_summary.h"

#include <map>

namespace trynext {

namespace {

struct GradeWords {
  const char* grade;
  const char* strength;  // which strength it gives
  const char* one;       // "a literature review"
  const char* many;      // "literature reviews"
};

// In order of strength: the first grade present sets the strength.
constexpr GradeWords kGrades[] = {
    {"policy", "required", "a national requirement", "national requirements"},
    {"systematic_review", "tested", "a systematic review", "systematic reviews"},
    {"controlled_study", "tested", "a controlled study", "controlled studies"},
    {"evaluation", "some_research", "an evaluation without a comparison group",
     "evaluations without a comparison group"},
    {"literature_review", "some_research", "a literature review", "literature reviews"},
    {"qualitative", "some_research", "an interview or focus-group study", "interview or focus-group studies"},
    {"survey", "some_research", "a staff survey", "staff surveys"},
    {"case_study", "accounts", "one organisation's account of its own practice",
     "organisations' accounts of their own practice"},
    {"expert_opinion", "accounts", "expert opinion", "expert opinion"},
    {"anecdotal", "untested", "", ""},       // quoted, not counted
    {"not_researched", "untested", "", ""},  // quoted, not counted
};

const char* strength_opening(const std::string& strength) {
  if (strength == "required") return "National policy asks for it";
  if (strength == "tested") return "Tested in controlled research";
  if (strength == "some_research") return "Some research, none of it controlled";
  if (strength == "accounts") return "Mostly accounts and expert opinion, not research";
  return "Not yet tested";
}

bool weak(const std::string& grade) { return grade == "anecdotal" || grade == "not_researched"; }

std::string listed(const std::vector<std::string>& parts) {
  std::string s;
  for (std::size_t i = 0; i < parts.size(); ++i) s += (i ? (i + 1 == parts.size() ? " and " : ", ") : "") + parts[i];
  return s;
}

std::string without_full_stop(std::string s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  return s;
}

}  // namespace

const std::vector<std::string>& evidence_strengths() {
  static const std::vector<std::string> words = {"required", "tested", "some_research", "accounts", "untested"};
  return words;
}

EvidenceSummary summarise_evidence(const Intervention& intervention) {
  std::map<std::string, int> count;
  std::map<std::string, int> off_topic;  // about -> items
  const Evidence* caveat = nullptr;      // the first item the source itself calls anecdotal or untested
  const Evidence* policy = nullptr;      // the first national policy, named rather than counted
  for (const auto& e : intervention.evidence) {
    if (!e.about.empty()) {
      ++off_topic[e.about];
      continue;
    }
    ++count[e.grade];
    if (!caveat && weak(e.grade)) caveat = &e;
    if (!policy && e.grade == "policy") policy = &e;
  }
  EvidenceSummary summary;
  summary.strength = "untested";
  std::vector<std::string> kinds;
  bool first = true;
  for (const auto& g : kGrades) {
    auto it = count.find(g.grade);
    if (it == count.end()) continue;
    if (first) summary.strength = g.strength;
    first = false;
    // The policy is named and the weak items quoted below, so the list counts the rest.
    if (it->first == "policy" || weak(it->first)) continue;
    kinds.push_back(it->second == 1                ? std::string(g.one)
                    : std::string(g.many) == g.one ? std::string(g.many)
                                                   : std::to_string(it->second) + " " + g.many);
  }
  summary.text = strength_opening(summary.strength);
  if (policy) summary.text += " (" + without_full_stop(policy->citation) + ")";
  if (!kinds.empty()) summary.text += (policy ? "; the other evidence: " : ": ") + listed(kinds);
  summary.text += ".";
  if (caveat)
    summary.text += (caveat->grade == "anecdotal" ? " Part of it is anecdotal, in the source's own word: "
                                                  : " The sources say part of it is not yet researched or tested: ") +
                    without_full_stop(caveat->claim) + ".";
  for (const auto& [about, n] : off_topic)
    summary.text += n == 1 ? " One item is about " + about + ", not about supporting staff, and is not counted here."
                           : " " + std::to_string(n) + " items are about " + about +
                                 ", not about supporting staff, and are not counted here.";
  if (!intervention.cautions.empty()) summary.caution = intervention.cautions.front();
  return summary;
}

}  // namespace trynext
