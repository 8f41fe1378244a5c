// Field checks, ids and the clock shared by every backend (records.h).
#include "records.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <sys/random.h>

#include <cerrno>
#include <cstring>

namespace trynext::store {

const char* const kActionStatuses[4] = {"planned", "running", "finished", "stopped"};
const char* const kOutcomes[4] = {"helped", "no_change", "worse", "stopped"};

namespace {

[[noreturn]] void invalid(std::string_view field, const std::string& what) {
  throw StoreError("invalid", std::string(field) + ": " + what);
}

std::string quoted(const std::string& value) {
  std::string shown = value.size() > 60 ? value.substr(0, 60) + "..." : value;
  return "\"" + shown + "\"";
}

bool digits(const std::string& s, std::size_t from, std::size_t n) {
  for (std::size_t i = from; i < from + n; ++i)
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
  return true;
}

}  // namespace

void check_team_id(std::string_view field, const std::string& value) {
  bool ok = !value.empty() && value.size() <= 64;
  for (std::size_t i = 0; ok && i < value.size(); ++i) {
    char c = value[i];
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    ok = alnum || (i > 0 && (c == '-' || c == '_'));
  }
  if (!ok)
    invalid(field, "must be 1 to 64 characters of a-z, 0-9, '-' and '_', starting with a letter or digit, got " +
                       quoted(value));
}

void check_date(std::string_view field, const std::string& value) {
  bool shape = value.size() == 10 && digits(value, 0, 4) && value[4] == '-' && digits(value, 5, 2) &&
               value[7] == '-' && digits(value, 8, 2);
  if (shape) {
    using namespace std::chrono;
    year_month_day d{year(std::stoi(value.substr(0, 4))), month(std::stoul(value.substr(5, 2))),
                     day(std::stoul(value.substr(8, 2)))};
    if (d.ok()) return;
  }
  invalid(field, "must be a date written YYYY-MM-DD, got " + quoted(value));
}

void check_month(std::string_view field, const std::string& value) {
  bool shape = value.size() == 7 && digits(value, 0, 4) && value[4] == '-' && digits(value, 5, 2);
  if (shape) {
    int m = std::stoi(value.substr(5, 2));
    if (m >= 1 && m <= 12) return;
  }
  invalid(field, "must be a month written YYYY-MM, got " + quoted(value));
}

void check_text(std::string_view field, const std::string& value, std::size_t max_bytes, bool required) {
  if (required && value.empty()) invalid(field, "is required");
  if (value.size() > max_bytes) invalid(field, "must be at most " + std::to_string(max_bytes) + " bytes long");
}

void check_one_of(std::string_view field, const std::string& value, const char* const* values, std::size_t n) {
  std::string list;
  for (std::size_t i = 0; i < n; ++i) {
    if (value == values[i]) return;
    list += std::string(i == 0 ? "" : i + 1 == n ? " or " : ", ") + values[i];
  }
  invalid(field, "must be one of " + list + ", got " + quoted(value));
}

void check_intervention_id(std::string_view field, const std::string& value) {
  bool ok = !value.empty() && value.size() <= 100;
  for (char c : value) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  if (!ok) invalid(field, "must be an intervention id of the catalogue (a-z, 0-9, _), got " + quoted(value));
}

void check_assessment(const AssessmentRecord& r) {
  check_team_id("team", r.team_id);
  check_date("assessed_on", r.assessed_on);
  check_text("input", r.input_json, 16u << 20, true);
  check_text("result", r.result_json, 64u << 20, true);
  check_text("request_id", r.request_id, 200, false);
}

void check_action(const Action& a) {
  check_team_id("team", a.team_id);
  check_intervention_id("intervention", a.intervention);
  check_text("owner", a.owner, 200, false);
  check_date("start_date", a.start_date);
  if (!a.review_date.empty()) check_date("review_date", a.review_date);
  if (!a.review_date.empty() && a.review_date < a.start_date)
    invalid("review_date", "must not be before the start date (" + a.start_date + "), got " + quoted(a.review_date));
  check_text("dose", a.dose, 500, false);
  if (!a.status.empty()) check_one_of("status", a.status, kActionStatuses, 4);
}

void check_change(const ActionChange& c) {
  if (c.owner) check_text("owner", *c.owner, 200, false);
  if (c.review_date && !c.review_date->empty()) check_date("review_date", *c.review_date);
  if (c.dose) check_text("dose", *c.dose, 500, false);
  if (c.status) check_one_of("status", *c.status, kActionStatuses, 4);
}

void check_outcome(const Outcome& o) {
  check_text("action", o.action_id, 64, true);
  check_one_of("outcome", o.outcome, kOutcomes, 4);
  check_date("date", o.date);
  check_text("note", o.note, 4000, false);
  check_text("request_id", o.request_id, 200, false);
}

void check_measure(const Measure& m) {
  check_team_id("team", m.team_id);
  check_month("month", m.month);
  const std::pair<const char*, const std::optional<double>*> figures[] = {
      {"sickness_absence_rate", &m.sickness_absence_rate},
      {"turnover_rate", &m.turnover_rate},
      {"vacancy_rate", &m.vacancy_rate}};
  bool any = false;
  for (const auto& [name, value] : figures) {
    if (!*value) continue;
    any = true;
    double v = **value;
    if (!std::isfinite(v) || v < 0 || v > 1) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%g", v);
      std::string hint = std::isfinite(v) && v > 1 && v <= 100 ? " (a share: write 0.06 for 6%)" : "";
      invalid(name, std::string("must be a share from 0 to 1, got ") + buf + hint);
    }
  }
  if (!any) invalid("measure", "give at least one figure (sickness_absence_rate, turnover_rate or vacancy_rate)");
}

std::string new_id() {
  // From the kernel each time, not from a generator seeded once: processes forked from one parent
  // (a pre-forking server, the tests) must not make the same ids.
  unsigned char bits[16];
  std::size_t got = 0;
  while (got < sizeof bits) {
    ssize_t n = ::getrandom(bits + got, sizeof bits - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw StoreError("unavailable", std::string("cannot make an id: getrandom: ") + std::strerror(errno));
    got += static_cast<std::size_t>(n);
  }
  static const char hex[] = "0123456789abcdef";
  std::string id(32, '0');
  for (std::size_t i = 0; i < sizeof bits; ++i) {
    id[2 * i] = hex[bits[i] >> 4];
    id[2 * i + 1] = hex[bits[i] & 15];
  }
  return id;
}

std::string utc_now() {
  using namespace std::chrono;
  auto now = system_clock::now();
  std::time_t t = system_clock::to_time_t(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  auto micros = duration_cast<microseconds>(now.time_since_epoch()).count() % 1000000;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06lldZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long long>(micros));
  return buf;
}

void check_decision(const Decision& d) {
  check_text("id", d.id, 64, true);
  check_text("decided_at", d.decided_at, 40, true);
  check_text("route", d.route, 40, true);
  if (!d.team_id.empty()) check_team_id("team", d.team_id);
  check_text("assessment_digest", d.assessment_digest, 100, true);
  check_text("engine_version", d.engine_version, 100, true);
  check_text("rules_version", d.rules_version, 100, true);
  check_text("catalogue_version", d.catalogue_version, 100, true);
  check_text("request_id", d.request_id, 200, false);
  for (std::size_t i = 0; i < d.recommended.size(); ++i) {
    const std::string at = "recommended[" + std::to_string(i) + "]";
    check_intervention_id(at + ".id", d.recommended[i].id);
    check_text(at + ".label", d.recommended[i].label, 40, true);
  }
}

}  // namespace trynext::store
