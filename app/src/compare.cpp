// A re-assessment against the one before it (history.h: compare). Changes are worded as what happened
// alongside the actions, never as what the actions did: two assessments cannot show a cause.
#include <set>

#include "trynext/app/history.h"

namespace trynext::app {

using nlohmann::json;

namespace {

const char* const kMonthNames[12] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};

// "March 2026" for "2026-03-15".
std::string month_words(const std::string& date) {
  if (date.size() < 7) return date;
  int m = std::stoi(date.substr(5, 2));
  return m >= 1 && m <= 12 ? std::string(kMonthNames[m - 1]) + " " + date.substr(0, 4) : date;
}

int count(const json& factor, const char* key) {
  auto it = factor.find(key);
  return it != factor.end() && it->is_number_integer() ? it->get<int>() : 0;
}

// The interventions the instrument links to any indicator of the factor.
std::set<std::string> interventions_of(const Catalogue& c, const std::string& factor_id) {
  std::set<std::string> out;
  if (const Factor* f = c.find_factor(factor_id))
    for (const auto& id : f->indicators)
      if (const Indicator* i = c.find_indicator(id)) out.insert(i->interventions.begin(), i->interventions.end());
  return out;
}

std::string title_of(const Catalogue& c, const std::string& intervention) {
  const Intervention* i = c.find(intervention);
  return i ? i->title : intervention;
}

std::string lower_first(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z' && !(s.size() > 1 && s[1] >= 'A' && s[1] <= 'Z')) s[0] += 'a' - 'A';
  return s;
}

}  // namespace

Comparison compare(const Engine& engine, const json* previous_result, const std::string& previous_date,
                   const json& current_result, const std::string& current_date, const store::TeamHistory& history) {
  Comparison out;
  out.current_date = current_date;
  if (!previous_result) return out;
  out.has_previous = true;
  out.previous_date = previous_date;
  const Catalogue& catalogue = engine.catalogue();
  for (const auto& a : history.actions)
    if (a.start_date > previous_date && a.start_date <= current_date) out.started_between.push_back(a);

  const json& before = previous_result->value("factors", json::object());
  const json& now = current_result.value("factors", json::object());
  for (const auto& f : catalogue.factors) {
    if (!before.contains(f.id) || !now.contains(f.id)) continue;
    FactorChange c;
    c.factor = f.id;
    c.title = f.title;
    c.total = count(now[f.id], "total");
    c.met_before = count(before[f.id], "met");
    c.met_now = count(now[f.id], "met");
    c.not_met_before = count(before[f.id], "not_met");
    c.not_met_now = count(now[f.id], "not_met");
    std::set<std::string> linked = interventions_of(catalogue, f.id);
    for (const auto& a : out.started_between)
      if (linked.count(a.intervention)) c.actions_between.push_back(title_of(catalogue, a.intervention));
    int delta = c.met_now - c.met_before;
    if (delta != 0 && !c.actions_between.empty()) {
      const store::Action* first = nullptr;
      for (const auto& a : out.started_between)
        if (linked.count(a.intervention)) {
          first = &a;
          break;
        }
      std::string n = std::to_string(delta > 0 ? delta : -delta);
      out.sentences.push_back("Since " + lower_first(title_of(catalogue, first->intervention)) + " started in " +
                              month_words(first->start_date) + ", " + n + (delta > 0 ? " more " : " fewer ") +
                              lower_first(f.title) + " indicator" + (n == "1" ? " is" : "s are") + " met (" +
                              std::to_string(c.met_before) + " then, " + std::to_string(c.met_now) + " now, of " +
                              std::to_string(c.total) + ").");
    } else if (delta != 0) {
      std::string n = std::to_string(delta > 0 ? delta : -delta);
      out.sentences.push_back(f.title + ": " + n + (delta > 0 ? " more" : " fewer") + " indicator" +
                              (n == "1" ? "" : "s") + " met than on " + previous_date + " (" +
                              std::to_string(c.met_before) + " then, " + std::to_string(c.met_now) + " now, of " +
                              std::to_string(c.total) + "), with no action started for it in between.");
    }
    out.factors.push_back(std::move(c));
  }
  if (!out.sentences.empty())
    out.limits =
        "These are changes seen alongside the actions, not proof that the actions caused them: two assessments are few "
        "points, other things changed at the same time, and a team assessed at a low point tends to look better the "
        "next time anyway (regression to the mean).";
  return out;
}

}  // namespace trynext::app
