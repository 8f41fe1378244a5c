// The routes of team surveys kept in the history store (app/surveys.h, docs/anonymity.md): the
// manager's (create, codes, close, release: writes that need the token; list, status, releases,
// report: reads, open as the team's history is) and the respondent's (the form and the response, which
// need no token: a response carries its single-use code or the survey's shared key). service.cpp
// routes to them and checks the token of every write first.
#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <string>

#include <httplib.h>

#include "trynext/engine.h"

namespace trynext_serve {

class TeamRoutes;

class SurveyRoutes {
 public:
  explicit SurveyRoutes(TeamRoutes& teams) : teams_(teams) {}

  void create(const httplib::Request& req, httplib::Response& res, const std::string& body);
  void list(const httplib::Request& req, httplib::Response& res);
  void status(const httplib::Request& req, httplib::Response& res);
  void codes(const httplib::Request& req, httplib::Response& res, const std::string& body);
  void close(const httplib::Request& req, httplib::Response& res);
  void form(const trynext::Engine& engine, const httplib::Request& req, httplib::Response& res);
  void respond(const trynext::Engine& engine, const httplib::Request& req, httplib::Response& res,
               const std::string& body);
  void release(const trynext::Engine& engine, const httplib::Request& req, httplib::Response& res,
               const std::string& body);
  void releases(const httplib::Request& req, httplib::Response& res);
  void report(const trynext::Engine& engine, const httplib::Request& req, httplib::Response& res);

  // A survey with a shared link takes at most this many responses in this window, per instance: anyone
  // with the link can answer, and this bounds how fast one person could answer many times (a local choice).
  static constexpr int kLinkResponses = 30;
  static constexpr std::chrono::minutes kLinkWindow{10};

 private:
  bool link_rate_ok(const std::string& survey_id);

  TeamRoutes& teams_;
  std::mutex rate_mutex_;
  std::map<std::string, std::deque<std::chrono::steady_clock::time_point>> link_arrivals_;
};

}  // namespace trynext_serve
