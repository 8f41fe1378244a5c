#include "input/assessment.h"

#include <cmath>
#include <set>

#include "common/suggest.h"
#include "common/vocabulary.h"
#include "input/json_text.h"
#include "input/value_hints.h"
#include "render/json_writer.h"

namespace trynext {

const std::vector<std::string>& answer_values() { return vocabulary::answers(); }

bool is_answer_value(std::string_view s) { return vocabulary::contains(vocabulary::answers(), s); }

namespace {

const char* const kFactorStatistics[] = {"score", "answered", "total", "met", "partly", "not_met", "unknown"};
const std::vector<std::string> kTopLevelKeys = {"team", "answers", "explain", "top_n", "evidence", "$schema"};

std::string describe(const nlohmann::json& v) {
  std::string text = v.dump();
  text = valid_utf8_text(text, 60);  // cut at a character boundary, marked "..."
  const char* kind = v.is_string()    ? "a string"
                     : v.is_boolean() ? "a boolean"
                     : v.is_null()    ? "null"
                     : v.is_array()   ? "an array"
                     : v.is_object()  ? "an object"
                                      : "a number";
  if (v.is_number()) return text;
  return text + " (" + kind + ")";
}

std::string list_words(const std::vector<std::string>& values) {
  std::string s;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) s += i + 1 == values.size() ? " or " : ", ";
    s += values[i];
  }
  return s;
}

// Validates one team field; adds problems naming the path, the rule it breaks and the value.
class FieldChecker {
 public:
  FieldChecker(const Catalogue& catalogue, Validation& report) : catalogue_(catalogue), report_(report) {}

  void check(const Field& field, const std::string& path, const nlohmann::json& v) {
    if (v.is_null()) {
      if (!field.nullable) problem(path, "must not be null");
      return;
    }
    const std::string& t = field.type;
    if (t == "string") {
      if (!v.is_string()) return problem(path, "must be text, got " + describe(v));
      if (v.get_ref<const std::string&>().size() > 200) problem(path, "must be at most 200 characters");
    } else if (t == "integer" || t == "number" || t == "share") {
      check_number(field, path, v);
    } else if (t == "enum") {
      if (!v.is_string() || !contains(field.values, v.get<std::string>()))
        problem(path, "must be one of " + list_words(field.values) + ", got " + describe(v) +
                          (v.is_string() ? did_you_mean(v.get<std::string>(), field.values) : ""));
    } else if (t == "flags") {
      check_string_list(path, v, &field.values, "one of " + list_words(field.values));
    } else if (t == "ids") {
      check_string_list(path, v, nullptr, "an intervention id (see `trynext catalogue list`)");
    } else if (t == "tried") {
      check_tried(path, v);
    }
  }

 private:
  void problem(const std::string& path, std::string message) { report_.problems.push_back({path, std::move(message)}); }

  static bool contains(const std::vector<std::string>& values, const std::string& s) {
    for (const auto& v : values)
      if (v == s) return true;
    return false;
  }

  const std::vector<std::string>& intervention_ids() {
    if (ids_.empty())
      for (const auto& i : catalogue_.interventions) ids_.push_back(i.id);
    return ids_;
  }

  void check_number(const Field& field, const std::string& path, const nlohmann::json& v) {
    // A share typed as a percentage (8 for 8%, "70%") is the commonest slip in a hand-filled template.
    auto percentage = [&] { return field.type == "share" ? percentage_hint(v) : std::string(); };
    if (!v.is_number()) {
      std::string hint = percentage();
      if (hint.empty() && v.is_string()) hint = "; write numbers without quotes";
      return problem(path, "must be a number, got " + describe(v) + hint);
    }
    double d = v.get<double>();
    if (!std::isfinite(d)) return problem(path, "must be a finite number");
    if (field.type == "integer" && std::floor(d) != d)
      return problem(path, "must be a whole number, got " + describe(v));
    double lo = field.type == "share" ? 0 : field.minimum.value_or(-1e300);
    double hi = field.type == "share" ? 1 : field.maximum.value_or(1e300);
    bool has_lo = field.type == "share" || field.minimum.has_value();
    bool has_hi = field.type == "share" || field.maximum.has_value();
    if ((has_lo && d < lo) || (has_hi && d > hi)) {
      std::string rule = has_lo && has_hi ? "must be between " + number_text(lo) + " and " + number_text(hi)
                         : has_lo         ? "must be at least " + number_text(lo)
                                          : "must be at most " + number_text(hi);
      problem(path, rule + ", got " + describe(v) + percentage());
    }
  }

  // allowed: the values, or nullptr for intervention ids (looked up in the catalogue).
  void check_string_list(const std::string& path, const nlohmann::json& v, const std::vector<std::string>* allowed,
                         const std::string& what) {
    if (!v.is_array()) return problem(path, "must be a list, got " + describe(v));
    std::set<std::string> seen;
    for (std::size_t i = 0; i < v.size(); ++i) {
      auto item_path = [&] { return path + "[" + std::to_string(i) + "]"; };
      if (!v[i].is_string()) {
        problem(item_path(), "must be " + what + ", got " + describe(v[i]));
        continue;
      }
      const auto& s = v[i].get_ref<const std::string&>();
      bool known = allowed ? contains(*allowed, s) : catalogue_.find(s) != nullptr;
      if (!known)
        problem(item_path(), "must be " + what + ", got " + describe(v[i]) +
                                 did_you_mean(s, allowed ? *allowed : intervention_ids()));
      else if (!seen.insert(s).second)
        problem(item_path(), "\"" + s + "\" is listed twice");
    }
  }

  void check_tried(const std::string& path, const nlohmann::json& v) {
    if (!v.is_array()) return problem(path, "must be a list of {\"id\": ..., \"outcome\": ...}, got " + describe(v));
    for (std::size_t i = 0; i < v.size(); ++i) {
      std::string item_path = path + "[" + std::to_string(i) + "]";
      const auto& item = v[i];
      if (!item.is_object()) {
        problem(item_path, "must be an object with id and outcome, got " + describe(item));
        continue;
      }
      auto id = item.find("id");
      if (id == item.end())
        problem(item_path + ".id", "is required");
      else if (!id->is_string() || !catalogue_.find(id->get_ref<const std::string&>()))
        problem(item_path + ".id",
                "must be an intervention id, got " + describe(*id) +
                    (id->is_string() ? did_you_mean(id->get<std::string>(), intervention_ids()) : ""));
      auto outcome = item.find("outcome");
      if (outcome == item.end())
        problem(item_path + ".outcome", "is required");
      else if (!outcome->is_string() || !vocabulary::contains(vocabulary::outcomes(), outcome->get<std::string>()))
        problem(item_path + ".outcome",
                "must be one of " + list_words(vocabulary::outcomes()) + ", got " + describe(*outcome) +
                    (outcome->is_string() ? did_you_mean(outcome->get<std::string>(), vocabulary::outcomes()) : ""));
      for (auto it = item.begin(); it != item.end(); ++it)
        if (it.key() != "id" && it.key() != "outcome")
          report_.warnings.push_back({item_path + "." + it.key(), "unknown field, ignored"});
    }
  }

  const Catalogue& catalogue_;
  Validation& report_;
  std::vector<std::string> ids_;
};

std::vector<std::string> field_names(const Catalogue& c) {
  std::vector<std::string> names;
  for (const auto& f : c.fields) names.push_back(f.name);
  return names;
}

std::vector<std::string> indicator_ids(const Catalogue& c) {
  std::vector<std::string> ids;
  for (const auto& i : c.indicators) ids.push_back(i.id);
  return ids;
}

}  // namespace

Assessment Assessment::build(nlohmann::json doc, const Catalogue& catalogue, Validation& report) {
  Assessment a;
  if (!doc.is_object()) {
    report.problems.push_back(
        {"", "the assessment must be a JSON object with \"team\" and \"answers\", got " + describe(doc)});
    return a;
  }
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    bool known = false;
    for (const auto& k : kTopLevelKeys) known = known || it.key() == k;
    if (!known) report.warnings.push_back({it.key(), "unknown field, ignored" + did_you_mean(it.key(), kTopLevelKeys)});
  }

  // Team context.
  auto team = doc.find("team");
  if (team == doc.end()) {
    report.problems.push_back({"team", "is required: an object describing the team (at least its headcount)"});
  } else if (!team->is_object()) {
    report.problems.push_back({"team", "must be an object, got " + describe(*team)});
  } else {
    FieldChecker checker(catalogue, report);
    for (auto it = team->begin(); it != team->end(); ++it) {
      const Field* f = catalogue.find_field(it.key());
      if (!f) {
        report.warnings.push_back(
            {"team." + it.key(), "unknown field, ignored" + did_you_mean(it.key(), field_names(catalogue))});
        continue;
      }
      checker.check(*f, "team." + it.key(), it.value());
    }
    for (const auto& f : catalogue.fields)
      if (f.name == "headcount" && !team->contains("headcount"))
        report.problems.push_back({"team.headcount", "is required: how many practitioners are in the team"});
  }

  // Answers to the benchmarking indicators.
  auto answers = doc.find("answers");
  if (answers != doc.end()) {
    if (!answers->is_object()) {
      report.problems.push_back(
          {"answers", "must be an object mapping indicator ids to answers, got " + describe(*answers)});
    } else {
      for (auto it = answers->begin(); it != answers->end(); ++it) {
        std::string path = "answers." + it.key();
        if (!catalogue.find_indicator(it.key())) {
          report.warnings.push_back(
              {path, "unknown indicator, ignored" + did_you_mean(it.key(), indicator_ids(catalogue))});
          continue;
        }
        if (!it->is_string() || !is_answer_value(it->get<std::string>()))
          report.problems.push_back(
              {path, "must be " + list_words(answer_values()) + ", got " + describe(*it) + answer_hint(*it)});
      }
    }
  }

  auto explain = doc.find("explain");
  if (explain != doc.end()) {
    if (explain->is_boolean())
      a.explain = explain->get<bool>();
    else
      report.problems.push_back({"explain", "must be true or false, got " + describe(*explain)});
  }
  auto top_n = doc.find("top_n");
  if (top_n != doc.end()) {
    if (top_n->is_number_integer() && top_n->get<long long>() >= 1 && top_n->get<long long>() <= 100)
      a.top_n = top_n->get<int>();
    else
      report.problems.push_back({"top_n", "must be a whole number between 1 and 100, got " + describe(*top_n)});
  }
  auto evidence = doc.find("evidence");
  if (evidence != doc.end()) {
    if (evidence->is_string() && (*evidence == "ids" || *evidence == "full"))
      a.evidence_ids = *evidence == "ids";
    else
      report.problems.push_back({"evidence", "must be \"full\" (the default) or \"ids\", got " + describe(*evidence)});
  }
  if (!report.ok()) return a;

  // Keep only what validated, so rules never see an unknown field.
  // The values are moved out of doc, which is not read again.
  nlohmann::json clean = {{"team", nlohmann::json::object()}, {"answers", nlohmann::json::object()}};
  nlohmann::json& clean_team = clean["team"];
  nlohmann::json& clean_answers = clean["answers"];
  for (auto it = team->begin(); it != team->end(); ++it)
    if (catalogue.find_field(it.key())) clean_team[it.key()] = std::move(it.value());
  if (answers != doc.end())
    for (auto it = answers->begin(); it != answers->end(); ++it)
      if (catalogue.find_indicator(it.key())) clean_answers[it.key()] = std::move(it.value());
  auto tried = clean_team.find("tried");
  if (tried != clean_team.end() && tried->is_array()) {
    for (auto& t : *tried) {
      a.tried_.emplace_back(t["id"].get<std::string>(), t["outcome"].get<std::string>());
      t = {{"id", std::move(t["id"])}, {"outcome", std::move(t["outcome"])}};  // drop ignored keys inside tried entries
    }
  }
  auto in_place = clean_team.find("in_place");
  if (in_place != clean_team.end() && in_place->is_array())
    for (auto& id : *in_place) a.in_place_.push_back(id.get<std::string>());
  a.team_name_ = clean_team.value("name", "");

  // Factor scores: share of answered indicators met, partly counting half, unknown left out.
  nlohmann::json factors = nlohmann::json::object();
  for (const auto& f : catalogue.factors) {
    FactorScore s;
    s.id = f.id;
    s.title = f.title;
    s.total = static_cast<int>(f.indicators.size());
    for (const auto& ind : f.indicators) {
      auto ans = clean_answers.find(ind);
      if (ans == clean_answers.end()) continue;
      const auto& v = ans->get_ref<const std::string&>();
      if (v == "met")
        ++s.met;
      else if (v == "partly")
        ++s.partly;
      else if (v == "not_met")
        ++s.not_met;
      else
        ++s.unknown;
    }
    s.answered = s.met + s.partly + s.not_met;
    if (s.answered > 0) s.score = (s.met + 0.5 * s.partly) / s.answered;
    // Member by member: an initializer list would copy each value once more.
    nlohmann::json& scores = factors[f.id];
    scores["score"] = s.score ? nlohmann::json(*s.score) : nlohmann::json();
    scores["answered"] = s.answered;
    scores["total"] = s.total;
    scores["met"] = s.met;
    scores["partly"] = s.partly;
    scores["not_met"] = s.not_met;
    scores["unknown"] = s.unknown;
    a.factor_scores_.push_back(s);
  }

  a.paths_.reserve(256);
  a.doc_ = std::make_unique<nlohmann::json>(std::move(clean));
  a.factors_ = std::make_unique<nlohmann::json>(std::move(factors));
  std::string path;
  path.reserve(64);
  for (const char* top : {"team", "answers"}) a.index(path.assign(top), (*a.doc_)[top]);
  a.index(path.assign("factors"), *a.factors_);
  return a;
}

void Assessment::index(std::string& path, const nlohmann::json& value) {
  if (value.is_null()) return;  // a null reads as absent
  paths_.insert_or_assign(path, &value);
  // The children's paths are written on the end of path, which is given back as it came.
  std::size_t length = path.size();
  if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it) {
      path.append(1, '.').append(it.key());
      index(path, it.value());
      path.resize(length);
    }
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      path.append(1, '.').append(std::to_string(i + 1));
      index(path, value[i]);
      path.resize(length);
    }
  }
}

const nlohmann::json* Assessment::find(std::string_view path) const {
  auto it = paths_.find(path);
  return it == paths_.end() ? nullptr : it->second;
}

std::string Assessment::json_at(std::string_view path) const {
  const nlohmann::json* v = find(path);
  if (!v) return "null";
  // JsonWriter writes what dump() does (the writer's tests hold it to that), without dump's set-up per call.
  thread_local JsonBuffer out(256);
  out.clear();
  JsonWriter w(out, -1);
  w.value(*v);
  return out.str();
}

std::string Assessment::tried(const std::string& id) const {
  for (const auto& [tried_id, outcome] : tried_)
    if (tried_id == id) return outcome;
  return "";
}

InputPaths::InputPaths(const Catalogue& catalogue) {
  all_ = {"team", "answers", "factors"};
  for (const auto& f : catalogue.fields) {
    std::string path = "team." + f.name;
    all_.push_back(path);
    if (f.type == "share")
      ranges_[path] = {0, 1};
    else if (f.minimum || f.maximum)
      ranges_[path] = {f.minimum.value_or(-1e300), f.maximum.value_or(1e300)};
    if (f.type == "flags" || f.type == "ids" || f.type == "tried") lists_.push_back(path);
  }
  for (const auto& i : catalogue.indicators) all_.push_back("answers." + i.id);
  for (const auto& f : catalogue.factors) {
    all_.push_back("factors." + f.id);
    for (const char* s : kFactorStatistics) all_.push_back("factors." + f.id + "." + s);
    ranges_["factors." + f.id + ".score"] = {0, 1};
  }
  known_.insert(all_.begin(), all_.end());
}

bool InputPaths::known(std::string_view path) const {
  if (known_.contains(path)) return true;
  // Items of lists: team.tried.2, team.tried.2.id
  for (const auto& l : lists_) {
    if (path.size() > l.size() + 1 && path.substr(0, l.size() + 1) == l + ".") {
      std::string_view rest = path.substr(l.size() + 1);
      auto dot = rest.find('.');
      std::string_view index = rest.substr(0, dot);
      if (index.empty() || index.find_first_not_of("0123456789") != std::string_view::npos) return false;
      if (dot == std::string_view::npos) return true;
      std::string_view key = rest.substr(dot + 1);
      return l == "team.tried" && (key == "id" || key == "outcome");
    }
  }
  return false;
}

bool InputPaths::is_list(std::string_view path) const {
  for (const auto& l : lists_)
    if (l == path) return true;
  return false;
}

std::string InputPaths::suggestion(std::string_view path) const { return did_you_mean(path, all_); }

std::optional<std::pair<double, double>> InputPaths::range(std::string_view path) const {
  auto it = ranges_.find(path);
  if (it == ranges_.end()) return std::nullopt;
  return it->second;
}

}  // namespace trynext
