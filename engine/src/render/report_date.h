// The date a report is made on, as the HTML and Markdown reports show it.
#pragma once

#include <string>

#include "trynext/report.h"

namespace trynext::report {

// options.date, or today in UTC (YYYY-MM-DD) when it is empty.
std::string report_date(const ReportOptions& options);

// "2026-12-02" as "2 December 2026"; any other text as it is.
std::string date_words(const std::string& date);

}  // namespace trynext::report
