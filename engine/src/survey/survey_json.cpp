// A survey's documents: its settings, a response file and a release, read with every problem named by
// its JSON path, and written as the public contract (fields added, never renamed).
#include <set>
#include <string>
#include <vector>

#include "trynext/survey.h"
#include "trynext/vocabulary.h"

namespace trynext::survey {

using nlohmann::json;

std::vector<Problem> check_settings(const Settings& settings) {
  std::vector<Problem> problems;
  if (settings.min_n < kLowestMinimum)
    problems.push_back({"min_n", "must be at least " + std::to_string(kLowestMinimum) + ", got " +
                                     std::to_string(settings.min_n) +
                                     ": with fewer, respondents could work out each other's answers"});
  if (settings.homogeneity_n != 0 && settings.homogeneity_n <= settings.min_n)
    problems.push_back({"homogeneity_n", "must be larger than min_n (" + std::to_string(settings.min_n) + "), got " +
                                             std::to_string(settings.homogeneity_n)});
  if (settings.headcount && *settings.headcount < 1)
    problems.push_back({"headcount", "must be at least 1, got " + std::to_string(*settings.headcount)});
  if (!settings.groups.empty() && settings.group_field.empty())
    problems.push_back({"group_field", "must name what the groups are (for example \"role\") when groups are given"});
  std::set<std::string> seen;
  for (size_t i = 0; i < settings.groups.size(); ++i) {
    const std::string& group = settings.groups[i];
    std::string path = "groups[" + std::to_string(i) + "]";
    if (group.empty()) problems.push_back({path, "must not be empty"});
    if (!seen.insert(group).second) problems.push_back({path, "\"" + group + "\" is given twice"});
  }
  return problems;
}

Settings settings_from_json(const json& document) {
  std::vector<Problem> problems;
  Settings settings;
  if (!document.is_object()) throw InputError(std::vector<Problem>{{"", "the survey settings must be a JSON object"}});
  auto integer = [&](const char* name, auto assign) {
    if (!document.contains(name) || document[name].is_null()) return;
    if (!document[name].is_number_integer()) {
      problems.push_back({name, "must be a whole number, got " + document[name].dump()});
      return;
    }
    assign(document[name].get<int>());
  };
  integer("min_n", [&](int v) { settings.min_n = v; });
  integer("homogeneity_n", [&](int v) { settings.homogeneity_n = v; });
  integer("headcount", [&](int v) { settings.headcount = v; });
  if (document.contains("group_field")) {
    if (document["group_field"].is_string())
      settings.group_field = document["group_field"].get<std::string>();
    else
      problems.push_back({"group_field", "must be text, got " + document["group_field"].dump()});
  }
  if (document.contains("groups")) {
    if (!document["groups"].is_array())
      problems.push_back({"groups", "must be a list of text, got " + document["groups"].dump()});
    else
      for (size_t i = 0; i < document["groups"].size(); ++i) {
        if (document["groups"][i].is_string())
          settings.groups.push_back(document["groups"][i].get<std::string>());
        else
          problems.push_back({"groups[" + std::to_string(i) + "]", "must be text"});
      }
  }
  if (problems.empty()) problems = check_settings(settings);
  if (!problems.empty()) throw InputError(problems);
  return settings;
}

json settings_json(const Settings& settings) {
  json out = {{"min_n", settings.min_n},
              {"homogeneity_n", settings.homogeneity()},
              {"group_field", settings.group_field},
              {"groups", settings.groups}};
  out["headcount"] = settings.headcount ? json(*settings.headcount) : json(nullptr);
  return out;
}

Instrument instrument_of(const Catalogue& catalogue) {
  Instrument instrument;
  for (const Factor& factor : catalogue.factors) instrument.push_back({factor.id, factor.indicators});
  return instrument;
}

Response response_from_json(const json& document, const Settings& settings, const Instrument& instrument) {
  std::vector<Problem> problems;
  Response response;
  if (!document.is_object())
    throw InputError(std::vector<Problem>{{"", "a response must be a JSON object with \"answers\""}});
  std::set<std::string> known;
  for (const FactorShape& factor : instrument) known.insert(factor.indicators.begin(), factor.indicators.end());
  for (const auto& [key, value] : document.items())
    if (key != "group" && key != "answers" && key != "code" && key != "survey")
      problems.push_back({key, "is not part of a response (it may hold group, answers, code and survey)"});
  if (document.contains("group") && !document["group"].is_null()) {
    if (!document["group"].is_string()) {
      problems.push_back({"group", "must be text, got " + document["group"].dump()});
    } else {
      response.group = document["group"].get<std::string>();
      bool listed = std::find(settings.groups.begin(), settings.groups.end(), response.group) != settings.groups.end();
      if (!response.group.empty() && !listed)
        problems.push_back({"group", "\"" + response.group + "\" is not one of this survey's groups" +
                                         (settings.groups.empty() ? std::string(" (it has none)")
                                                                  : ": " + vocabulary::listed(settings.groups))});
    }
  }
  if (!document.contains("answers") || !document["answers"].is_object()) {
    problems.push_back({"answers", "must be an object of answers by indicator id"});
  } else {
    for (const auto& [indicator, answer] : document["answers"].items()) {
      std::string path = "answers." + indicator;
      if (!known.count(indicator)) {
        problems.push_back({path, "is not an indicator of the instrument"});
        continue;
      }
      if (!answer.is_string() || !vocabulary::contains(vocabulary::answers(), answer.get<std::string>())) {
        problems.push_back({path, "must be " + vocabulary::listed(vocabulary::answers()) + ", got " + answer.dump()});
        continue;
      }
      response.answers[indicator] = answer.get<std::string>();
    }
  }
  if (!problems.empty()) throw InputError(problems);
  return response;
}

EarlierRelease earlier_from_json(const json& document) {
  EarlierRelease out;
  if (!document.is_object() || !document.contains("respondents") || !document["respondents"].is_number_integer())
    throw InputError(
        std::vector<Problem>{{"respondents", "an earlier release must give its respondents as a whole number"}});
  out.respondents = document["respondents"].get<int>();
  out.team_shown = document.contains("team") && document["team"].is_object() && document["team"].value("shown", false);
  if (document.contains("groups") && document["groups"].is_array())
    for (const json& group : document["groups"])
      if (group.value("shown", false) && group.contains("name") && group["name"].is_string())
        out.shown_groups.push_back(group["name"].get<std::string>());
  return out;
}

namespace {

json counts_json(const Counts& counts) {
  json out = json::object();
  const auto& words = vocabulary::answers();
  for (size_t i = 0; i < 4; ++i) out[words[i]] = counts[i];
  return out;
}

json figures_json(const Figures& figures) {
  json out = {{"name", figures.name}, {"shown", figures.shown}};
  if (!figures.shown) return out;
  out["respondents"] = figures.respondents;
  json factors = json::object();
  for (const auto& [id, counts] : figures.factors) factors[id] = counts_json(counts);
  out["factors"] = factors;
  if (!figures.indicators.empty()) {
    json indicators = json::object();
    for (const auto& [id, counts] : figures.indicators) indicators[id] = counts_json(counts);
    out["indicators"] = indicators;
  }
  return out;
}

}  // namespace

json release_json(const Release& release) {
  json out = {{"status", release.status},
              {"respondents", release.respondents},
              {"min_n", release.min_n},
              {"homogeneity_n", release.homogeneity_n}};
  out["headcount"] = release.headcount ? json(*release.headcount) : json(nullptr);
  out["response_rate"] = release.response_rate ? json(*release.response_rate) : json(nullptr);
  out["low_response_rate"] = release.low_response_rate;
  out["answers"] = release.answers;
  out["indicator_counts_shown"] = release.indicator_counts_shown;
  out["team"] = figures_json(release.team);
  out["groups"] = json::array();
  for (const Figures& group : release.groups) out["groups"].push_back(figures_json(group));
  out["suppressions"] = json::array();
  for (const Suppression& s : release.suppressions)
    out["suppressions"].push_back(
        {{"scope", s.scope}, {"target", s.target}, {"reason", s.reason}, {"message", s.message}});
  out["warnings"] = release.warnings;
  return out;
}

namespace {

Counts counts_from_json(const json& j) {
  Counts out{};
  const auto& words = vocabulary::answers();
  for (size_t i = 0; i < 4; ++i) out[i] = j.is_object() ? j.value(words[i], 0) : 0;
  return out;
}

Figures figures_from_json(const json& j) {
  Figures out;
  if (!j.is_object()) return out;
  out.name = j.value("name", "");
  out.shown = j.value("shown", false);
  out.respondents = j.value("respondents", 0);
  if (j.contains("factors") && j["factors"].is_object())
    for (const auto& [id, counts] : j["factors"].items()) out.factors[id] = counts_from_json(counts);
  if (j.contains("indicators") && j["indicators"].is_object())
    for (const auto& [id, counts] : j["indicators"].items()) out.indicators[id] = counts_from_json(counts);
  return out;
}

}  // namespace

Release release_from_json(const json& document) {
  if (!document.is_object() || !document.contains("status") || !document["status"].is_string())
    throw InputError(std::vector<Problem>{{"status", "a release document must give its status"}});
  Release out;
  out.status = document["status"].get<std::string>();
  out.respondents = document.value("respondents", 0);
  out.min_n = document.value("min_n", kDefaultMinimum);
  out.homogeneity_n = document.value("homogeneity_n", 2 * out.min_n);
  if (document.contains("headcount") && document["headcount"].is_number_integer())
    out.headcount = document["headcount"].get<int>();
  if (document.contains("response_rate") && document["response_rate"].is_number())
    out.response_rate = document["response_rate"].get<double>();
  out.low_response_rate = document.value("low_response_rate", false);
  if (document.contains("answers") && document["answers"].is_object())
    for (const auto& [id, answer] : document["answers"].items())
      if (answer.is_string()) out.answers[id] = answer.get<std::string>();
  out.indicator_counts_shown = document.value("indicator_counts_shown", false);
  out.team = figures_from_json(document.value("team", json::object()));
  if (document.contains("groups") && document["groups"].is_array())
    for (const json& g : document["groups"]) out.groups.push_back(figures_from_json(g));
  if (document.contains("suppressions") && document["suppressions"].is_array())
    for (const json& x : document["suppressions"])
      if (x.is_object())
        out.suppressions.push_back(
            {x.value("scope", ""), x.value("target", ""), x.value("reason", ""), x.value("message", "")});
  if (document.contains("warnings") && document["warnings"].is_array())
    for (const json& w : document["warnings"])
      if (w.is_string()) out.warnings.push_back(w.get<std::string>());
  return out;
}

Release release_from_request(const Catalogue& catalogue, const json& request) {
  std::vector<Problem> problems;
  auto under = [&](const std::string& prefix, const InputError& e) {
    for (Problem p : e.problems()) {
      p.path = p.path.empty() ? prefix : prefix + "." + p.path;
      problems.push_back(p);
    }
  };
  if (!request.is_object()) throw InputError(std::vector<Problem>{{"", "the request must be a JSON object"}});
  Settings settings;
  try {
    settings = settings_from_json(request.value("settings", json::object()));
  } catch (const InputError& e) { under("settings", e); }
  Instrument instrument = instrument_of(catalogue);
  std::vector<Response> responses;
  if (!request.contains("responses") || !request["responses"].is_array())
    problems.push_back({"responses", "must be a list of responses, each {\"group\", \"answers\"}"});
  else
    for (size_t i = 0; i < request["responses"].size(); ++i) try {
        responses.push_back(response_from_json(request["responses"][i], settings, instrument));
      } catch (const InputError& e) { under("responses[" + std::to_string(i) + "]", e); }
  std::vector<EarlierRelease> earlier;
  if (request.contains("earlier") && request["earlier"].is_array())
    for (size_t i = 0; i < request["earlier"].size(); ++i) try {
        earlier.push_back(earlier_from_json(request["earlier"][i]));
      } catch (const InputError& e) { under("earlier[" + std::to_string(i) + "]", e); }
  if (!problems.empty()) throw InputError(problems);
  return make_release(responses, settings, instrument, earlier);
}

json assessment_of(const Release& release, const json& team) {
  if (!release.released()) throw Error("the survey has no release to recommend from (" + release.status + ")");
  return {{"team", team}, {"answers", release.answers}};
}

}  // namespace trynext::survey
