// Turns the conditions a rule tested (path, test, expected, actual) into sentences a manager reads.
// Only presentation: what counts as a near miss is a rule that failed exactly one condition.
#include "rank/plain_words.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace trynext {

namespace {

using nlohmann::json;

std::string spaced(std::string s) {
  for (char& c : s)
    if (c == '_') c = ' ';
  return s;
}

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// "team.sickness_absence_rate" -> the field; "factors.support.score" -> ("support", "score").
const Field* team_field(const std::string& path, const Catalogue& catalogue) {
  return starts_with(path, "team.") ? catalogue.find_field(path.substr(5)) : nullptr;
}

std::string number_words(double d) {
  char buffer[32];
  // At most two decimals, without trailing zeros: 380, 7.5, 0.61 (never 3.8e+02).
  std::snprintf(buffer, sizeof buffer, "%.2f", std::round(d * 100) / 100);
  std::string s = buffer;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

std::string percent_words(double share) { return number_words(std::round(share * 1000) / 10) + "%"; }

bool is_share(const std::string& path, const Catalogue& catalogue) {
  if (const Field* f = team_field(path, catalogue)) return f->type == "share";
  return starts_with(path, "factors.") && path.size() > 6 && path.compare(path.size() - 6, 6, ".score") == 0;
}

std::string titles(const std::string& ids_text, const Catalogue& catalogue) {
  // in_place / not_in_place record the ids as "a, b" or a quoted list; name what the catalogue knows.
  std::string out, id;
  auto flush = [&] {
    if (id.empty()) return;
    const Intervention* i = catalogue.find(id);
    out += (out.empty() ? "" : " or ") + (i ? i->title : spaced(id));
    id.clear();
  };
  for (char c : ids_text) {
    if (c == ',' || c == ' ' || c == '"' || c == '[' || c == ']')
      flush();
    else
      id += c;
  }
  flush();
  return out;
}

std::string path_words(const std::string& path, const Catalogue& catalogue) {
  if (starts_with(path, "answers.")) {
    std::string id = path.substr(8);
    const Indicator* indicator = catalogue.find_indicator(id);
    return indicator ? "indicator " + id + " (\"" + indicator->text + "\")" : "indicator " + id;
  }
  if (starts_with(path, "factors.")) {
    std::string rest = path.substr(8);
    std::string factor = rest.substr(0, rest.find('.'));
    std::string what = rest.find('.') == std::string::npos ? "" : rest.substr(rest.find('.') + 1);
    const Factor* f = catalogue.find_factor(factor);
    std::string title = f ? f->title : spaced(factor);
    if (what == "score") return "the share of " + title + " indicators met (partly counting half)";
    if (what == "answered") return "the number of " + title + " indicators answered";
    return title + " " + spaced(what);
  }
  if (starts_with(path, "team.")) return "your team's " + spaced(path.substr(5));
  return spaced(path);
}

// An expected value as written by the helper ("not_met or partly", "0.05", "\"bereavement\"").
std::string expected_words(const std::string& path, const std::string& expected, const Catalogue& catalogue) {
  if (is_share(path, catalogue)) {
    try {
      return percent_words(std::stod(expected));
    } catch (...) {}
  }
  std::string out;
  for (char c : expected)
    if (c != '"') out += c == '_' ? ' ' : c;
  return out;
}

}  // namespace

std::string value_words(const std::string& path, const std::string& json_text, const Catalogue& catalogue) {
  json v = json::parse(json_text, nullptr, false);
  if (v.is_discarded()) return json_text;
  if (v.is_null()) return "not given";
  if (v.is_number()) return is_share(path, catalogue) ? percent_words(v.get<double>()) : number_words(v.get<double>());
  if (v.is_string()) {
    std::string text = v.get<std::string>();
    if (starts_with(path, "answers.") && text == "unknown") return "don't know";
    return spaced(text);
  }
  if (v.is_boolean()) return v.get<bool>() ? "yes" : "no";
  if (v.is_array()) {
    if (v.empty()) return "none";
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i)
      out += (i ? (i + 1 == v.size() ? " and " : ", ") : "") +
             (v[i].is_string() ? spaced(v[i].get<std::string>()) : v[i].dump());
    return out;
  }
  return json_text;
}

std::vector<std::string> near_miss_sentences(const RuleTrace& trace, const std::vector<std::string>& recommends,
                                             const std::set<std::string>& already, const Catalogue& catalogue) {
  std::vector<std::string> out;
  if (trace.fired || !trace.error.empty()) return out;
  const Condition* failed = nullptr;
  int failures = 0;
  for (const auto& c : trace.conditions)
    if (!c.result) {
      failed = &c;
      ++failures;
    }
  if (failures != 1) return out;
  std::vector<std::string> missing;  // what the answer would bring in that the team does not already get
  for (const auto& id : recommends)
    if (!already.count(id)) missing.push_back(id);
  if (missing.empty()) return out;
  std::string what;
  for (std::size_t i = 0; i < missing.size(); ++i) {
    const Intervention* intervention = catalogue.find(missing[i]);
    what += (i ? (i + 1 == missing.size() ? " or " : ", ") : "") +
            (intervention ? intervention->title : spaced(missing[i]));
  }
  const Condition& c = *failed;
  std::string p = path_words(c.path, catalogue), e = expected_words(c.path, c.expected, catalogue);
  std::string v = value_words(c.path, c.actual, catalogue);
  std::string requirement;
  if (c.op == "at_least")
    requirement = p + " were " + e + " or more";
  else if (c.op == "at_most")
    requirement = p + " were " + e + " or less";
  else if (c.op == "above")
    requirement = p + " were more than " + e;
  else if (c.op == "below")
    requirement = p + " were less than " + e;
  else if (c.op == "is")
    requirement = p + " were " + e;
  else if (c.op == "has")
    requirement = p + " included " + e;
  else if (c.op == "answer")
    requirement = "you answered " + p + " " + e;
  else if (c.op == "answer_is_not")
    requirement = "you answered " + p + " anything but " + e;
  else if (c.op == "in_place")
    requirement = titles(c.expected, catalogue) + " were in place";
  else if (c.op == "not_in_place")
    requirement = titles(c.expected, catalogue) + " were not in place";
  else
    requirement = p + " " + spaced(c.op) + " " + e;
  // A list of ticked concerns, or of interventions, says nothing about the one that was missing.
  bool value_helps = c.op != "in_place" && c.op != "not_in_place" && c.op != "has";
  bool answer = c.op == "answer" || c.op == "answer_is_not";
  out.push_back(what + " would be recommended if " + requirement +
                (!value_helps ? ""
                 : answer     ? " (your answer: " + v + ")"
                              : " (it is " + v + ")") +
                ".");
  return out;
}

}  // namespace trynext
