// The team surveys' part of the SQL store (store.h, schema version 3), over any SQL connection. Each
// function runs inside a transaction the store has opened (sql_store.cpp), so a submission that uses
// up a code and keeps the response happens whole or not at all.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sql/sql_connection.h"
#include "trynext/store.h"

namespace trynext::store::sql_surveys {

// The checks before a write; each throws StoreError("invalid") naming the field.
void check_survey(const Survey& survey);
void check_response(const std::string& group, const std::string& answers_json);

Survey create(SqlConnection& c, const Survey& given, std::string* link_key);
std::optional<Survey> find(SqlConnection& c, const std::string& id);
Survey require(SqlConnection& c, const std::string& id);  // StoreError("not_found") when missing
std::vector<Survey> of_team(SqlConnection& c, const std::string& team_id);
Survey change_settings(SqlConnection& c, const std::string& id, const std::string& settings_json);
Survey close(SqlConnection& c, const std::string& id);
std::vector<std::string> issue_codes(SqlConnection& c, const std::string& id, int count);
SurveyResponse submit(SqlConnection& c, const std::string& id, const std::string& credential,
                      const std::string& group, const std::string& answers_json);
std::vector<SurveyResponse> responses(SqlConnection& c, const std::string& id);
SurveyRelease record_release(SqlConnection& c, const SurveyRelease& given);
std::vector<SurveyRelease> releases(SqlConnection& c, const std::string& id);

}  // namespace trynext::store::sql_surveys
