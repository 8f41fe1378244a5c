// What a survey release may show: the aggregation into the team's answers and every suppression rule
// of docs/anonymity.md. The rules rest on one idea: the reader of all releases can add and subtract
// every figure shown, so the parts of the team they can tell apart (the "classes" below) are what must
// be large enough, not only the groups as shown.
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "trynext/survey.h"
#include "trynext/vocabulary.h"

namespace trynext::survey {

namespace {

// Position in Counts of an answer word; unknown for anything else.
size_t slot(const std::string& answer) {
  size_t at = vocabulary::position(vocabulary::answers(), answer);
  return at < 4 ? at : 3;
}

// The order of the median: not_met < partly < met.
int rank_of(const std::string& answer) {
  if (answer == "not_met") return 0;
  if (answer == "partly") return 1;
  if (answer == "met") return 2;
  return -1;
}

// A set of respondents that releases treat alike: one group's responses that arrived between two releases.
struct Atom {
  int group = -1;  // index in settings.groups; -1 for no group given
  int batch = 0;   // index of the first release that covers it; earlier.size() for the one being made
  std::vector<size_t> members;
};

// One figure a reader sees (a team total or a group's), as the atoms it adds up.
using Vector = std::vector<bool>;

struct Classes {
  std::vector<std::vector<size_t>> members;  // respondents of each class the figures can tell apart
  std::vector<std::vector<size_t>> atoms;    // the atoms of each class
};

// The classes: atoms are in one class when every figure shown (in this release and every earlier one)
// either includes both or neither. Whatever a reader works out by adding and subtracting figures is a
// sum over whole classes, so within a class nobody can be told apart from another.
Classes classes_of(const std::vector<Atom>& atoms, const std::vector<Vector>& figures) {
  std::map<std::vector<bool>, size_t> by_signature;
  Classes out;
  for (size_t a = 0; a < atoms.size(); ++a) {
    if (atoms[a].members.empty()) continue;
    std::vector<bool> signature;
    for (const Vector& figure : figures) signature.push_back(figure[a]);
    auto [it, added] = by_signature.emplace(signature, out.members.size());
    if (added) {
      out.members.emplace_back();
      out.atoms.emplace_back();
    }
    out.members[it->second].insert(out.members[it->second].end(), atoms[a].members.begin(), atoms[a].members.end());
    out.atoms[it->second].push_back(a);
  }
  return out;
}

Counts counts_over(const std::vector<Response>& responses, const std::vector<size_t>& members,
                   const std::vector<std::string>& indicators) {
  Counts counts{0, 0, 0, 0};
  for (size_t who : members)
    for (const std::string& indicator : indicators) {
      auto it = responses[who].answers.find(indicator);
      ++counts[slot(it == responses[who].answers.end() ? std::string("unknown") : it->second)];
    }
  return counts;
}

// A group as a manager reads it: the role "health visitor" (the ids keep their underscores in JSON).
std::string group_words(const Settings& settings, const std::string& value) {
  auto words = [](std::string text) {
    std::replace(text.begin(), text.end(), '_', ' ');
    return text;
  };
  return "the " + words(settings.group_field) + " \"" + words(value) + "\"";
}

}  // namespace

std::string median_answer(const std::vector<std::string>& answers, int fewest) {
  std::vector<int> ranks;
  for (const std::string& answer : answers)
    if (int r = rank_of(answer); r >= 0) ranks.push_back(r);
  if (ranks.empty() || static_cast<int>(ranks.size()) < fewest) return "unknown";
  std::sort(ranks.begin(), ranks.end());
  int median = ranks[(ranks.size() - 1) / 2];  // even count: the lower middle
  return median == 2 ? "met" : median == 1 ? "partly" : "not_met";
}

Release make_release(const std::vector<Response>& responses, const Settings& settings, const Instrument& instrument,
                     const std::vector<EarlierRelease>& earlier_given) {
  if (std::vector<Problem> problems = check_settings(settings); !problems.empty()) throw InputError(problems);
  std::vector<EarlierRelease> earlier = earlier_given;
  std::stable_sort(earlier.begin(), earlier.end(),
                   [](const EarlierRelease& a, const EarlierRelease& b) { return a.respondents < b.respondents; });
  for (size_t k = 0; k < earlier.size(); ++k)
    if (earlier[k].respondents > static_cast<int>(responses.size()) || earlier[k].respondents < 0)
      throw InputError(std::vector<Problem>{{"earlier[" + std::to_string(k) + "].respondents",
                                             "an earlier release covers " + std::to_string(earlier[k].respondents) +
                                                 " responses, but there are " + std::to_string(responses.size())}});

  const int n = static_cast<int>(responses.size());
  const int min_n = settings.min_n;
  const int h = settings.homogeneity();
  Release release;
  release.respondents = n;
  release.min_n = min_n;
  release.homogeneity_n = h;
  release.headcount = settings.headcount;
  release.team.name = "team";
  for (const std::string& group : settings.groups) {
    release.groups.emplace_back();
    release.groups.back().name = group;
  }
  if (settings.headcount && *settings.headcount > 0) {
    release.response_rate = static_cast<double>(n) / *settings.headcount;
    if (*release.response_rate < 0.5) {
      release.low_response_rate = true;
      release.warnings.push_back(std::to_string(n) + " of the team's " + std::to_string(*settings.headcount) +
                                 " answered, fewer than half: the figures may not speak for the team.");
    }
  }
  if (n == 0) {
    release.status = "no_responses";
    return release;
  }
  auto suppress = [&](std::string scope, std::string target, std::string reason, std::string message) {
    release.suppressions.push_back({std::move(scope), std::move(target), std::move(reason), std::move(message)});
  };
  if (n < min_n) {
    release.status = "not_enough_responses";
    suppress("release", "", "below_minimum",
             "Not enough responses: nothing is shown for fewer than " + std::to_string(min_n) + " respondents.");
    return release;
  }

  // The team's count and aggregate: every batch of responses between two releases must hold at least
  // min_n, or comparing the aggregates (or the counts) of the two would tell about those few.
  for (size_t k = 0; k <= earlier.size(); ++k) {
    int before = k == 0 ? 0 : earlier[k - 1].respondents;
    int upto = k == earlier.size() ? n : earlier[k].respondents;
    if (upto - before > 0 && upto - before < min_n) {
      release.status = "refused_over_time";
      release.suppressions.clear();
      suppress("release", "", "over_time",
               "Not released: it differs from an earlier release of this survey by fewer than " +
                   std::to_string(min_n) + " responses, and comparing the two would show their answers.");
      return release;
    }
  }

  // The atoms: one per group (and "no group given") per batch between releases.
  const int groups = static_cast<int>(settings.groups.size());
  const int batches = static_cast<int>(earlier.size()) + 1;
  std::vector<Atom> atoms;
  auto atom_index = [&](int group, int batch) { return static_cast<size_t>(batch * (groups + 1) + group + 1); };
  for (int b = 0; b < batches; ++b)
    for (int g = -1; g < groups; ++g) atoms.push_back(Atom{g, b, {}});
  std::vector<int> group_of(n, -1);
  for (int i = 0; i < n; ++i) {
    auto at = std::find(settings.groups.begin(), settings.groups.end(), responses[i].group);
    group_of[i] = at == settings.groups.end() ? -1 : static_cast<int>(at - settings.groups.begin());
    int batch = 0;
    while (batch < static_cast<int>(earlier.size()) && i >= earlier[batch].respondents) ++batch;
    atoms[atom_index(group_of[i], batch)].members.push_back(i);
  }
  std::vector<int> group_size(groups, 0);
  for (int i = 0; i < n; ++i)
    if (group_of[i] >= 0) ++group_size[group_of[i]];

  // The spreads earlier releases showed: each one's team spread and its shown groups.
  std::vector<Vector> earlier_figures;
  for (int k = 0; k < static_cast<int>(earlier.size()); ++k) {
    if (earlier[k].team_shown) {
      Vector team(atoms.size(), false);
      for (size_t a = 0; a < atoms.size(); ++a) team[a] = atoms[a].batch <= k;
      earlier_figures.push_back(team);
    }
    for (const std::string& shown : earlier[k].shown_groups) {
      auto at = std::find(settings.groups.begin(), settings.groups.end(), shown);
      if (at == settings.groups.end()) continue;
      Vector group(atoms.size(), false);
      for (size_t a = 0; a < atoms.size(); ++a)
        group[a] = atoms[a].batch <= k && atoms[a].group == static_cast<int>(at - settings.groups.begin());
      earlier_figures.push_back(group);
    }
  }

  // Which spreads this release shows. A spread (how many gave each answer) is shown only when every
  // class the reader could work out from all spreads shown has at least the stricter size h: below it,
  // a class's spread beside the team's aggregate answers can pin down how each person answered (the
  // property test found such cases with spreads that were not all alike). The rule looks at sizes only,
  // never at the answers, so that hiding a spread says nothing about them. First every group of at
  // least h is a candidate; while some class is smaller than h, the smallest shown group is hidden; if
  // none is left, the team's spread is hidden too.
  std::vector<bool> shown(groups, false);
  for (int g = 0; g < groups; ++g) {
    shown[g] = group_size[g] >= h;
    if (group_size[g] < min_n)
      suppress("group", settings.groups[g], "below_minimum",
               "Not enough responses from " + group_words(settings, settings.groups[g]) + ": fewer than " +
                   std::to_string(min_n) + " answered.");
    else if (!shown[g])
      suppress("group", settings.groups[g], "small_part",
               "Not shown for " + group_words(settings, settings.groups[g]) + ": fewer than " + std::to_string(h) +
                   " answered, and the spread of so few beside the team's answers could show how each answered.");
  }
  bool team_shown = true;
  auto figures_now = [&]() {
    std::vector<Vector> figures = earlier_figures;
    if (team_shown) figures.push_back(Vector(atoms.size(), true));
    for (int g = 0; g < groups; ++g) {
      if (!shown[g]) continue;
      Vector group(atoms.size(), false);
      for (size_t a = 0; a < atoms.size(); ++a) group[a] = atoms[a].group == g;
      figures.push_back(group);
    }
    return figures;
  };
  while (team_shown) {
    Classes classes = classes_of(atoms, figures_now());
    std::optional<size_t> small;
    for (size_t c = 0; c < classes.members.size(); ++c)
      if (static_cast<int>(classes.members[c].size()) < h) small = c;
    if (!small) break;
    bool only_new = !earlier.empty() && std::all_of(classes.atoms[*small].begin(), classes.atoms[*small].end(),
                                                    [&](size_t a) { return atoms[a].batch == batches - 1; });
    int smallest = -1;
    for (int g = 0; g < groups; ++g)
      if (shown[g] && (smallest < 0 || group_size[g] < group_size[smallest])) smallest = g;
    if (smallest < 0) {
      team_shown = false;
      suppress("team", "", "small_part",
               "The spread of the answers is not shown: some part of the team the figures can tell apart has fewer "
               "than " +
                   std::to_string(h) + " respondents. The team's answers are shown.");
      break;
    }
    shown[smallest] = false;
    if (only_new)
      suppress("group", settings.groups[smallest], "over_time",
               "Not shown for " + group_words(settings, settings.groups[smallest]) +
                   ": compared with an earlier release it would show the spread of too few new respondents.");
    else
      suppress("group", settings.groups[smallest], "complementary",
               "Not shown for " + group_words(settings, settings.groups[smallest]) +
                   " either, so that a group that is not shown cannot be worked out from the team's figures minus "
                   "the groups shown.");
  }
  release.indicator_counts_shown = team_shown;

  // The figures.
  auto fill = [&](Figures& figures, const std::vector<size_t>& members) {
    figures.shown = true;
    figures.respondents = static_cast<int>(members.size());
    for (const FactorShape& factor : instrument) {
      figures.factors[factor.id] = counts_over(responses, members, factor.indicators);
      for (const std::string& indicator : factor.indicators)
        figures.indicators[indicator] = counts_over(responses, members, {indicator});
    }
  };
  std::vector<size_t> everyone(n);
  for (int i = 0; i < n; ++i) everyone[i] = i;
  if (team_shown) fill(release.team, everyone);
  for (int g = 0; g < groups; ++g) {
    if (!shown[g] || !team_shown) continue;
    std::vector<size_t> members;
    for (int i = 0; i < n; ++i)
      if (group_of[i] == g) members.push_back(i);
    fill(release.groups[g], members);
  }
  // The team-level aggregate: the only answers the recommendations see.
  for (const FactorShape& factor : instrument)
    for (const std::string& indicator : factor.indicators) {
      std::vector<std::string> given;
      for (const Response& response : responses)
        if (auto it = response.answers.find(indicator); it != response.answers.end()) given.push_back(it->second);
      release.answers[indicator] = median_answer(given, min_n);
    }
  release.status = "released";
  return release;
}

EarlierRelease earlier_of(const Release& release) {
  EarlierRelease out;
  out.respondents = release.respondents;
  out.team_shown = release.team.shown;
  for (const Figures& group : release.groups)
    if (group.shown) out.shown_groups.push_back(group.name);
  return out;
}

}  // namespace trynext::survey
