// The decision log of the service: every answer it gives (POST /v1/recommendations, the team assess and
// next routes) is stamped with a decision id and the engine, rules and catalogue versions, in the
// Trynext-Decision header and, for JSON answers, a top-level "decision" field. With --decision-log (or
// TRYNEXT_DECISION_LOG=1) and a store, each decision is also written to the store before the answer is
// sent, so GET /v1/decisions/{id} finds it from any instance on the same store: "which rules told this
// team to do this, and when".
#pragma once

#include <string>
#include <string_view>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "trynext/engine.h"
#include "trynext/store.h"

namespace trynext_serve {

class TeamRoutes;

// A ULID: 48 bits of milliseconds since 1970 then 80 random bits, in Crockford's base 32 (26
// characters). Ids made later sort later, and no instance needs to ask another for one.
std::string new_decision_id();

// "sha256:<hex>" of the assessment as evaluated: of its JSON re-written compact with sorted keys when it
// parses (comments, spacing and key order do not change it), else of the bytes given.
std::string assessment_digest(std::string_view assessment);

class DecisionLog {
 public:
  // enabled: write decisions to the store that teams opens (it must have one: checked at start-up).
  DecisionLog(bool enabled, TeamRoutes& teams) : enabled_(enabled), teams_(teams) {}
  bool enabled() const { return enabled_; }

  // The decision for an answer, not yet recorded.
  trynext::store::Decision make(const trynext::Result& result, std::string_view assessment, const char* route,
                                const std::string& team_id, const std::string& request_id) const;

  // Stamps the answer's header and records the decision when the log is on. False after answering
  // (503 or 500) when the store refused it: an answer is not given unless its decision is kept.
  bool stamp(const trynext::store::Decision& decision, httplib::Response& res);

  // The "decision" field of a JSON answer: {id, decided_at, versions, assessment_digest, logged}.
  nlohmann::json field(const trynext::store::Decision& decision) const;

  // GET /v1/decisions/{id}: the decision as recorded; 404 decision_not_found, or 404 no_decision_log
  // when this service keeps none.
  void fetch(const httplib::Request& req, httplib::Response& res);

 private:
  bool enabled_;
  TeamRoutes& teams_;
};

// The Trynext-Decision header's value: "id=...; engine=...; rules=...; catalogue=...".
std::string decision_header(const trynext::store::Decision& decision);

// A decision as GET /v1/decisions/{id} answers it.
nlohmann::json decision_json(const trynext::store::Decision& decision);

}  // namespace trynext_serve
