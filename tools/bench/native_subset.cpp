#include "native_subset.h"

#include <cmath>
#include <limits>

namespace trynext_bench {

const std::vector<SubsetRule> kSubsetRules = {
    {"caseload_too_large", "workload_and_staffing.lua"},
    {"staffing_gap", "workload_and_staffing.lua"},
    {"recruitment_falling_short", "workload_and_staffing.lua"},
    {"stress_sickness_psychological_support", "health_and_wellbeing.lua"},
    {"occupational_health_missing", "health_and_wellbeing.lua"},
    {"stress_sickness_restorative_supervision", "health_and_wellbeing.lua"},
    {"no_safe_space_to_reflect", "health_and_wellbeing.lua"},
    {"stress_affecting_health_resilience_skills", "health_and_wellbeing.lua"},
    {"merger_rebuild_the_team", "relationships_and_conflict.lua"},
    {"serious_incident_structured_debrief", "incidents_and_distress.lua"},
};

namespace {

// The rules' named thresholds (rules/thresholds.lua).
constexpr double kUnderFivesUnmanageable = 400, kUnderFivesHigh = 300, kCaseloadHigh = 300;
constexpr double kVacancyHigh = 0.10, kTurnoverHigh = 0.15;
constexpr double kRecruitmentScoreLow = 0.5, kHealthScoreLow = 0.5, kSicknessHigh = 0.05;
constexpr int kMinAnswered = 3;
constexpr double kActionLearningMinHeadcount = 6, kRecentIncidentMonths = 6, kIncidentLearningMonths = 12;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double number(const nlohmann::json& team, const char* key) {
  auto it = team.find(key);
  return it != team.end() && it->is_number() ? it->get<double>() : kNaN;
}

Answer answer_of(const nlohmann::json& v) {
  if (!v.is_string()) return Answer::kAbsent;
  const auto& s = v.get_ref<const std::string&>();
  if (s == "met") return Answer::kMet;
  if (s == "partly") return Answer::kPartly;
  if (s == "not_met") return Answer::kNotMet;
  return Answer::kUnknown;
}

// at_least and friends are false for a missing value; NaN compares false, so they come out right.
bool not_met_or_partly(Answer a) { return a == Answer::kNotMet || a == Answer::kPartly; }

}  // namespace

NativeSubset::NativeSubset(const trynext::Catalogue& catalogue) {
  for (const auto& f : catalogue.factors) {
    int which = f.id == "recruitment" ? 0 : f.id == "health_and_wellbeing" ? 1 : -1;
    if (which >= 0)
      for (const auto& ind : f.indicators) factor_of_[ind] = which;
  }
}

NativeInput NativeSubset::read(const nlohmann::json& doc) const {
  NativeInput in;
  static const nlohmann::json kEmpty = nlohmann::json::object();
  auto t = doc.find("team");
  const nlohmann::json& team = t != doc.end() && t->is_object() ? *t : kEmpty;
  in.headcount = number(team, "headcount");
  in.caseload = number(team, "caseload_per_practitioner");
  in.under_fives = number(team, "under_fives_per_health_visitor");
  in.sickness = number(team, "sickness_absence_rate");
  in.vacancy = number(team, "vacancy_rate");
  in.turnover = number(team, "turnover_rate");
  in.months_since_incident = number(team, "months_since_serious_incident");
  auto change = team.find("service_change");
  in.merger = change != team.end() && change->is_string() && change->get_ref<const std::string&>() == "merger";
  auto concerns = team.find("concerns");
  if (concerns != team.end() && concerns->is_array())
    for (const auto& c : *concerns)
      if (c.is_string() && c.get_ref<const std::string&>() == "stress_sickness") in.stress_sickness = true;

  int met[2] = {0, 0}, partly[2] = {0, 0}, not_met[2] = {0, 0};
  auto answers = doc.find("answers");
  if (answers != doc.end() && answers->is_object()) {
    for (auto it = answers->begin(); it != answers->end(); ++it) {
      const std::string& key = it.key();
      Answer a = answer_of(it.value());
      if (key == "health_and_wellbeing.a")
        in.hw_a = a;
      else if (key == "health_and_wellbeing.c")
        in.hw_c = a;
      else if (key == "health_and_wellbeing.f")
        in.hw_f = a;
      else if (key == "support.e")
        in.support_e = a;
      else if (key == "recruitment.c")
        in.recruitment_c = a;
      auto f = factor_of_.find(key);
      if (f == factor_of_.end()) continue;
      if (a == Answer::kMet)
        ++met[f->second];
      else if (a == Answer::kPartly)
        ++partly[f->second];
      else if (a == Answer::kNotMet)
        ++not_met[f->second];
    }
  }
  in.recruitment_answered = met[0] + partly[0] + not_met[0];
  in.hw_answered = met[1] + partly[1] + not_met[1];
  if (in.recruitment_answered) in.recruitment_score = (met[0] + 0.5 * partly[0]) / in.recruitment_answered;
  if (in.hw_answered) in.hw_score = (met[1] + 0.5 * partly[1]) / in.hw_answered;
  return in;
}

void NativeSubset::decide(const NativeInput& in, std::vector<NativeFinding>& out) const {
  // caseload_too_large: children under five per health visitor first, then families per practitioner
  if (in.under_fives >= kUnderFivesHigh)
    out.push_back({"caseload_too_large", "caseload_review", in.under_fives >= kUnderFivesUnmanageable ? 3.0 : 2.0});
  else if (in.caseload >= kCaseloadHigh)
    out.push_back({"caseload_too_large", "caseload_review", 2});
  // staffing_gap
  if (in.vacancy >= kVacancyHigh || in.turnover >= kTurnoverHigh) out.push_back({"staffing_gap", "caseload_review", 2});
  // recruitment_falling_short
  if (in.vacancy >= kVacancyHigh && ((in.recruitment_answered >= kMinAnswered && in.recruitment_answered > 0 &&
                                      in.recruitment_score < kRecruitmentScoreLow) ||
                                     not_met_or_partly(in.recruitment_c)))
    out.push_back({"recruitment_falling_short", "values_based_recruitment", 2});
  // stress_sickness_psychological_support
  bool high_sickness = in.sickness >= kSicknessHigh;
  if (high_sickness || in.stress_sickness)
    out.push_back({"stress_sickness_psychological_support", "staff_psychological_support",
                   high_sickness && in.stress_sickness ? 3.0 : 2.0});
  // occupational_health_missing
  if (in.hw_a == Answer::kNotMet)
    out.push_back({"occupational_health_missing", "staff_psychological_support", 3});
  else if (in.hw_a == Answer::kPartly)
    out.push_back({"occupational_health_missing", "staff_psychological_support", 2});
  // stress_sickness_restorative_supervision
  if ((high_sickness || in.stress_sickness) && in.support_e != Answer::kMet)
    out.push_back({"stress_sickness_restorative_supervision", "restorative_supervision",
                   not_met_or_partly(in.support_e) ? 2.0 : 1.0});  // unanswered: a possible gap only
  // no_safe_space_to_reflect
  if (not_met_or_partly(in.hw_c)) {
    out.push_back({"no_safe_space_to_reflect", "protected_reflection_time", 2});
    out.push_back({"no_safe_space_to_reflect", "peer_support", 1});
    out.push_back({"no_safe_space_to_reflect", "schwartz_rounds", 1});
    if (in.headcount >= kActionLearningMinHeadcount)
      out.push_back({"no_safe_space_to_reflect", "action_learning_sets", 1});
  }
  // stress_affecting_health_resilience_skills
  if (in.stress_sickness || (in.hw_answered >= kMinAnswered && in.hw_score < kHealthScoreLow)) {
    out.push_back({"stress_affecting_health_resilience_skills", "resilience_training", 1});
    out.push_back({"stress_affecting_health_resilience_skills", "mindfulness", 1});
  }
  // merger_rebuild_the_team
  if (in.merger) {
    out.push_back({"merger_rebuild_the_team", "staff_involvement", 2});
    out.push_back({"merger_rebuild_the_team", "team_meetings", 2});
    out.push_back({"merger_rebuild_the_team", "team_building", 1});
    out.push_back({"merger_rebuild_the_team", "caseload_review", 1});
  }
  // serious_incident_structured_debrief
  if (in.months_since_incident <= kRecentIncidentMonths ||
      (in.months_since_incident <= kIncidentLearningMonths && in.hw_f == Answer::kNotMet))
    out.push_back({"serious_incident_structured_debrief", "structured_debrief", 3});
}

std::string NativeSubset::evaluate_json(std::string_view text) const {
  nlohmann::json doc = nlohmann::json::parse(text, nullptr, true, /*ignore_comments=*/true);
  NativeInput in = read(doc);
  std::vector<NativeFinding> findings;
  findings.reserve(16);
  decide(in, findings);
  std::string out = "{\"recommend\":[";
  char weight[32];
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (i) out += ',';
    out += "{\"rule\":\"";
    out += findings[i].rule;
    out += "\",\"id\":\"";
    out += findings[i].id;
    out += "\",\"weight\":";
    std::snprintf(weight, sizeof weight, "%g", findings[i].weight);
    out += weight;
    out += '}';
  }
  out += "]}";
  return out;
}

}  // namespace trynext_bench
