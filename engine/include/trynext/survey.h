// Team surveys: several practitioners answer the benchmark, and what may be shown of their answers is
// decided here, once, for every surface. The benchmarking tool is meant for "a wide variety of
// individuals and teams" (shared/seeds/000_d1d09049e0b9ad2c.txt, line 505), and a manager's own view
// of the team is not the team's view. make_release() is the only way from responses to figures: the
// report, the service and the C ABI all call it, so none of them can show what it hides. The rules
// and what they do not protect against are in docs/anonymity.md.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "trynext/catalogue.h"
#include "trynext/error.h"

namespace trynext::survey {

constexpr int kDefaultMinimum = 5;  // a choice of this project: below 5, survey tools commonly show nothing
constexpr int kLowestMinimum = 3;   // refused below: with 2, each of the two knows the other's answers

// What the manager sets when creating a survey; locked once the first response arrives.
struct Settings {
  int min_n = kDefaultMinimum;      // no figure for fewer respondents, for the team or any group
  int homogeneity_n = 0;            // the stricter size (0: twice min_n), see docs/anonymity.md
  std::string group_field;          // "role"; empty when respondents are not asked for a group
  std::vector<std::string> groups;  // the values a respondent may choose from
  std::optional<int> headcount;     // the team's size, for the response rate

  int homogeneity() const { return homogeneity_n > 0 ? homogeneity_n : 2 * min_n; }
};

// Every problem with the settings, each naming its field ("min_n"); empty when they can be used.
std::vector<Problem> check_settings(const Settings& settings);
Settings settings_from_json(const nlohmann::json& settings);  // throws InputError naming the field
nlohmann::json settings_json(const Settings& settings);

// One respondent's answers, without anything that names them: the optional group and the answers
// (met, partly, not_met or unknown) by indicator id.
struct Response {
  std::string group;  // empty: not given
  std::map<std::string, std::string> answers;
};

// The instrument as a survey sees it: the factors and their indicators, in order.
struct FactorShape {
  std::string id;
  std::vector<std::string> indicators;
};
using Instrument = std::vector<FactorShape>;
Instrument instrument_of(const Catalogue& catalogue);

// A response file ({"group": "...", "answers": {...}}, the same JSON the respondent page saves; a
// "code" member is allowed and ignored here). Throws InputError listing every problem by JSON path.
Response response_from_json(const nlohmann::json& response, const Settings& settings, const Instrument& instrument);

// How many gave each answer, in the order of vocabulary::answers(): met, partly, not_met, unknown.
using Counts = std::array<int, 4>;

// The aggregation rule: the median on the order not_met < partly < met, with unknown left out; with an
// even number of answers the lower of the two middle ones (the cautious choice: a gap is not averaged
// away); unknown when fewer than `fewest` gave an answer (a release passes min_n, so that "unknown" never
// tells that every respondent said they did not know). `answers` holds the words.
std::string median_answer(const std::vector<std::string>& answers, int fewest = 1);

// One part of the team whose figures a release shows: the whole team, or one group.
struct Figures {
  std::string name;                          // "team" or the group's value
  bool shown = false;                        // whether its spread is shown
  int respondents = 0;                       // 0 when not shown
  std::map<std::string, Counts> factors;     // the spread per factor; a hidden factor is absent
  std::map<std::string, Counts> indicators;  // the spread per indicator, only when the release shows them
};

// A figure that is not shown, and why, in words that never give the hidden figure.
struct Suppression {
  std::string scope;   // "release", "team" (its spread) or "group"
  std::string target;  // the group's value; empty for the release and the team
  std::string reason;  // "below_minimum", "complementary", "over_time", "small_part"
  std::string message;
};

// What an earlier release of the same survey let the reader see, as far as differencing goes: how
// many responses it covered (the first `respondents`, in the order they arrived) and which groups it
// showed. Responses are only ever added, so a later release covers the earlier ones.
struct EarlierRelease {
  int respondents = 0;
  bool team_shown = true;  // whether it showed the team's spread
  std::vector<std::string> shown_groups;
};

struct Release {
  // "released"; "no_responses"; "not_enough_responses" (fewer than min_n in the team); "refused_over_time"
  // (the change since an earlier release is fewer than min_n responses, and showing it would expose them)
  std::string status;
  int respondents = 0;  // the team's count, always shown: the manager knows how many codes were used
  int min_n = kDefaultMinimum;
  int homogeneity_n = 2 * kDefaultMinimum;
  std::optional<int> headcount;
  std::optional<double> response_rate;         // respondents / headcount
  bool low_response_rate = false;              // under a half: said in every surface
  std::map<std::string, std::string> answers;  // the team-level aggregate, by indicator; empty unless released
  bool indicator_counts_shown = false;         // the spreads are shown (per factor and per indicator) or not at all
  Figures team;
  std::vector<Figures> groups;  // every group of the settings, shown or not, in the settings' order
  std::vector<Suppression> suppressions;
  std::vector<std::string> warnings;

  bool released() const { return status == "released"; }
};

// The release of these responses (in the order they arrived) under these settings, given every earlier
// release of the same survey. Throws InputError when the settings cannot be used or an earlier release
// covers more responses than there are.
Release make_release(const std::vector<Response>& responses, const Settings& settings, const Instrument& instrument,
                     const std::vector<EarlierRelease>& earlier = {});

EarlierRelease earlier_of(const Release& release);
EarlierRelease earlier_from_json(const nlohmann::json& release);  // from release_json's document

// A whole request as the C ABI and the service take it: {"settings", "responses", "earlier"} (docs/anonymity.md),
// released by make_release. Throws InputError naming every problem by its path
// ("responses[2].answers.support.a").
Release release_from_request(const Catalogue& catalogue, const nlohmann::json& request);

// The release as the public JSON contract: fields are added, never renamed.
nlohmann::json release_json(const Release& release);
// A release read back from release_json's document (as a store keeps it), to show it again exactly as it
// was released. Throws InputError when the document has no status.
Release release_from_json(const nlohmann::json& document);

// The assessment the recommendations are computed on: the team's fields and the team-level aggregate
// only (never a group's). Throws Error when the release was not made.
nlohmann::json assessment_of(const Release& release, const nlohmann::json& team);

}  // namespace trynext::survey
