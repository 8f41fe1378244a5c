// The verbs of a team's history: assess, next, history, action, measure, export, import. Each opens the
// store (--store, else $TRYNEXT_STORE, else the user's data folder), calls one use case of app/ and
// prints; every store error is printed with what to do and exits 2.
#include <fstream>
#include <iostream>

#include "common.h"
#include "store_flags.h"
#include "trynext/app/history.h"
#include "trynext/json.h"
#include "trynext/store.h"
#include "trynext/store_json.h"

namespace trynext_cli {

namespace {

using nlohmann::json;
namespace app = trynext::app;
namespace store = trynext::store;

// ---- assess and next ----------------------------------------------------------------------------

struct AssessFlags {
  std::string file = "-";
  std::string team, name, date, request_id, format = "text";
  int top = 5;
  EngineFlags engine;
  StoreFlags store;
};

void assess(const AssessFlags& flags) {
  auto engine = load_engine(flags.engine);
  std::string text = read_input(flags.file);
  with_store(flags.store, [&](store::Store& s) {
    app::AssessRequest request{flags.team, flags.name, text, flags.date, flags.request_id, {}};
    request.options.top_n = flags.top;
    app::AssessOutcome out;
    try {
      out = app::assess_and_record(*engine, s, request);
    } catch (const trynext::InputError& e) {
      fail_input(flags.file, e);
    }
    if (flags.format == "json") {
      std::cout << app::assess_outcome_json(out).dump(2) << "\n";
      return;
    }
    if (flags.format == "html") {  // the report with the team over time, for a browser or print
      trynext::ReportOptions options;
      options.date = out.record.assessed_on;
      std::cout << app::report_html_with_history(
          trynext::render_report(out.result, trynext::ReportFormat::html, options), *engine,
          s.history(out.record.team_id), &out.comparison);
      std::cerr << "trynext: recorded as assessment " << out.record.id.substr(0, 8) << " of team " << out.record.team_id
                << " on " << out.record.assessed_on << (out.repeated ? " (already recorded: not recorded again)" : "")
                << "\n";
      return;
    }
    std::cout << trynext::render_report(out.result, trynext::ReportFormat::text, terminal_text_options());
    std::string notes = app::assess_notes_text(*engine, out.filled, &out.comparison);
    if (!notes.empty()) std::cout << "\n" << notes;
    std::cout << "\nRecorded as assessment " << out.record.id.substr(0, 8) << " of team " << out.record.team_id
              << " on " << out.record.assessed_on << (out.repeated ? " (already recorded: not recorded again)" : "")
              << " in " << s.describe() << ".\n";
  });
}

struct NextFlags {
  std::string team, format = "text";
  int top = 5;
  EngineFlags engine;
  StoreFlags store;
};

void next(const NextFlags& flags) {
  auto engine = load_engine(flags.engine);
  with_store(flags.store, [&](store::Store& s) {
    trynext::EvaluateOptions options;
    options.top_n = flags.top;
    options.explain = flags.format == "html";  // the report's near misses
    app::NextOutcome out;
    try {
      out = app::next(*engine, s, flags.team, options);
    } catch (const trynext::InputError& e) {
      fail_input("the latest assessment of " + flags.team, e);
    }
    if (flags.format == "json") {
      std::cout << app::next_outcome_json(out).dump(2) << "\n";
      return;
    }
    if (flags.format == "html") {
      store::TeamHistory h = s.history(flags.team);
      app::Comparison c = app::latest_comparison(*engine, h);
      std::cout << app::report_html_with_history(trynext::render_report(out.result, trynext::ReportFormat::html),
                                                 *engine, h, &c);
      return;
    }
    std::cout << trynext::render_report(out.result, trynext::ReportFormat::text, terminal_text_options());
    std::string notes = app::assess_notes_text(*engine, out.filled, nullptr);
    std::cout << "\nFrom the assessment of " << out.based_on.assessed_on << " and the history as it is now.\n"
              << notes;
  });
}

// ---- history, export, import --------------------------------------------------------------------

struct TeamFlags {
  std::string team, format = "text", out = "-";
  EngineFlags engine;
  StoreFlags store;
};

void history(const TeamFlags& flags) {
  auto engine = load_engine(flags.engine);
  with_store(flags.store, [&](store::Store& s) {
    store::TeamHistory h = s.history(flags.team);
    if (flags.format == "json") {
      std::cout << app::history_json(h).dump(2) << "\n";
    } else {
      std::cout << app::history_text(*engine, h);
    }
  });
}

void export_team(const TeamFlags& flags) {
  with_store(flags.store, [&](store::Store& s) {
    std::string text = store::history_to_json(s.history(flags.team)).dump(2) + "\n";
    if (flags.out == "-") {
      std::cout << text;
      return;
    }
    std::ofstream f(flags.out, std::ios::binary);
    f << text;
    if (!f.flush()) {
      complain("cannot write " + flags.out);
      throw Exit{kBadInput};
    }
    std::cerr << "trynext: wrote the history of " << flags.team << " to " << flags.out << "\n";
  });
}

struct ImportFlags {
  std::string file;
  StoreFlags store;
};

void import_file(const ImportFlags& flags) {
  std::string text = read_input(flags.file);
  json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded()) {
    complain(flags.file + ": not JSON (an export written by `trynext export TEAM` is expected)");
    throw Exit{kBadInput};
  }
  with_store(flags.store, [&](store::Store& s) {
    store::TeamHistory h;
    try {
      h = store::history_from_json(doc);
    } catch (const store::StoreError& e) {
      throw store::StoreError(e.code(), flags.file + ": " + e.what());
    }
    s.import_history(h);
    std::cerr << "trynext: imported team " << h.team.id << " (" << h.assessments.size() << " assessments, "
              << h.actions.size() << " actions, " << h.outcomes.size() << " outcomes, " << h.measures.size()
              << " months of measures) into " << s.describe() << "\n";
  });
}

// ---- actions and measures -----------------------------------------------------------------------

struct ActionFlags {
  std::string team, intervention, id, owner, start, review, dose, status, outcome, date, note, request_id;
  std::string delivered;  // yes, no
  EngineFlags engine;
  StoreFlags store;
};

std::optional<bool> yes_no(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s == "yes";
}

void print_action(const store::Action& a) {
  std::cout << "action " << a.id << ": " << a.intervention << ", " << a.status << ", started " << a.start_date
            << (a.review_date.empty() ? "" : ", review " + a.review_date) << "\n";
}

void action_start(const ActionFlags& flags) {
  auto engine = load_engine(flags.engine);
  with_store(flags.store, [&](store::Store& s) {
    app::check_intervention(*engine, flags.intervention);
    store::Action a;
    a.team_id = flags.team;
    a.intervention = flags.intervention;
    a.owner = flags.owner;
    a.start_date = flags.start.empty() ? app::today() : flags.start;
    a.review_date = flags.review;
    a.dose = flags.dose;
    a.status = flags.status;
    print_action(s.start_action(a));
  });
}

void action_update(const ActionFlags& flags) {
  with_store(flags.store, [&](store::Store& s) {
    store::ActionChange c;
    if (!flags.owner.empty()) c.owner = flags.owner;
    if (!flags.review.empty()) c.review_date = flags.review;
    if (!flags.dose.empty()) c.dose = flags.dose;
    if (!flags.status.empty()) c.status = flags.status;
    c.delivered_as_planned = yes_no(flags.delivered);
    print_action(s.update_action(flags.id, c));
  });
}

void action_outcome(const ActionFlags& flags) {
  with_store(flags.store, [&](store::Store& s) {
    store::Outcome o{"", flags.id, flags.outcome, flags.date.empty() ? app::today() : flags.date, flags.note, "",
                     flags.request_id};
    store::Outcome saved = s.record_outcome(o);
    std::cout << "outcome " << saved.id << ": action " << saved.action_id << " " << saved.outcome << " on "
              << saved.date << "\n";
  });
}

struct MeasureFlags {
  std::string team, month;
  std::optional<double> sickness, turnover, vacancy;
  StoreFlags store;
};

void measure(const MeasureFlags& flags) {
  with_store(flags.store, [&](store::Store& s) {
    store::Measure m{flags.team, flags.month, flags.sickness, flags.turnover, flags.vacancy, ""};
    store::Measure saved = s.put_measure(m);
    std::cout << "measures of " << saved.team_id << " for " << saved.month << " recorded\n";
  });
}

}  // namespace

void add_history_commands(CLI::App& app) {
  {
    auto flags = std::make_shared<AssessFlags>();
    CLI::App* cmd = app.add_subcommand(
        "assess", "Recommend for a team using its history, and record the assessment and the answer");
    cmd->add_option("file", flags->file, "Assessment (JSON); - reads standard input")->required();
    cmd->add_option("--team", flags->team, "The team's id (a-z, 0-9, - and _); created when new")->required();
    cmd->add_option("--name", flags->name, "The team's name (default: the assessment's team.name)");
    cmd->add_option("--date", flags->date, "The date the answers describe, YYYY-MM-DD (default: today)");
    cmd->add_option("--request-id", flags->request_id, "Makes a retry record once (for scripts and services)");
    cmd->add_option("--format", flags->format,
                    "text (default), json, or html: the report with the team over time (changes, actions, run charts)")
        ->check(CLI::IsMember({"text", "json", "html"}));
    cmd->add_option("--top", flags->top, "How many recommendations (default 5)")->check(CLI::Range(1, 100));
    add_engine_flags(cmd, flags->engine);
    add_store_flag(cmd, flags->store);
    cmd->callback([flags] { assess(*flags); });
  }
  {
    auto flags = std::make_shared<NextFlags>();
    CLI::App* cmd = app.add_subcommand("next", "Recommend from a team's latest assessment and its history now");
    cmd->add_option("team", flags->team, "The team's id")->required();
    cmd->add_option("--format", flags->format,
                    "text (default), json, or html: the report with the team over time (changes, actions, run charts)")
        ->check(CLI::IsMember({"text", "json", "html"}));
    cmd->add_option("--top", flags->top, "How many recommendations (default 5)")->check(CLI::Range(1, 100));
    add_engine_flags(cmd, flags->engine);
    add_store_flag(cmd, flags->store);
    cmd->callback([flags] { next(*flags); });
  }
  {
    auto flags = std::make_shared<TeamFlags>();
    CLI::App* cmd = app.add_subcommand(
        "history", "A team's assessments over time, its actions and their outcomes, and its monthly measures");
    cmd->add_option("team", flags->team, "The team's id")->required();
    cmd->add_option("--format", flags->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
    add_engine_flags(cmd, flags->engine);
    add_store_flag(cmd, flags->store);
    cmd->callback([flags] { history(*flags); });
  }
  {
    auto flags = std::make_shared<TeamFlags>();
    CLI::App* cmd = app.add_subcommand("export", "Write a team's whole history as JSON (read back by import)");
    cmd->add_option("team", flags->team, "The team's id")->required();
    cmd->add_option("-o,--out", flags->out, "File to write (default: standard output)");
    add_store_flag(cmd, flags->store);
    cmd->callback([flags] { export_team(*flags); });
  }
  {
    auto flags = std::make_shared<ImportFlags>();
    CLI::App* cmd = app.add_subcommand("import", "Add a team's history written by export (a team not in the store)");
    cmd->add_option("file", flags->file, "The export (JSON); - reads standard input")->required();
    add_store_flag(cmd, flags->store);
    cmd->callback([flags] { import_file(*flags); });
  }
  {
    CLI::App* action = app.add_subcommand("action", "Record what a team decided to try, and how it went");
    action->require_subcommand(1);
    auto start = std::make_shared<ActionFlags>();
    CLI::App* s = action->add_subcommand("start", "Start an intervention for a team");
    s->add_option("team", start->team, "The team's id")->required();
    s->add_option("intervention", start->intervention, "The intervention's id (see `trynext catalogue list`)")
        ->required();
    s->add_option("--owner", start->owner, "Who leads it (a role is enough: \"team lead\")");
    s->add_option("--start", start->start, "Start date, YYYY-MM-DD (default: today)");
    s->add_option("--review", start->review, "When the team will judge it, YYYY-MM-DD");
    s->add_option("--dose", start->dose, "What is planned, in words (\"monthly, 6 sessions\")");
    s->add_option("--status", start->status, "planned or running (default running)")
        ->check(CLI::IsMember({"planned", "running"}));
    add_engine_flags(s, start->engine);
    add_store_flag(s, start->store);
    s->callback([start] { action_start(*start); });

    auto update = std::make_shared<ActionFlags>();
    CLI::App* u = action->add_subcommand("update", "Change an action: owner, review date, dose, status, delivery");
    u->add_option("id", update->id, "The action's id (printed by action start)")->required();
    u->add_option("--owner", update->owner, "Who leads it");
    u->add_option("--review", update->review, "Review date, YYYY-MM-DD");
    u->add_option("--dose", update->dose, "What is planned or was delivered, in words");
    u->add_option("--status", update->status, "planned, running, finished or stopped")
        ->check(CLI::IsMember({"planned", "running", "finished", "stopped"}));
    u->add_option("--delivered", update->delivered, "Was it delivered as planned: yes or no")
        ->check(CLI::IsMember({"yes", "no"}));
    add_store_flag(u, update->store);
    u->callback([update] { action_update(*update); });

    auto outcome = std::make_shared<ActionFlags>();
    CLI::App* o = action->add_subcommand("outcome", "Record whether an action helped");
    o->add_option("id", outcome->id, "The action's id")->required();
    o->add_option("outcome", outcome->outcome, "helped, no_change, worse or stopped")
        ->required()
        ->check(CLI::IsMember({"helped", "no_change", "worse", "stopped"}));
    o->add_option("--date", outcome->date, "When it was judged, YYYY-MM-DD (default: today)");
    o->add_option("--note", outcome->note, "What the team saw, in a sentence");
    o->add_option("--request-id", outcome->request_id, "Makes a retry record once");
    add_store_flag(o, outcome->store);
    o->callback([outcome] { action_outcome(*outcome); });
  }
  {
    auto flags = std::make_shared<MeasureFlags>();
    CLI::App* cmd = app.add_subcommand("measure", "Enter a team's figures for one month (shares, 0.06 for 6%)");
    cmd->add_option("team", flags->team, "The team's id")->required();
    cmd->add_option("--month", flags->month, "The month, YYYY-MM")->required();
    cmd->add_option("--sickness", flags->sickness, "Share of working days lost to sickness that month");
    cmd->add_option("--turnover", flags->turnover, "Share of practitioners who left (annualised)");
    cmd->add_option("--vacancy", flags->vacancy, "Share of funded posts vacant");
    add_store_flag(cmd, flags->store);
    cmd->callback([flags] { measure(*flags); });
  }
}

}  // namespace trynext_cli
