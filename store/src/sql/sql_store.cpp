// The store's behaviour over any SQL connection (sql_store.h): the checks, the transactions, the
// idempotent writes and the migrations are written once here, so the backends cannot differ in them.
#include "sql/sql_store.h"

#include <mutex>
#include <type_traits>

#include <nlohmann/json.hpp>

#include "migrations.h"
#include "records.h"
#include "sql/sql_surveys.h"

namespace trynext::store {

namespace {

using V = SqlValue;

const char* const kAssessmentColumns =
    "id, team_id, assessed_on, recorded_at, input_json, result_json, engine_version, rules_version, "
    "catalogue_version, request_id";
const char* const kActionColumns =
    "id, team_id, intervention, owner, start_date, review_date, dose, delivered_as_planned, status, created_at, "
    "updated_at";
const char* const kOutcomeColumns = "id, action_id, outcome, date, note, recorded_at, request_id";
const char* const kDecisionColumns =
    "id, decided_at, route, team_id, assessment_digest, engine_version, rules_version, catalogue_version, "
    "recommended_json, request_id";
const char* const kMeasureColumns = "team_id, month, sickness_absence_rate, turnover_rate, vacancy_rate, recorded_at";

std::string select(const char* columns, const std::string& rest) { return std::string("SELECT ") + columns + " FROM " + rest; }
std::string insert(const char* table, const char* columns, int n) {
  std::string marks;
  for (int i = 0; i < n; ++i) marks += i ? ", ?" : "?";
  return std::string("INSERT INTO ") + table + " (" + columns + ") VALUES (" + marks + ")";
}

AssessmentRecord read_assessment(const SqlRows& r) {
  return {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7), r.text(8), r.text(9)};
}
Action read_action(const SqlRows& r) {
  return {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4),  r.text(5),
          r.text(6), r.flag(7), r.text(8), r.text(9), r.text(10)};
}
Outcome read_outcome(const SqlRows& r) {
  return {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6)};
}
Measure read_measure(const SqlRows& r) {
  return {r.text(0), r.text(1), r.number(2), r.number(3), r.number(4), r.text(5)};
}

class SqlStore final : public Store {
 public:
  explicit SqlStore(std::unique_ptr<SqlConnection> c) : c_(std::move(c)) {
    recognise_and_migrate();
    c_->after_open();
  }

  Team put_team(const std::string& id, const std::string& name) override {
    check_team_id("team", id);
    check_text("name", name, 200, true);
    return write([&] {
      auto existing = find_team_locked(id);
      if (existing) {
        run("UPDATE teams SET name = ? WHERE id = ?", {V::of(name), V::of(id)});
        existing->name = name;
        return *existing;
      }
      Team t{id, name, utc_now()};
      run("INSERT INTO teams (id, name, created_at) VALUES (?, ?, ?)", {V::of(t.id), V::of(t.name), V::of(t.created_at)});
      return t;
    });
  }

  std::optional<Team> find_team(const std::string& id) override {
    return read([&] { return find_team_locked(id); });
  }

  std::vector<Team> teams() override {
    return read([&] {
      std::vector<Team> out;
      auto r = c_->query("SELECT id, name, created_at FROM teams ORDER BY id");
      while (r->next()) out.push_back({r->text(0), r->text(1), r->text(2)});
      return out;
    });
  }

  AssessmentRecord add_assessment(const AssessmentRecord& given) override {
    check_assessment(given);
    return retrying_race(given.request_id, [&] {
      if (!given.request_id.empty()) {
        auto r = c_->query(select(kAssessmentColumns, "assessments WHERE request_id = ?"), {V::of(given.request_id)});
        if (r->next()) {
          AssessmentRecord first = read_assessment(*r);
          if (first.team_id != given.team_id) conflict("request_id", given.request_id, "an assessment of another team");
          return first;
        }
      }
      require_team(given.team_id);
      AssessmentRecord a = given;
      a.id = new_id();
      a.recorded_at = utc_now();
      insert_assessment(a);
      return a;
    });
  }

  std::vector<AssessmentRecord> assessments(const std::string& team_id) override {
    return read([&] {
      require_team(team_id);
      return assessments_locked(team_id);
    });
  }

  Action start_action(const Action& given) override {
    check_action(given);
    return write([&] {
      require_team(given.team_id);
      Action a = given;
      a.id = new_id();
      if (a.status.empty()) a.status = "running";
      a.created_at = a.updated_at = utc_now();
      insert_action(a);
      return a;
    });
  }

  Action update_action(const std::string& action_id, const ActionChange& change) override {
    check_change(change);
    return write([&] {
      Action a = action_locked(action_id);
      if (change.owner) a.owner = *change.owner;
      if (change.review_date) a.review_date = *change.review_date;
      if (change.dose) a.dose = *change.dose;
      if (change.status) a.status = *change.status;
      if (change.delivered_as_planned) a.delivered_as_planned = change.delivered_as_planned;
      check_action(a);  // the whole action must still hold (a review date after the start, ...)
      a.updated_at = utc_now();
      run("UPDATE actions SET owner = ?, review_date = ?, dose = ?, status = ?, delivered_as_planned = ?, "
          "updated_at = ? WHERE id = ?",
          {V::of(a.owner), V::of(a.review_date), V::of(a.dose), V::of(a.status), V::of(a.delivered_as_planned),
           V::of(a.updated_at), V::of(a.id)});
      return a;
    });
  }

  Outcome record_outcome(const Outcome& given) override {
    check_outcome(given);
    return retrying_race(given.request_id, [&] {
      if (!given.request_id.empty()) {
        auto r = c_->query(select(kOutcomeColumns, "outcomes WHERE request_id = ?"), {V::of(given.request_id)});
        if (r->next()) {
          Outcome first = read_outcome(*r);
          if (first.action_id != given.action_id) conflict("request_id", given.request_id, "an outcome of another action");
          return first;
        }
      }
      Action a = action_locked(given.action_id);
      if (given.date < a.start_date)
        throw StoreError("invalid", "date: must not be before the action's start date (" + a.start_date + "), got \"" +
                                        given.date + "\"");
      Outcome o = given;
      o.id = new_id();
      o.recorded_at = utc_now();
      insert_outcome(o);
      std::string status = o.outcome == "stopped" ? "stopped" : a.status == "running" ? "finished" : a.status;
      if (status != a.status)
        run("UPDATE actions SET status = ?, updated_at = ? WHERE id = ?",
            {V::of(status), V::of(o.recorded_at), V::of(a.id)});
      return o;
    });
  }

  Measure put_measure(const Measure& given) override {
    check_measure(given);
    return write([&] {
      require_team(given.team_id);
      Measure m = given;
      m.recorded_at = utc_now();
      run(insert("measures", kMeasureColumns, 6) +
              " ON CONFLICT (team_id, month) DO UPDATE SET sickness_absence_rate = excluded.sickness_absence_rate, "
              "turnover_rate = excluded.turnover_rate, vacancy_rate = excluded.vacancy_rate, "
              "recorded_at = excluded.recorded_at",
          measure_values(m));
      return m;
    });
  }

  TeamHistory history(const std::string& team_id) override {
    return read([&] {
      TeamHistory h;
      auto team = find_team_locked(team_id);
      if (!team) not_found_team(team_id);
      h.team = *team;
      h.assessments = assessments_locked(team_id);
      auto actions = c_->query(select(kActionColumns, "actions WHERE team_id = ? ORDER BY start_date, created_at, id"),
                               {V::of(team_id)});
      while (actions->next()) h.actions.push_back(read_action(*actions));
      auto outcomes = c_->query(
          "SELECT o.id, o.action_id, o.outcome, o.date, o.note, o.recorded_at, o.request_id FROM outcomes o "
          "JOIN actions a ON a.id = o.action_id WHERE a.team_id = ? ORDER BY o.date, o.recorded_at, o.id",
          {V::of(team_id)});
      while (outcomes->next()) h.outcomes.push_back(read_outcome(*outcomes));
      auto measures = c_->query(select(kMeasureColumns, "measures WHERE team_id = ? ORDER BY month"), {V::of(team_id)});
      while (measures->next()) h.measures.push_back(read_measure(*measures));
      return h;
    });
  }

  void import_history(const TeamHistory& h) override {
    check_team_id("team.id", h.team.id);
    check_text("team.name", h.team.name, 200, true);
    for (const auto& a : h.assessments) check_assessment(a);
    for (const auto& a : h.actions) check_action(a);
    for (const auto& o : h.outcomes) check_outcome(o);
    for (const auto& m : h.measures) check_measure(m);
    write([&] {
      if (find_team_locked(h.team.id))
        throw StoreError("conflict", "team " + h.team.id +
                                         ": is already in the store; nothing was imported (export it first, or "
                                         "import into another store)");
      run("INSERT INTO teams (id, name, created_at) VALUES (?, ?, ?)",
          {V::of(h.team.id), V::of(h.team.name), V::of(h.team.created_at.empty() ? utc_now() : h.team.created_at)});
      for (const auto& a : h.assessments) insert_assessment(a);
      for (const auto& a : h.actions) insert_action(a);
      for (const auto& o : h.outcomes) insert_outcome(o);
      for (const auto& m : h.measures) run(insert("measures", kMeasureColumns, 6), measure_values(m));
      return 0;
    });
  }

  void record_decision(const Decision& d) override {
    check_decision(d);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : d.recommended) items.push_back({{"id", r.id}, {"label", r.label}});
    write([&] {
      // A repeated id (a retry of the same answer) keeps the first record.
      run(insert("decisions", kDecisionColumns, 10) + " ON CONFLICT (id) DO NOTHING",
          {V::of(d.id), V::of(d.decided_at), V::of(d.route), V::text_or_null(d.team_id), V::of(d.assessment_digest),
           V::of(d.engine_version), V::of(d.rules_version), V::of(d.catalogue_version), V::of(items.dump()),
           V::text_or_null(d.request_id)});
      return 0;
    });
  }

  std::optional<Decision> find_decision(const std::string& id) override {
    return read([&]() -> std::optional<Decision> {
      auto r = c_->query(select(kDecisionColumns, "decisions WHERE id = ?"), {V::of(id)});
      if (!r->next()) return std::nullopt;
      Decision d{r->text(0), r->text(1), r->text(2), r->text(3), r->text(4),
                 r->text(5), r->text(6), r->text(7), {},         r->text(9)};
      auto items = nlohmann::json::parse(r->text(8), nullptr, false);
      if (!items.is_array())
        throw StoreError("corrupt", "decision " + id + ": its recommended list is not JSON in " + describe());
      for (const auto& i : items) d.recommended.push_back({i.value("id", ""), i.value("label", "")});
      return d;
    });
  }

  Survey create_survey(const Survey& given, std::string* link_key) override {
    sql_surveys::check_survey(given);
    return write([&] {
      require_team(given.team_id);
      return sql_surveys::create(*c_, given, link_key);
    });
  }
  std::optional<Survey> find_survey(const std::string& id) override {
    return read([&] { return sql_surveys::find(*c_, id); });
  }
  std::vector<Survey> surveys(const std::string& team_id) override {
    return read([&] {
      require_team(team_id);
      return sql_surveys::of_team(*c_, team_id);
    });
  }
  Survey change_survey_settings(const std::string& id, const std::string& settings_json) override {
    return write([&] { return sql_surveys::change_settings(*c_, id, settings_json); });
  }
  Survey close_survey(const std::string& id) override {
    return write([&] { return sql_surveys::close(*c_, id); });
  }
  std::vector<std::string> issue_codes(const std::string& id, int count) override {
    return write([&] { return sql_surveys::issue_codes(*c_, id, count); });
  }
  SurveyResponse submit_response(const std::string& id, const std::string& credential, const std::string& group,
                                 const std::string& answers_json) override {
    return write([&] { return sql_surveys::submit(*c_, id, credential, group, answers_json); });
  }
  std::vector<SurveyResponse> survey_responses(const std::string& id) override {
    return read([&] { return sql_surveys::responses(*c_, id); });
  }
  SurveyRelease record_release(const SurveyRelease& given) override {
    return write([&] { return sql_surveys::record_release(*c_, given); });
  }
  std::vector<SurveyRelease> survey_releases(const std::string& id) override {
    return read([&] { return sql_surveys::releases(*c_, id); });
  }

  std::string describe() const override { return c_->describe(); }

 private:
  // Runs f in a write transaction, rolled back when it throws.
  template <class F>
  std::invoke_result_t<F> write(F f) {
    std::lock_guard<std::mutex> lock(mutex_);
    c_->begin_write();
    return finish(f);
  }
  // Runs f in a read transaction: one consistent snapshot, whatever other writers do meanwhile.
  template <class F>
  std::invoke_result_t<F> read(F f) {
    std::lock_guard<std::mutex> lock(mutex_);
    c_->begin_read();
    return finish(f);
  }
  // A write with a request id, once more when another connection inserted the same request id between
  // our look-up and our insert (the unique index refuses the second): the retry finds the first.
  template <class F>
  std::invoke_result_t<F> retrying_race(const std::string& request_id, F f) {
    try {
      return write(f);
    } catch (const StoreError& e) {
      if (e.code() != "conflict" || request_id.empty()) throw;
      return write(f);
    }
  }
  template <class F>
  std::invoke_result_t<F> finish(F& f) {
    try {
      auto out = f();
      c_->commit();
      return out;
    } catch (...) {
      c_->rollback();
      throw;
    }
  }

  void run(const std::string& sql, const std::vector<SqlValue>& params = {}) {
    auto r = c_->query(sql, params);
    while (r->next()) {
    }
  }

  // Tells a trynext history from anything else, then brings its schema up to date. Nothing is written
  // to a database that is not recognised.
  void recognise_and_migrate() {
    const int latest = migrations().back().version;
    c_->begin_migration();
    try {
      std::vector<std::string> tables = c_->table_names();
      bool has_meta = false;
      for (const auto& t : tables) has_meta = has_meta || t == "store_meta";
      int version = 0;
      if (has_meta) {
        std::string application;
        auto r = c_->query("SELECT key, value FROM store_meta");
        while (r->next()) {
          if (r->text(0) == "application") application = r->text(1);
          if (r->text(0) == "schema_version") version = std::atoi(r->text(1).c_str());
        }
        if (application != kApplication) not_ours("its store_meta table is not trynext's");
      } else if (!tables.empty()) {
        not_ours("it holds tables of another application");
      }
      if (version > latest)
        throw StoreError("newer_schema", "history store " + describe() + ": made by a newer trynext (schema version " +
                                             std::to_string(version) + "; this trynext knows up to " +
                                             std::to_string(latest) + "): upgrade trynext; the store was not changed");
      for (const auto& m : migrations()) {
        if (m.version <= version) continue;
        for (const char* sql : m.statements) run(sql);
        if (m.version == 1) run("INSERT INTO store_meta (key, value) VALUES ('application', ?)", {V::of(std::string(kApplication))});
        run("INSERT INTO store_meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET "
            "value = excluded.value",
            {V::of(std::to_string(m.version))});
      }
      c_->commit();
    } catch (...) {
      c_->rollback();
      throw;
    }
  }

  [[noreturn]] void not_ours(const std::string& why) {
    throw StoreError("not_a_store", "history store " + describe() + ": not a trynext history (" + why +
                                        "); give another --store; the store was not changed");
  }
  [[noreturn]] void not_found_team(const std::string& id) {
    throw StoreError("not_found", "team " + id + ": no such team in " + describe() +
                                      " (teams are added by `trynext assess FILE --team ID`)");
  }
  [[noreturn]] void conflict(const std::string& field, const std::string& value, const std::string& what) {
    throw StoreError("conflict", field + ": \"" + value + "\" was already used for " + what);
  }

  std::optional<Team> find_team_locked(const std::string& id) {
    auto r = c_->query("SELECT id, name, created_at FROM teams WHERE id = ?", {V::of(id)});
    if (!r->next()) return std::nullopt;
    return Team{r->text(0), r->text(1), r->text(2)};
  }
  void require_team(const std::string& id) {
    if (!find_team_locked(id)) not_found_team(id);
  }
  Action action_locked(const std::string& id) {
    auto r = c_->query(select(kActionColumns, "actions WHERE id = ?"), {V::of(id)});
    if (!r->next()) throw StoreError("not_found", "action " + id + ": no such action in " + describe());
    return read_action(*r);
  }
  std::vector<AssessmentRecord> assessments_locked(const std::string& team_id) {
    std::vector<AssessmentRecord> out;
    auto r = c_->query(select(kAssessmentColumns, "assessments WHERE team_id = ? ORDER BY assessed_on, recorded_at, id"),
                       {V::of(team_id)});
    while (r->next()) out.push_back(read_assessment(*r));
    return out;
  }
  void insert_assessment(const AssessmentRecord& a) {
    run(insert("assessments", kAssessmentColumns, 10),
        {V::of(a.id), V::of(a.team_id), V::of(a.assessed_on), V::of(a.recorded_at), V::of(a.input_json),
         V::of(a.result_json), V::of(a.engine_version), V::of(a.rules_version), V::of(a.catalogue_version),
         V::text_or_null(a.request_id)});
  }
  void insert_action(const Action& a) {
    run(insert("actions", kActionColumns, 11),
        {V::of(a.id), V::of(a.team_id), V::of(a.intervention), V::of(a.owner), V::of(a.start_date),
         V::of(a.review_date), V::of(a.dose), V::of(a.delivered_as_planned), V::of(a.status), V::of(a.created_at),
         V::of(a.updated_at)});
  }
  void insert_outcome(const Outcome& o) {
    run(insert("outcomes", kOutcomeColumns, 7),
        {V::of(o.id), V::of(o.action_id), V::of(o.outcome), V::of(o.date), V::of(o.note), V::of(o.recorded_at),
         V::text_or_null(o.request_id)});
  }
  static std::vector<SqlValue> measure_values(const Measure& m) {
    return {V::of(m.team_id),       V::of(m.month),        V::of(m.sickness_absence_rate),
            V::of(m.turnover_rate), V::of(m.vacancy_rate), V::of(m.recorded_at)};
  }

  std::unique_ptr<SqlConnection> c_;
  std::mutex mutex_;  // one transaction at a time on this connection
};

}  // namespace

std::unique_ptr<Store> open_sql_store(std::unique_ptr<SqlConnection> connection) {
  return std::make_unique<SqlStore>(std::move(connection));
}

}  // namespace trynext::store
