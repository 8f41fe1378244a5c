// The survey verbs that keep a survey in the history store (app/surveys.h): create (with its single-use
// codes, printed once), list, status, codes, respond (a paper response typed in), release (a new release,
// checked against every earlier one and recorded), report (the latest release again) and close.
#include <fstream>
#include <iostream>

#include "common.h"
#include "store_flags.h"
#include "survey_flags.h"
#include "trynext/app/surveys.h"
#include "trynext/error.h"

namespace trynext_cli {

namespace {

using nlohmann::json;
namespace app = trynext::app;
namespace store = trynext::store;
namespace survey = trynext::survey;

struct SurveyStoreFlags {
  std::string team, survey_id, file, code, key, closes, team_file, output;
  std::string groups;
  int min_n = survey::kDefaultMinimum, homogeneity_n = 0, headcount = 0, codes = 0, count = 0;
  bool link = false;
  std::string format = "text";
  EngineFlags engine;
  StoreFlags store;
};

std::string respond_address(const std::string& id) { return "/respond.html#survey=" + id; }

void print_survey(const store::Survey& s) {
  survey::Settings settings = app::survey_settings(s);
  std::cout << "Survey " << s.id << " of team " << s.team_id << (s.closed ? " (closed)" : "") << "\n";
  std::cout << "  " << s.responses << " responses";
  if (settings.headcount) std::cout << " of a team of " << *settings.headcount;
  if (s.access == "codes") std::cout << "; " << s.codes_used << " of " << s.codes_issued << " codes used";
  std::cout << "\n  No figure for fewer than " << settings.min_n << " people";
  if (!settings.groups.empty()) {
    std::cout << "; groups (" << settings.group_field << "):";
    for (const auto& g : settings.groups) std::cout << " " << g;
  }
  std::cout << "\n";
  if (!s.closes_on.empty()) std::cout << "  Closes on " << s.closes_on << "\n";
  std::cout << (s.locked() ? "  Settings locked: responses have arrived.\n"
                           : "  Settings can still change: no response has arrived.\n");
}

void print_codes(const std::vector<std::string>& codes) {
  std::cout << codes.size() << " response codes, shown only this once (only their hashes are kept): print or copy "
            << "them now and give one to each person.\n";
  for (const auto& c : codes) std::cout << "  " << c << "\n";
}

// Writes text to --output, or standard output.
void emit(const std::string& output, const std::string& text) {
  if (output.empty() || output == "-") {
    std::cout << text;
    return;
  }
  std::ofstream out(output, std::ios::binary);
  out << text;
  if (!out) {
    complain(output + ": cannot write the report there");
    throw Exit{kFailed};
  }
  std::cerr << "trynext: wrote " << output << "\n";
}

void show_release(const trynext::Engine& engine, const app::SurveyReleaseOutcome& o, const SurveyStoreFlags& f) {
  if (f.format == "json") return emit(f.output, app::release_outcome_json(o).dump(2) + "\n");
  auto format = trynext::parse_report_format(f.format);
  trynext::ReportOptions options = f.format == "text" ? terminal_text_options() : trynext::ReportOptions{};
  emit(f.output, app::survey_report(engine, o, *format, options));
}

void create(const SurveyStoreFlags& f) {
  app::SurveyCreate request;
  request.team_id = f.team;
  request.settings = survey_settings_from_flags(f.groups, f.min_n, f.homogeneity_n, f.headcount);
  request.access = f.link ? "link" : "codes";
  request.codes = f.codes;
  request.closes_on = f.closes;
  with_store(f.store, [&](store::Store& s) {
    app::SurveyCreated out;
    try {
      out = app::create_survey(s, request);
    } catch (const trynext::InputError& e) { fail_input("survey", e); }
    if (f.format == "json") {
      json j = {{"survey", app::survey_json(out.survey)}};
      if (f.link)
        j["link"] = respond_address(out.survey.id) + "&key=" + out.link_key;
      else
        j["codes"] = out.codes;
      std::cout << j.dump(2) << "\n";
      return;
    }
    print_survey(out.survey);
    if (f.link)
      std::cout << "The shared link, shown only this once: " << respond_address(out.survey.id) << "&key="
                << out.link_key << "\n(after the service's address, e.g. http://127.0.0.1:8080"
                << respond_address(out.survey.id) << "&key=...)\n";
    else
      print_codes(out.codes);
    std::cout << "Respondents answer at the service's " << respond_address(out.survey.id)
              << "; a paper response is typed in with\n  trynext survey respond " << out.survey.id
              << " --code CODE FILE\n";
  });
}

void list(const SurveyStoreFlags& f) {
  with_store(f.store, [&](store::Store& s) {
    auto surveys = s.surveys(f.team);
    if (f.format == "json") {
      json j = json::array();
      for (const auto& x : surveys) j.push_back(app::survey_json(x));
      std::cout << json{{"surveys", j}}.dump(2) << "\n";
      return;
    }
    if (surveys.empty()) std::cout << "Team " << f.team << " has no survey yet (trynext survey create " << f.team << ").\n";
    for (const auto& x : surveys) print_survey(x);
  });
}

void status(const SurveyStoreFlags& f) {
  with_store(f.store, [&](store::Store& s) {
    auto x = s.find_survey(f.survey_id);
    if (!x) throw store::StoreError("not_found", "survey " + f.survey_id + ": no such survey in " + s.describe());
    if (f.format == "json") {
      std::cout << json{{"survey", app::survey_json(*x)}}.dump(2) << "\n";
      return;
    }
    print_survey(*x);
  });
}

void codes(const SurveyStoreFlags& f) {
  with_store(f.store, [&](store::Store& s) {
    auto made = s.issue_codes(f.survey_id, f.count);
    if (f.format == "json") {
      std::cout << json{{"codes", made}}.dump(2) << "\n";
      return;
    }
    print_codes(made);
  });
}

void respond(const SurveyStoreFlags& f) {
  auto engine = load_engine(f.engine);
  json response;
  try {
    response = json::parse(read_input(f.file), nullptr, true, true);
  } catch (const json::parse_error& e) {
    complain(f.file + ": not valid JSON: " + e.what());
    throw Exit{kBadInput};
  }
  if (!response.is_object()) {
    complain(f.file + ": a response is a JSON object {\"group\": ..., \"answers\": {...}}");
    throw Exit{kBadInput};
  }
  if (!f.code.empty()) response["code"] = f.code;
  if (!f.key.empty()) response["key"] = f.key;
  with_store(f.store, [&](store::Store& s) {
    try {
      app::submit_survey_response(*engine, s, f.survey_id, response);
    } catch (const trynext::InputError& e) { fail_input(f.file, e); }
    std::cout << "Response kept, without its code (survey " << f.survey_id << ").\n";
  });
}

void release(const SurveyStoreFlags& f) {
  auto engine = load_engine(f.engine);
  std::optional<json> team;
  if (!f.team_file.empty()) {
    json doc = json::parse(read_input(f.team_file), nullptr, false, true);
    if (!doc.is_object() || !doc.contains("team") || !doc["team"].is_object()) {
      complain(f.team_file + ": the team's figures must be an assessment with a \"team\" object");
      throw Exit{kBadInput};
    }
    team = doc["team"];
  }
  with_store(f.store, [&](store::Store& s) {
    auto out = app::release_survey(*engine, s, f.survey_id, team ? &*team : nullptr);
    show_release(*engine, out, f);
    if (!out.release.released()) throw Exit{kFailed};
  });
}

void report(const SurveyStoreFlags& f) {
  auto engine = load_engine(f.engine);
  with_store(f.store, [&](store::Store& s) {
    auto out = app::latest_release(*engine, s, f.survey_id);
    if (!out) {
      complain("survey " + f.survey_id + ": nothing has been released yet (trynext survey release " + f.survey_id + ")");
      throw Exit{kFailed};
    }
    show_release(*engine, *out, f);
  });
}

void close(const SurveyStoreFlags& f) {
  with_store(f.store, [&](store::Store& s) {
    print_survey(s.close_survey(f.survey_id));
  });
}

}  // namespace

void add_survey_store_commands(CLI::App* cmd) {
  auto f = std::make_shared<SurveyStoreFlags>();
  auto formats = CLI::IsMember({"text", "json"});

  CLI::App* c = cmd->add_subcommand(
      "create",
      "Start a survey of a team in the history store: prints its id and the single-use response codes\n"
      "(shown only this once), or with --link one shared link. The settings are locked once the first\n"
      "response arrives (docs/anonymity.md).");
  c->add_option("team", f->team, "The team's id (it must be in the store: trynext assess FILE --team ID)")->required();
  c->add_option("--groups", f->groups, "The groups respondents may choose from, FIELD=a,b,c (role=health_visitor,admin)");
  c->add_option("--min-n", f->min_n, "No figure for fewer respondents, for the team or any group (at least 3; default 5)");
  c->add_option("--homogeneity-n", f->homogeneity_n, "No spread for parts of the team smaller than this (default twice --min-n)");
  c->add_option("--headcount", f->headcount, "The team's size, for the response rate (and the number of codes)");
  c->add_option("--codes", f->codes, "How many codes to make (default the headcount, else 10; at most 500)");
  c->add_flag("--link", f->link, "One shared link instead of codes (anyone with it can answer: rate-limited by the service)");
  c->add_option("--closes", f->closes, "The last day answers are taken, YYYY-MM-DD");
  c->add_option("--format", f->format, "text or json")->check(formats);
  add_store_flag(c, f->store);
  c->callback([f] { create(*f); });

  CLI::App* l = cmd->add_subcommand("list", "A team's surveys, newest first, with their response counts");
  l->add_option("team", f->team, "The team's id")->required();
  l->add_option("--format", f->format, "text or json")->check(formats);
  add_store_flag(l, f->store);
  l->callback([f] { list(*f); });

  CLI::App* st = cmd->add_subcommand("status", "One survey: responses, codes used, settings, whether locked");
  st->add_option("survey", f->survey_id, "The survey's id")->required();
  st->add_option("--format", f->format, "text or json")->check(formats);
  add_store_flag(st, f->store);
  st->callback([f] { status(*f); });

  CLI::App* k = cmd->add_subcommand("codes", "Make more single-use response codes (shown only this once)");
  k->add_option("survey", f->survey_id, "The survey's id")->required();
  k->add_option("--count", f->count, "How many (1 to 500)")->required();
  k->add_option("--format", f->format, "text or json")->check(formats);
  add_store_flag(k, f->store);
  k->callback([f] { codes(*f); });

  CLI::App* r = cmd->add_subcommand(
      "respond",
      "Type in one response collected on paper: FILE is {\"group\": ..., \"answers\": {...}}, the JSON the\n"
      "respondent page sends. The code is used up; the response is kept without it.");
  r->add_option("survey", f->survey_id, "The survey's id")->required();
  r->add_option("file", f->file, "The response file (JSON), or - for standard input")->required();
  r->add_option("--code", f->code, "The respondent's single-use code (else the file's \"code\")");
  r->add_option("--key", f->key, "The survey's shared key, for a survey with a link");
  add_engine_flags(r, f->engine);
  add_store_flag(r, f->store);
  r->callback([f] { respond(*f); });

  auto report_formats = CLI::IsMember({"text", "markdown", "html", "json"});
  CLI::App* rel = cmd->add_subcommand(
      "release",
      "Release the survey now: the team's answers, the spread and the response rate, with every\n"
      "suppression named, and the recommendations on the team's answers. It is checked against every\n"
      "earlier release and recorded. Exit code 1 when nothing could be released yet.");
  rel->add_option("survey", f->survey_id, "The survey's id")->required();
  rel->add_option("--team", f->team_file,
                  "An assessment whose team figures the recommendations use (default: the team's latest assessment)");
  rel->add_option("--format", f->format, "text, markdown, html or json")->check(report_formats);
  rel->add_option("-o,--output", f->output, "Write the report to this file");
  add_engine_flags(rel, f->engine);
  add_store_flag(rel, f->store);
  rel->callback([f] { release(*f); });

  CLI::App* rep = cmd->add_subcommand("report", "The latest release again, as it was released (nothing new is shown)");
  rep->add_option("survey", f->survey_id, "The survey's id")->required();
  rep->add_option("--format", f->format, "text, markdown, html or json")->check(report_formats);
  rep->add_option("-o,--output", f->output, "Write the report to this file");
  add_engine_flags(rep, f->engine);
  add_store_flag(rep, f->store);
  rep->callback([f] { report(*f); });

  CLI::App* cl = cmd->add_subcommand("close", "Take no more responses");
  cl->add_option("survey", f->survey_id, "The survey's id")->required();
  add_store_flag(cl, f->store);
  cl->callback([f] { close(*f); });
}

}  // namespace trynext_cli
