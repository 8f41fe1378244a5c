// The history of each team: what it was assessed as, what it was recommended, what it decided to try,
// whether that was delivered and whether it helped, and the monthly figures it keeps. Teams, not
// people: nothing here names or describes a person (an action's owner is a role or a name the team
// chooses to write; the docs say to prefer a role).
//
// One narrow interface, the same for every backend (SQLite, the embedded default; PostgreSQL for
// several service instances on one history). The engine never links this library: it stays stateless
// and answers from its input alone; store/ and app/ combine the two.
//
// What every backend guarantees:
//  - Ids are strings. A team's id is chosen by the user; every other id is made by the store (random,
//    128 bits, hex) and is never a backend's row number.
//  - Times are UTC in ISO 8601 ("2026-12-02T09:30:00Z"); dates are "YYYY-MM-DD"; months "YYYY-MM".
//  - Each call is one transaction: it happens whole or not at all.
//  - A write that carries a request id is idempotent: repeating it (say, after a lost response)
//    returns the record the first call made and records nothing more.
//  - Every failure is a StoreError with a stable code and a message that names what was wrong.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace trynext::store {

// Why a call failed. The codes are stable; the messages are for people.
class StoreError : public std::runtime_error {
 public:
  StoreError(std::string code, const std::string& message) : std::runtime_error(message), code_(std::move(code)) {}
  // "invalid" (a field is wrong; the message names it), "not_found", "conflict" (the request id was
  // used for a different write; a survey's settings changed after its first response), "code_used" (a
  // survey's single-use code given a second time), "code_not_valid" (not a code or key of that survey),
  // "closed" (the survey takes no more responses), "not_a_store" (the file is not a trynext history), "newer_schema"
  // (made by a newer trynext), "corrupt", "read_only", "full" (no space left), "io_error" (the disk
  // refused a write), "busy" (locked too long by another writer), "unavailable" (cannot be opened or
  // reached). A failed write leaves the store as it was before the call.
  const std::string& code() const { return code_; }

 private:
  std::string code_;
};

struct Team {
  std::string id;  // chosen by the user: 1 to 64 of a-z, 0-9, '-', '_', starting with a letter or digit
  std::string name;
  std::string created_at;
};

// One assessment as submitted, and the answer that was given for it.
struct AssessmentRecord {
  std::string id;
  std::string team_id;
  std::string assessed_on;  // the date the answers describe
  std::string recorded_at;
  std::string input_json;   // the assessment document as evaluated
  std::string result_json;  // the result given (the public JSON contract)
  std::string engine_version, rules_version, catalogue_version;
  std::string request_id;   // empty when the caller gave none
};

// An intervention the team decided to start.
struct Action {
  std::string id;
  std::string team_id;
  std::string intervention;  // a catalogue id
  std::string owner;         // who leads it: a role is enough ("team lead")
  std::string start_date;
  std::string review_date;   // when the team plans to judge it; may be empty
  std::string dose;          // what was planned, in words ("monthly, 6 sessions")
  std::optional<bool> delivered_as_planned;  // unknown until said
  std::string status;        // "planned", "running", "finished" or "stopped"
  std::string created_at, updated_at;
};

// What the team judged an action to have done.
struct Outcome {
  std::string id;
  std::string action_id;
  std::string outcome;  // "helped", "no_change", "worse" or "stopped" (ended before it could be judged)
  std::string date;
  std::string note;
  std::string recorded_at;
  std::string request_id;
};

// The team's figures for one month; a figure not given stays unknown (not zero).
struct Measure {
  std::string team_id;
  std::string month;
  std::optional<double> sickness_absence_rate;  // shares from 0 to 1, as in the assessment
  std::optional<double> turnover_rate;
  std::optional<double> vacancy_rate;
  std::string recorded_at;
};

// The fields of an action a call may change; unset fields stay as they are.
struct ActionChange {
  std::optional<std::string> owner, review_date, dose, status;
  std::optional<bool> delivered_as_planned;
};

// One answer the service gave, for the decision log: which rules told a team what, and when. The
// service makes the id (a ULID: 26 characters, sortable by time, random in its last 80 bits) and
// stamps the answer with it before writing it here, so any instance can fetch it back by id.
struct DecisionItem {
  std::string id;     // an intervention of the catalogue
  std::string label;  // act_now, recommended, worth_considering or keep_going
};
struct Decision {
  std::string id;
  std::string decided_at;         // UTC, ISO 8601
  std::string route;              // what asked: "recommend", "team_assess", "team_next"
  std::string team_id;            // empty when the answer was for no recorded team
  std::string assessment_digest;  // "sha256:..." of the assessment as evaluated
  std::string engine_version, rules_version, catalogue_version;
  std::vector<DecisionItem> recommended;  // in rank order, keep_going last
  std::string request_id;                 // the write's request id, or empty
};

// A team survey (schema version 3): several practitioners answer the benchmark, and the engine's
// survey::make_release decides what may be shown of their answers (docs/anonymity.md). The store keeps
// the settings as the engine writes them (survey::settings_json) without reading them, so it needs no
// engine; they can no longer change once the first response has arrived.
struct Survey {
  std::string id;             // made by the store
  std::string team_id;
  std::string settings_json;  // {"min_n": 5, "groups": [...], ...}
  std::string access;         // "codes" (single-use codes, one per respondent) or "link" (one shared key)
  std::string closes_on;      // a date after which no response is taken; empty: open until closed
  std::string created_at;
  bool closed = false;
  // Read only: kept by the store.
  int responses = 0;
  int codes_issued = 0, codes_used = 0;
  bool locked() const { return responses > 0; }
};

// One response as kept: no code, no key and no time of day, so that the store itself cannot tie it to
// the person who gave it. seq is its place in the order of arrival (the over-time rule needs it).
struct SurveyResponse {
  int seq = 0;
  std::string group;         // empty when not given
  std::string answers_json;  // {"<indicator>": "met" | "partly" | "not_met" | "unknown"}
  std::string received_on;   // a date, never a time
};

// A release the manager was shown: every later release of the survey is checked against it.
struct SurveyRelease {
  std::string id;  // made by the store
  std::string survey_id;
  int seq = 0;  // 1 for the first release of the survey; see record_release
  std::string released_at;
  int respondents = 0;        // how many responses it covered (the first `respondents` by seq)
  std::string release_json;   // survey::release_json's document
};

// Everything the store holds about one team, for history, export and import.
struct TeamHistory {
  Team team;
  std::vector<AssessmentRecord> assessments;  // oldest first
  std::vector<Action> actions;                // by start date, then creation
  std::vector<Outcome> outcomes;              // by date, then creation
  std::vector<Measure> measures;              // by month
};

class Store {
 public:
  virtual ~Store() = default;

  // Creates the team, or renames it when it exists. Throws StoreError("invalid") for a bad id or an
  // empty name.
  virtual Team put_team(const std::string& id, const std::string& name) = 0;
  // The team, or nullopt when there is none with that id.
  virtual std::optional<Team> find_team(const std::string& id) = 0;
  virtual std::vector<Team> teams() = 0;  // by id

  // Records an assessment of an existing team. id, recorded_at are made by the store and any given
  // are ignored; a repeated request_id returns the first record (StoreError("conflict") when that
  // request id was used for another team).
  virtual AssessmentRecord add_assessment(const AssessmentRecord& record) = 0;
  // The team's assessments, oldest first (by assessed_on, then recorded_at).
  virtual std::vector<AssessmentRecord> assessments(const std::string& team_id) = 0;

  // Starts an action for an existing team: status "running" unless given. id and times are made here.
  virtual Action start_action(const Action& action) = 0;
  // Changes an action; throws StoreError("not_found") when there is none with that id.
  virtual Action update_action(const std::string& action_id, const ActionChange& change) = 0;
  // Records an outcome of an existing action. An outcome of "stopped" also sets the action's status
  // to stopped; any other outcome sets a running action to finished. Idempotent by request_id.
  virtual Outcome record_outcome(const Outcome& outcome) = 0;

  // Records or replaces the team's figures for one month.
  virtual Measure put_measure(const Measure& measure) = 0;

  // Everything about one team; throws StoreError("not_found") when there is no such team.
  virtual TeamHistory history(const std::string& team_id) = 0;

  // Adds a team's history as exported (ids, times and request ids kept), in one transaction. Throws
  // StoreError("conflict") when the team already exists, naming it; nothing is written then.
  virtual void import_history(const TeamHistory& history) = 0;

  // The decision log (schema version 2). Records a decision; a decision with the same id is kept as it
  // was first recorded (a retry writes nothing more). The team need not exist (POST
  // /v1/recommendations answers for no team). Throws StoreError("invalid") naming a bad field.
  virtual void record_decision(const Decision& decision) = 0;
  // The decision, or nullopt when none has that id.
  virtual std::optional<Decision> find_decision(const std::string& id) = 0;

  // Team surveys (schema version 3).
  // Creates a survey of an existing team; id, created_at and the counts are made here. access "link"
  // also makes the shared key, returned once in *link_key (only its hash is kept). Throws
  // StoreError("invalid") naming a bad field.
  virtual Survey create_survey(const Survey& survey, std::string* link_key) = 0;
  // The survey, or nullopt when none has that id.
  virtual std::optional<Survey> find_survey(const std::string& id) = 0;
  // The team's surveys, newest first; throws StoreError("not_found") when there is no such team.
  virtual std::vector<Survey> surveys(const std::string& team_id) = 0;
  // Replaces the settings while no response has arrived; StoreError("conflict") after that.
  virtual Survey change_survey_settings(const std::string& survey_id, const std::string& settings_json) = 0;
  // No more responses are taken.
  virtual Survey close_survey(const std::string& survey_id) = 0;
  // Makes count (1 to 500) new single-use codes for a survey with access "codes" and returns them: they
  // are shown this once, the store keeps only their hashes.
  virtual std::vector<std::string> issue_codes(const std::string& survey_id, int count) = 0;
  // Takes one response: credential is an unused code of the survey (used up in the same transaction,
  // so two submissions of one code keep one) or the survey's shared key. received_on is today's date.
  // Throws StoreError "code_not_valid", "code_used", "closed" (closed, or past closes_on) or
  // "not_found". The response is kept without any link to the credential.
  virtual SurveyResponse submit_response(const std::string& survey_id, const std::string& credential,
                                         const std::string& group, const std::string& answers_json) = 0;
  // The survey's responses in the order they arrived.
  virtual std::vector<SurveyResponse> survey_responses(const std::string& survey_id) = 0;
  // Records a release the manager was shown; id, seq and released_at are made here. A release is made
  // against the releases before it, so when release.seq is given (the number of releases it was checked
  // against, plus one) and another was recorded meanwhile, it is refused with StoreError("conflict"): make
  // it again.
  virtual SurveyRelease record_release(const SurveyRelease& release) = 0;
  // The survey's releases, oldest first.
  virtual std::vector<SurveyRelease> survey_releases(const std::string& survey_id) = 0;

  // What the backend is, for messages: "sqlite:/path/to/history.db".
  virtual std::string describe() const = 0;
};

// Opens (creating when missing) the store at location: a file path for SQLite, or a
// "postgresql://..." connection string. The schema is migrated forward when it is older; a store made
// by a newer trynext, a file that is not a trynext history, or a corrupt file is refused with a
// StoreError and never changed.
std::unique_ptr<Store> open_store(const std::string& location);

// Where the store is when none is given: $TRYNEXT_STORE, else $XDG_DATA_HOME/trynext/history.db,
// else ~/.local/share/trynext/history.db.
std::string default_store_location();

// Throws StoreError("invalid") naming the field "team" when id is not a valid team id (see Team::id).
void check_team_id(const std::string& id);

// The schema version this library writes.
int schema_version();

}  // namespace trynext::store
