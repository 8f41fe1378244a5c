// The report's date (report_date.h): given by the caller, so that a report is reproducible, or today.
#include "render/report_date.h"

#include <cstdio>
#include <ctime>

namespace trynext::report {

std::string report_date(const ReportOptions& options) {
  if (!options.date.empty()) return options.date;
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::string date_words(const std::string& date) {
  static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (date.size() == 10 && date[4] == '-' && date[7] == '-' &&
      std::sscanf(date.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
    return std::to_string(d) + " " + months[m - 1] + " " + std::to_string(y);
  return date;
}

}  // namespace trynext::report
