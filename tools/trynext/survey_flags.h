// What the survey verbs share: the settings from their flags (cmd_survey.cpp), and the verbs that keep
// a survey in the history store (cmd_survey_store.cpp).
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "trynext/survey.h"

namespace trynext_cli {

// --groups FIELD=a,b,c, --min-n, --homogeneity-n, --headcount (0: not given). A bad flag is printed by
// its name and throws Exit{kBadInput}.
trynext::survey::Settings survey_settings_from_flags(const std::string& groups, int min_n, int homogeneity_n,
                                                     int headcount);

// survey create, list, status, codes, respond, release, report, close.
void add_survey_store_commands(CLI::App* survey);

}  // namespace trynext_cli
