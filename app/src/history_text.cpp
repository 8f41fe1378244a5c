// The history for a terminal (history.h: history_text, assess_notes_text).
#include <cstdio>
#include <map>

#include "trynext/app/history.h"

namespace trynext::app {

using nlohmann::json;

namespace {

std::string percent(double share) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", share * 100);
  return buf;
}

std::string padded(const std::string& s, std::size_t width) {
  return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

std::string signed_number(int n) { return n > 0 ? "+" + std::to_string(n) : std::to_string(n); }

std::string title_of(const Engine& engine, const std::string& intervention) {
  const Intervention* i = engine.catalogue().find(intervention);
  return i ? i->title : intervention;
}

void assessments_section(const Engine& engine, const store::TeamHistory& h, std::string& out) {
  out += "Assessments: indicators met, of each factor's total\n";
  if (h.assessments.empty()) {
    out += "  none recorded yet\n";
    return;
  }
  // The last six, oldest first, and the change between the last two.
  std::size_t first = h.assessments.size() > 6 ? h.assessments.size() - 6 : 0;
  std::vector<json> factors;
  std::string header = "  " + padded("", 32);
  for (std::size_t i = first; i < h.assessments.size(); ++i) {
    json r = json::parse(h.assessments[i].result_json, nullptr, false);
    factors.push_back(r.is_object() ? r.value("factors", json::object()) : json::object());
    header += padded(h.assessments[i].assessed_on, 12);
  }
  if (factors.size() >= 2) header += "change";
  out += header + "\n";
  for (const auto& f : engine.catalogue().factors) {
    std::string line = "  " + padded(f.title, 32);
    int last = 0, before = 0;
    for (std::size_t i = 0; i < factors.size(); ++i) {
      const json& x = factors[i].value(f.id, json::object());
      int met = x.value("met", 0), total = x.value("total", 0);
      line += padded(std::to_string(met) + " of " + std::to_string(total), 12);
      if (i + 2 == factors.size()) before = met;
      if (i + 1 == factors.size()) last = met;
    }
    if (factors.size() >= 2) line += signed_number(last - before);
    out += line + "\n";
  }
}

void actions_section(const Engine& engine, const store::TeamHistory& h, std::string& out) {
  out += "\nActions\n";
  if (h.actions.empty()) {
    out += "  none recorded yet (start one with `trynext action start " + h.team.id + " INTERVENTION`)\n";
    return;
  }
  for (const auto& a : h.actions) {
    out += "  " + title_of(engine, a.intervention) + " (" + a.intervention + ")\n";
    out += "    action " + a.id + "\n";  // the id `trynext action update|outcome` takes
    out += "    " + a.status + ", started " + a.start_date;
    if (!a.owner.empty()) out += ", led by " + a.owner;
    if (!a.review_date.empty()) out += ", review " + a.review_date;
    out += "\n";
    if (!a.dose.empty()) out += "    planned: " + a.dose + "\n";
    out += std::string("    delivered as planned: ") +
           (!a.delivered_as_planned ? "not yet said" : *a.delivered_as_planned ? "yes" : "no") + "\n";
    for (const auto& o : h.outcomes)
      if (o.action_id == a.id)
        out += "    " + o.date + " outcome: " + (o.outcome == "no_change" ? "no change" : o.outcome) +
               (o.note.empty() ? "" : " (" + o.note + ")") + "\n";
  }
}

void measures_section(const Engine& engine, const store::TeamHistory& h, std::string& out) {
  out += "\nMonthly measures\n";
  if (h.measures.empty()) {
    out += "  none entered yet (`trynext measure " + h.team.id + " --month YYYY-MM --sickness 0.06`)\n";
    return;
  }
  for (const char* measure : kMeasures) {
    RunChart chart = run_chart(h, measure);
    if (chart.points.empty()) continue;
    out += "  " + chart.label + ":";
    for (const auto& [month, value] : chart.points) out += " " + month + " " + percent(value) + ";";
    out.back() = '\n';
    out += "    " + chart.verdict + "\n";
  }
  std::string starts;
  for (const auto& a : h.actions)
    starts += (starts.empty() ? "" : "; ") + a.start_date.substr(0, 7) + " " + title_of(engine, a.intervention);
  if (!starts.empty()) out += "  actions started: " + starts + "\n";
}

}  // namespace

std::string history_text(const Engine& engine, const store::TeamHistory& h) {
  std::string out = "History of " + h.team.name + " (" + h.team.id + ")\n\n";
  assessments_section(engine, h, out);
  actions_section(engine, h, out);
  measures_section(engine, h, out);
  return out;
}

std::string assess_notes_text(const Engine& engine, const Filled& filled, const Comparison* comparison) {
  std::string out;
  auto list = [&](const std::vector<std::string>& ids) {
    std::string s;
    for (std::size_t i = 0; i < ids.size(); ++i)
      s += (i == 0 ? "" : i + 1 == ids.size() ? " and " : ", ") + title_of(engine, ids[i]);
    return s;
  };
  if (!filled.in_place.empty()) out += "From the team's history, in place now: " + list(filled.in_place) + ".\n";
  if (!filled.tried.empty()) out += "From the team's history, tried before and judged: " + list(filled.tried) + ".\n";
  for (const auto& n : filled.notes) out += n + "\n";
  if (comparison && comparison->has_previous) {
    out += "\nSince the assessment of " + comparison->previous_date + ":\n";
    if (comparison->sentences.empty()) out += "  No factor has more or fewer indicators met.\n";
    for (const auto& s : comparison->sentences) out += "  " + s + "\n";
    if (!comparison->limits.empty()) out += "  " + comparison->limits + "\n";
  }
  return out;
}

}  // namespace trynext::app
