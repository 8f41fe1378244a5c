// Team surveys over SQL (sql_surveys.h).
#include "sql/sql_surveys.h"

#include "records.h"
#include "survey_secrets.h"

namespace trynext::store::sql_surveys {

namespace {

using V = SqlValue;

const char* const kAccess[2] = {"codes", "link"};
constexpr int kMostCodesAtOnce = 500;

// The columns of a survey with its counts, read in one query.
const char* const kSurveySelect =
    "SELECT s.id, s.team_id, s.settings_json, s.access, s.closes_on, s.created_at, s.closed, s.responses,"
    " (SELECT COUNT(*) FROM survey_codes k WHERE k.survey_id = s.id),"
    " (SELECT COUNT(*) FROM survey_codes k WHERE k.survey_id = s.id AND k.used = 1)"
    " FROM surveys s ";

int whole(const std::optional<double>& v) { return v ? static_cast<int>(*v) : 0; }

Survey read_survey(const SqlRows& r) {
  Survey s;
  s.id = r.text(0);
  s.team_id = r.text(1);
  s.settings_json = r.text(2);
  s.access = r.text(3);
  s.closes_on = r.text(4);
  s.created_at = r.text(5);
  s.closed = r.flag(6).value_or(false);
  s.responses = whole(r.number(7));
  s.codes_issued = whole(r.number(8));
  s.codes_used = whole(r.number(9));
  return s;
}

void run(SqlConnection& c, const std::string& sql, const std::vector<SqlValue>& params) {
  auto r = c.query(sql, params);
  while (r->next()) {
  }
}

std::string today() { return utc_now().substr(0, 10); }

bool taking_responses(const Survey& s) { return !s.closed && (s.closes_on.empty() || today() <= s.closes_on); }

}  // namespace

void check_survey(const Survey& s) {
  check_team_id("team", s.team_id);
  check_text("settings", s.settings_json, 64 * 1024, true);
  check_one_of("access", s.access, kAccess, 2);
  if (!s.closes_on.empty()) check_date("closes_on", s.closes_on);
}

void check_response(const std::string& group, const std::string& answers_json) {
  check_text("group", group, 200, false);
  check_text("answers", answers_json, 64 * 1024, true);
}

Survey create(SqlConnection& c, const Survey& given, std::string* link_key) {
  Survey s = given;
  s.id = new_id();
  s.created_at = utc_now();
  s.closed = false;
  s.responses = s.codes_issued = s.codes_used = 0;
  V link_hash;
  if (s.access == "link") {
    std::string key = new_survey_key();
    link_hash = V::of(credential_hash(key));
    if (link_key) *link_key = key;
  }
  run(c,
      "INSERT INTO surveys (id, team_id, settings_json, access, link_hash, closes_on, created_at, closed, responses) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)",
      {V::of(s.id), V::of(s.team_id), V::of(s.settings_json), V::of(s.access), link_hash, V::of(s.closes_on),
       V::of(s.created_at)});
  return s;
}

std::optional<Survey> find(SqlConnection& c, const std::string& id) {
  auto r = c.query(std::string(kSurveySelect) + "WHERE s.id = ?", {V::of(id)});
  if (!r->next()) return std::nullopt;
  return read_survey(*r);
}

Survey require(SqlConnection& c, const std::string& id) {
  auto s = find(c, id);
  if (!s) throw StoreError("not_found", "survey " + id + ": no such survey in " + c.describe());
  return *s;
}

std::vector<Survey> of_team(SqlConnection& c, const std::string& team_id) {
  std::vector<Survey> out;
  auto r = c.query(std::string(kSurveySelect) + "WHERE s.team_id = ? ORDER BY s.created_at DESC, s.id",
                   {V::of(team_id)});
  while (r->next()) out.push_back(read_survey(*r));
  return out;
}

Survey change_settings(SqlConnection& c, const std::string& id, const std::string& settings_json) {
  check_text("settings", settings_json, 64 * 1024, true);
  require(c, id);
  // The condition is in the statement, so a response arriving meanwhile on another instance wins.
  auto r = c.query("UPDATE surveys SET settings_json = ? WHERE id = ? AND responses = 0 RETURNING id",
                   {V::of(settings_json), V::of(id)});
  if (!r->next())
    throw StoreError("conflict", "survey " + id +
                                     ": its settings are locked, because responses have arrived (a minimum or a group "
                                     "changed now would change what the respondents were told); start a new survey");
  while (r->next()) {
  }
  return require(c, id);
}

Survey close(SqlConnection& c, const std::string& id) {
  require(c, id);
  run(c, "UPDATE surveys SET closed = 1 WHERE id = ?", {V::of(id)});
  return require(c, id);
}

std::vector<std::string> issue_codes(SqlConnection& c, const std::string& id, int count) {
  if (count < 1 || count > kMostCodesAtOnce)
    throw StoreError("invalid", "count: must be from 1 to " + std::to_string(kMostCodesAtOnce) + ", got " +
                                    std::to_string(count));
  Survey s = require(c, id);
  if (s.access != "codes")
    throw StoreError("invalid", "survey " + id + ": takes answers through its shared link, not codes");
  if (!taking_responses(s)) throw StoreError("closed", "survey " + id + ": is closed; no codes are made for it");
  std::vector<std::string> codes;
  while (static_cast<int>(codes.size()) < count) {
    std::string code = new_survey_code();
    // A repeat of an existing code (about one in 2^58) is skipped rather than failing the call.
    auto r = c.query("INSERT INTO survey_codes (code_hash, survey_id, used) VALUES (?, ?, 0) "
                     "ON CONFLICT (code_hash) DO NOTHING RETURNING code_hash",
                     {V::of(credential_hash(code)), V::of(id)});
    bool inserted = r->next();
    while (r->next()) {
    }
    if (inserted) codes.push_back(code);
  }
  return codes;
}

SurveyResponse submit(SqlConnection& c, const std::string& id, const std::string& credential,
                      const std::string& group, const std::string& answers_json) {
  check_response(group, answers_json);
  auto found = find(c, id);
  if (!found) throw StoreError("not_found", "survey " + id + ": no such survey");
  const Survey& s = *found;
  if (!taking_responses(s))
    throw StoreError("closed", "this survey is closed" +
                                   (s.closes_on.empty() ? std::string() : " (it closed on " + s.closes_on + ")") +
                                   ": it takes no more answers");
  const std::string hash = credential_hash(credential);
  if (s.access == "codes") {
    // Used up in the statement that checks it: of two submissions of one code, the second finds it used.
    auto r = c.query("UPDATE survey_codes SET used = 1 WHERE code_hash = ? AND survey_id = ? AND used = 0 "
                     "RETURNING code_hash",
                     {V::of(hash), V::of(id)});
    bool took = r->next();
    while (r->next()) {
    }
    if (!took) {
      auto k = c.query("SELECT used FROM survey_codes WHERE code_hash = ? AND survey_id = ?", {V::of(hash), V::of(id)});
      if (k->next())
        throw StoreError("code_used", "code: this code has been used already; each code takes one set of answers");
      throw StoreError("code_not_valid", "code: not a code of this survey; check it against the one you were given");
    }
  } else {
    auto k = c.query("SELECT link_hash FROM surveys WHERE id = ?", {V::of(id)});
    if (!k->next() || k->text(0) != hash)
      throw StoreError("code_not_valid", "key: not this survey's link; open the link you were sent again");
    while (k->next()) {
    }
  }
  auto n = c.query("UPDATE surveys SET responses = responses + 1 WHERE id = ? RETURNING responses", {V::of(id)});
  if (!n->next()) throw StoreError("not_found", "survey " + id + ": no such survey");
  SurveyResponse response{whole(n->number(0)), group, answers_json, today()};
  while (n->next()) {
  }
  run(c, "INSERT INTO survey_responses (survey_id, seq, group_value, answers_json, received_on) VALUES (?, ?, ?, ?, ?)",
      {V::of(id), V::integer_of(response.seq), V::of(response.group), V::of(response.answers_json),
       V::of(response.received_on)});
  return response;
}

std::vector<SurveyResponse> responses(SqlConnection& c, const std::string& id) {
  require(c, id);
  std::vector<SurveyResponse> out;
  auto r = c.query("SELECT seq, group_value, answers_json, received_on FROM survey_responses WHERE survey_id = ? "
                   "ORDER BY seq",
                   {V::of(id)});
  while (r->next()) out.push_back({whole(r->number(0)), r->text(1), r->text(2), r->text(3)});
  return out;
}

SurveyRelease record_release(SqlConnection& c, const SurveyRelease& given) {
  check_text("release", given.release_json, 4 * 1024 * 1024, true);
  Survey s = require(c, given.survey_id);
  if (given.respondents < 0 || given.respondents > s.responses)
    throw StoreError("invalid", "respondents: must be from 0 to the survey's " + std::to_string(s.responses) +
                                    " responses, got " + std::to_string(given.respondents));
  SurveyRelease r = given;
  r.id = new_id();
  r.released_at = utc_now();
  auto last = c.query("SELECT COALESCE(MAX(seq), 0) FROM survey_releases WHERE survey_id = ?", {V::of(given.survey_id)});
  r.seq = last->next() ? whole(last->number(0)) + 1 : 1;
  while (last->next()) {
  }
  if (given.seq != 0 && given.seq != r.seq)
    throw StoreError("conflict", "survey " + given.survey_id +
                                     ": another release was recorded while this one was made; make it again, so that "
                                     "it is checked against that one");
  run(c,
      "INSERT INTO survey_releases (id, survey_id, seq, released_at, respondents, release_json) VALUES (?, ?, ?, ?, ?, ?)",
      {V::of(r.id), V::of(r.survey_id), V::integer_of(r.seq), V::of(r.released_at), V::integer_of(r.respondents),
       V::of(r.release_json)});
  return r;
}

std::vector<SurveyRelease> releases(SqlConnection& c, const std::string& id) {
  require(c, id);
  std::vector<SurveyRelease> out;
  auto r = c.query("SELECT id, survey_id, seq, released_at, respondents, release_json FROM survey_releases "
                   "WHERE survey_id = ? ORDER BY seq",
                   {V::of(id)});
  while (r->next())
    out.push_back({r->text(0), r->text(1), whole(r->number(2)), r->text(3), whole(r->number(4)), r->text(5)});
  return out;
}

}  // namespace trynext::store::sql_surveys
