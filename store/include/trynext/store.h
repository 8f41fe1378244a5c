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
  // used for a different write), "not_a_store" (the file is not a trynext history), "newer_schema"
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
