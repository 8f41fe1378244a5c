// The history routes of the service: a team's history, assessments recorded with their answers, what
// next, actions, outcomes and monthly measures. Thin handlers over app/ and the store, answering the
// same JSON as the command line's --format json; service.cpp routes to them and checks the bearer
// token of every write first.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include <httplib.h>

#include "trynext/engine.h"
#include "trynext/store.h"

namespace trynext_serve {

class DecisionLog;

class TeamRoutes {
 public:
  // location: where the store is (--store); empty: the service keeps no history and these routes say so.
  explicit TeamRoutes(std::string location);
  bool enabled() const { return !location_.empty(); }

  void history(const trynext::Engine& engine, const httplib::Request& req, httplib::Response& res);
  // The teams kept, by id: {"teams": [{id, name, created_at}]}.
  void list(httplib::Response& res);
  // The HTML report of the team's latest assessment with its history as it is now (what next), with the
  // team over time added (changes, actions, run charts); nothing is recorded.
  void report(const trynext::Engine& engine, int top, const httplib::Request& req, httplib::Response& res);
  // Their answers are decisions: stamped and, when the log is on, recorded (decisions.h).
  void next(const trynext::Engine& engine, DecisionLog& log, const httplib::Request& req, httplib::Response& res);
  void assess(const trynext::Engine& engine, DecisionLog& log, const httplib::Request& req, httplib::Response& res,
              const std::string& body);
  void start_action(const trynext::Engine& engine, const httplib::Request& req, httplib::Response& res,
                    const std::string& body);
  void update_action(const httplib::Request& req, httplib::Response& res, const std::string& body);
  void record_outcome(const httplib::Request& req, httplib::Response& res, const std::string& body);
  void put_measure(const httplib::Request& req, httplib::Response& res, const std::string& body);

  // The store, opened on first use (so a service without --store never touches one), or null after
  // sending the error. The decision log (decisions.h) writes to it too.
  trynext::store::Store* store(httplib::Response& res);

 private:
  std::string location_;
  std::mutex open_mutex_;
  std::unique_ptr<trynext::store::Store> store_;
};

}  // namespace trynext_serve
