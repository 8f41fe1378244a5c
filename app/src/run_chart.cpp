// Run charts of a team's monthly measures (history.h: run_chart). The rules are the usual ones for run
// charts in improvement work: the median as the centre line; a shift is six or more consecutive points
// on one side of it, points on the median neither breaking nor adding to a run; fewer than ten points
// are too few to judge, and the chart says so instead of guessing.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "trynext/app/history.h"

namespace trynext::app {

const char* const kMeasures[3] = {"sickness_absence_rate", "turnover_rate", "vacancy_rate"};

namespace {

constexpr std::size_t kMinimumPoints = 10;
constexpr std::size_t kShiftLength = 6;

std::string label_of(const std::string& measure) {
  if (measure == "sickness_absence_rate") return "sickness absence";
  if (measure == "turnover_rate") return "turnover";
  if (measure == "vacancy_rate") return "vacancies";
  return measure;
}

std::string percent(double share) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", share * 100);
  return buf;
}

}  // namespace

RunChart run_chart(const store::TeamHistory& history, const std::string& measure) {
  RunChart chart;
  chart.measure = measure;
  chart.label = label_of(measure);
  for (const auto& m : history.measures) {
    const std::optional<double>& v = measure == "sickness_absence_rate" ? m.sickness_absence_rate
                                     : measure == "turnover_rate"       ? m.turnover_rate
                                                                        : m.vacancy_rate;
    if (v) chart.points.emplace_back(m.month, *v);
  }
  if (chart.points.empty()) {
    chart.verdict = "No " + chart.label + " figures entered yet.";
    return chart;
  }
  std::vector<double> values;
  for (const auto& p : chart.points) values.push_back(p.second);
  std::sort(values.begin(), values.end());
  std::size_t n = values.size();
  chart.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  chart.enough_data = n >= kMinimumPoints;
  if (!chart.enough_data) {
    chart.verdict = std::to_string(n) + " month" + (n == 1 ? "" : "s") + " of " + chart.label +
                    " figures: not enough data yet to tell a change from the usual ups and downs (a run chart needs "
                    "at least " + std::to_string(kMinimumPoints) + ").";
    return chart;
  }

  // The longest run on one side of the median, skipping points on it.
  std::size_t best = 0, run = 0;
  int side = 0;
  std::size_t run_start = 0, best_start = 0, best_end = 0;
  int best_side = 0;
  for (std::size_t i = 0; i < chart.points.size(); ++i) {
    double v = chart.points[i].second;
    if (std::fabs(v - *chart.median) < 1e-12) continue;
    int s = v > *chart.median ? 1 : -1;
    if (s != side) {
      side = s;
      run = 0;
      run_start = i;
    }
    ++run;
    if (run > best) {
      best = run;
      best_start = run_start;
      best_end = i;
      best_side = s;
    }
  }
  if (best >= kShiftLength) {
    chart.shift = true;
    chart.shift_direction = best_side > 0 ? "above" : "below";
    chart.shift_from = chart.points[best_start].first;
    chart.shift_to = chart.points[best_end].first;
    chart.verdict = "A shift: " + std::to_string(best) + " months in a row (" + chart.shift_from + " to " +
                    chart.shift_to + ") " + chart.shift_direction + " the median of " + percent(*chart.median) +
                    ", more than chance alone usually gives. It shows that something changed, not what changed it.";
  } else {
    chart.verdict = "No shift: " + chart.label + " varies around its median of " + percent(*chart.median) +
                    " as it would by chance.";
  }
  return chart;
}

}  // namespace trynext::app
