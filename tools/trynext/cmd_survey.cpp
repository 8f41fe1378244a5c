// trynext survey aggregate FILES...: a team's survey collected on paper or in another tool, one response
// file per respondent, released offline through the engine's rules (trynext/survey.h, docs/anonymity.md).
// Every file that cannot be used is named with its problems and counted; none is dropped silently.
#include <iostream>
#include <optional>
#include <sstream>

#include "common.h"
#include "survey_flags.h"
#include "trynext/json.h"
#include "trynext/report.h"
#include "trynext/survey.h"
#include "trynext/vocabulary.h"

namespace trynext_cli {

trynext::survey::Settings survey_settings_from_flags(const std::string& groups, int min_n, int homogeneity_n, int headcount) {
  trynext::survey::Settings s;
  s.min_n = min_n;
  s.homogeneity_n = homogeneity_n;
  if (headcount > 0) s.headcount = headcount;
  if (!groups.empty()) {
    auto equals = groups.find('=');
    if (equals == std::string::npos || equals == 0) {
      complain("--groups: write the field and its values, for example role=health_visitor,nursery_nurse,admin; got \"" +
               groups + "\"");
      throw Exit{kBadInput};
    }
    s.group_field = groups.substr(0, equals);
    std::stringstream values(groups.substr(equals + 1));
    for (std::string value; std::getline(values, value, ',');) s.groups.push_back(value);
  }
  if (auto problems = trynext::survey::check_settings(s); !problems.empty()) {
    for (const auto& p : problems)
      complain("--" + (p.path == "min_n" ? std::string("min-n") : p.path) + ": " + p.message);
    throw Exit{kBadInput};
  }
  return s;
}

namespace {

namespace survey = trynext::survey;

struct SurveyFlags {
  std::vector<std::string> files;
  std::string groups;  // role=a,b,c
  int min_n = survey::kDefaultMinimum;
  int homogeneity_n = 0;
  int headcount = 0;
  std::string team;  // an assessment file whose team fields the recommendations use
  std::string format = "text";
  bool keep_going = false;
  EngineFlags engine;
};

survey::Settings settings_of(const SurveyFlags& f) {
  return survey_settings_from_flags(f.groups, f.min_n, f.homogeneity_n, f.headcount);
}

std::string counts_text(const survey::Counts& c) {
  const auto& words = trynext::vocabulary::answers();
  std::string out;
  for (size_t i = 0; i < 4; ++i) out += (i ? ", " : "") + std::to_string(c[i]) + " " + words[i];
  return out;
}

void print_text(const survey::Release& r, int used, int refused) {
  std::cout << "Survey release: " << r.status << "\n";
  std::cout << r.respondents << " responses";
  if (r.headcount)
    std::cout << " of a team of " << *r.headcount << " (" << static_cast<int>(*r.response_rate * 100 + 0.5) << "%)";
  std::cout << "; " << used << " files used, " << refused << " could not be used\n";
  for (const auto& w : r.warnings) std::cout << "Warning: " << w << "\n";
  if (r.team.shown) {
    std::cout << "Spread per factor (whole team):\n";
    for (const auto& [factor, counts] : r.team.factors)
      std::cout << "  " << factor << ": " << counts_text(counts) << "\n";
  }
  for (const auto& g : r.groups)
    if (g.shown) {
      std::cout << "Spread per factor (" << g.name << ", " << g.respondents << " responses):\n";
      for (const auto& [factor, counts] : g.factors) std::cout << "  " << factor << ": " << counts_text(counts) << "\n";
    }
  for (const auto& s : r.suppressions) std::cout << s.message << "\n";
  if (r.released())
    std::cout << "The team's answers (the median of each indicator, don't know left out) are what the "
                 "recommendations read.\n";
}

void aggregate(const SurveyFlags& f) {
  survey::Settings settings = settings_of(f);
  trynext::Catalogue catalogue = open_catalogue(f.engine.catalogue);
  survey::Instrument instrument = survey::instrument_of(catalogue);
  std::vector<survey::Response> responses;
  nlohmann::json refused = nlohmann::json::array();
  for (const std::string& file : f.files) {
    std::vector<std::string> problems;
    try {
      nlohmann::json document = nlohmann::json::parse(read_input(file), nullptr, true, true);
      responses.push_back(survey::response_from_json(document, settings, instrument));
      continue;
    } catch (const nlohmann::json::parse_error& e) {
      problems.push_back(std::string("not valid JSON: ") + e.what());
    } catch (const trynext::InputError& e) {
      for (const auto& p : e.problems()) problems.push_back(p.to_string());
    } catch (const Exit&) { problems.push_back("could not be read"); }
    for (const auto& p : problems) std::cerr << file << ": " << p << "\n";
    refused.push_back({{"path", file}, {"problems", problems}});
  }
  int used = static_cast<int>(responses.size()), bad = static_cast<int>(refused.size());
  if (bad > 0) {
    complain(std::to_string(bad) + " of " + std::to_string(f.files.size()) + " response files could not be used" +
             (f.keep_going ? "; the release is made from the other " + std::to_string(used)
                           : " (fix them, or give --keep-going to release the others)"));
    if (!f.keep_going) throw Exit{kBadInput};
  }
  survey::Release release = survey::make_release(responses, settings, instrument);
  nlohmann::json out = {{"release", survey::release_json(release)},
                        {"files", {{"given", f.files.size()}, {"used", used}, {"refused", refused}}}};
  std::optional<trynext::Result> result;
  if (!f.team.empty() && release.released()) {
    nlohmann::json team;
    try {
      team = nlohmann::json::parse(read_input(f.team), nullptr, true, true).at("team");
    } catch (const nlohmann::json::exception& e) {
      complain(f.team + ": the team's figures must be an assessment with a \"team\" object (" + e.what() + ")");
      throw Exit{kBadInput};
    }
    auto engine = load_engine(f.engine);
    try {
      result = engine->recommend(survey::assessment_of(release, team).dump());
    } catch (const trynext::InputError& e) { fail_input(f.team, e); }
    out["recommendations"] = trynext::result_json(*result);
  }
  if (f.format == "json") {
    std::cout << out.dump(2) << "\n";
  } else {
    print_text(release, used, bad);
    if (result)
      std::cout << "\n" << trynext::render_report(*result, trynext::ReportFormat::text, terminal_text_options());
  }
  if (bad > 0) throw Exit{kFailed};
}

}  // namespace

void add_survey_command(CLI::App& app) {
  auto f = std::make_shared<SurveyFlags>();
  CLI::App* cmd = app.add_subcommand("survey", "Team surveys: many respondents, released under the anonymity rules");
  cmd->require_subcommand(1);
  CLI::App* a = cmd->add_subcommand(
      "aggregate",
      "Release a survey from response files ({\"group\": ..., \"answers\": {...}}, one per respondent):\n"
      "the team's answers (median), the spread and the response rate, with every suppression named\n"
      "(docs/anonymity.md). A file that cannot be used is named with its problems and counted.");
  a->add_option("files", f->files, "Response files (JSON), one per respondent")->required();
  a->add_option("--groups", f->groups, "The groups respondents chose from, as FIELD=a,b,c (role=health_visitor,admin)");
  a->add_option("--min-n", f->min_n, "No figure for fewer respondents (at least 3; default 5)");
  a->add_option("--homogeneity-n", f->homogeneity_n,
                "No spread for parts of the team smaller than this (default twice --min-n)");
  a->add_option("--headcount", f->headcount, "The team's size, for the response rate");
  a->add_option("--team", f->team,
                "An assessment whose team figures the recommendations use, with the survey's answers");
  a->add_option("--format", f->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  a->add_flag("--keep-going", f->keep_going, "Release from the usable files when some cannot be used (exit code 1)");
  add_engine_flags(a, f->engine);
  a->callback([f] { aggregate(*f); });
  add_survey_store_commands(cmd);
}

}  // namespace trynext_cli
