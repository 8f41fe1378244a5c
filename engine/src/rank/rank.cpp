#include "rank/rank.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "common/vocabulary.h"

namespace trynext {

namespace {

// An intervention tried without benefit counts for half.
constexpr double kTriedWithoutBenefit = 0.5;

struct Candidate {
  const Intervention* intervention = nullptr;
  double score = 0;
  std::vector<Reason> rationale;
  std::vector<std::string> notes;
  int depth = 0;  // how many candidates wait for it as a prerequisite (chain length)
  bool demoted = false;
};

// Organisation first, then team; individual (and a level not given) last.
int level_rank(const std::string& level) {
  const auto& levels = vocabulary::levels();
  return static_cast<int>(std::min(vocabulary::position(levels, level), levels.size() - 1));
}

std::string outcome_words(const std::string& outcome) {
  return outcome == "worse" ? "made things worse" : outcome == "no_change" ? "made no difference" : "helped";
}

// Takes the candidate's rationale and notes (the candidate is not used after).
Recommendation to_recommendation(Candidate&& c) {
  Recommendation r;
  const Intervention& i = *c.intervention;
  r.id = i.id;
  r.title = i.title;
  r.score = std::round(c.score * 100) / 100;
  r.priority = priority_of(c.score);
  r.level = i.level;
  r.effort = i.effort;
  r.summary = i.summary;
  r.rationale = std::move(c.rationale);
  r.notes = std::move(c.notes);
  r.label = r.priority == "high" ? "act_now" : r.priority == "medium" ? "recommended" : "worth_considering";
  r.cautions = i.cautions;
  for (const auto& need : i.preconditions) r.cautions.push_back("Needs in place first: " + need + ".");
  r.needs_first = i.preconditions;
  r.format = i.format;
  r.evidence = i.evidence;
  return r;
}

}  // namespace

std::string priority_of(double score) { return score >= 3 ? "high" : score >= 2 ? "medium" : "low"; }

void rank(const Evaluation& evaluation, const std::vector<RuleInfo>& rules, const Assessment& assessment,
          const Catalogue& catalogue, int top_n, Result& result) {
  // One entry per intervention; a rule counts once per intervention, with its highest weight.
  std::map<std::string, Candidate> candidates;
  std::map<std::pair<std::string, std::size_t>, double> weight_of;  // (intervention, rule) -> weight
  bool systemic = false;
  for (const Finding& f : evaluation.findings) {
    systemic = systemic || vocabulary::is_systemic_driver(f.driver);
    Candidate& c = candidates[f.intervention];
    if (!c.intervention) c.intervention = catalogue.find(f.intervention);
    auto [it, first] = weight_of.emplace(std::make_pair(f.intervention, f.rule), f.weight);
    if (first) {
      c.rationale.push_back({rules[f.rule].id, f.because, f.weight, evaluation.traces[f.rule].inputs});
      c.score += f.weight;
    } else if (f.weight > it->second) {
      c.score += f.weight - it->second;
      it->second = f.weight;
      for (auto& reason : c.rationale)
        if (reason.rule == rules[f.rule].id) reason.weight = f.weight;
    }
  }

  // Already in place: not recommended again, but worth keeping.
  std::set<std::string> in_place(assessment.in_place().begin(), assessment.in_place().end());
  for (auto it = candidates.begin(); it != candidates.end();) {
    if (in_place.count(it->first)) {
      Candidate c = std::move(it->second);
      c.notes.push_back("Already in place in your team: keep it going.");
      result.keep_going.push_back(to_recommendation(std::move(c)));
      it = candidates.erase(it);
    } else {
      ++it;
    }
  }

  // Tried before: without benefit it ranks lower, with the reason shown.
  for (auto& [id, c] : candidates) {
    std::string outcome = assessment.tried(id);
    if (outcome == "no_change" || outcome == "worse") {
      c.score *= kTriedWithoutBenefit;
      c.notes.push_back("Your team tried this before and it " + outcome_words(outcome) +
                        ", so it ranks lower; look at why before trying it again.");
    } else if (outcome == "helped") {
      c.notes.push_back("Your team tried this before and it helped.");
    }
  }

  // Prerequisites come first: add what is missing, and lift it to the score of what needs it.
  for (int round = 0; round < 8; ++round) {
    bool changed = false;
    std::vector<std::string> ids;
    for (const auto& [id, c] : candidates) ids.push_back(id);
    for (const auto& id : ids) {
      // What the rest of this step reads of the dependent, as it is now (not its rationale or notes).
      struct {
        const Intervention* intervention;
        double score;
        int depth;
      } dependent;
      {
        const Candidate& d = candidates[id];
        dependent = {d.intervention, d.score, d.depth};
      }
      for (const auto& pre : dependent.intervention->prerequisites) {
        if (in_place.count(pre)) continue;
        const Intervention* p = catalogue.find(pre);
        if (!p) continue;
        Candidate& c = candidates[pre];
        std::string note = "Needed first for " + dependent.intervention->title + ".";
        if (!c.intervention) {
          c.intervention = p;
          c.rationale.push_back({"prerequisite",
                                 dependent.intervention->title + " needs " + p->title +
                                     " in place first, so it is recommended before it.",
                                 0,
                                 {}});
          changed = true;
        }
        if (std::find(c.notes.begin(), c.notes.end(), note) == c.notes.end()) c.notes.push_back(note);
        if (c.score < dependent.score) {
          c.score = dependent.score;
          changed = true;
        }
        if (c.depth < dependent.depth + 1) {
          c.depth = dependent.depth + 1;
          changed = true;
        }
        std::string needs = "Needs " + p->title + " first; see its recommendation.";
        auto& dnotes = candidates[id].notes;
        if (std::find(dnotes.begin(), dnotes.end(), needs) == dnotes.end()) dnotes.push_back(needs);
      }
    }
    if (!changed) break;
  }

  std::vector<Candidate> ordered;
  for (auto& [id, c] : candidates) {
    std::stable_sort(c.rationale.begin(), c.rationale.end(),
                     [](const Reason& a, const Reason& b) { return a.weight > b.weight; });
    c.demoted = systemic && c.intervention->individual_resilience;
    if (c.demoted)
      c.notes.push_back(
          "Ranked after organisational and team actions: workload, caseload, staffing or the organisation "
          "drives the pressure on this team, and the sources put fixing the work before individual coping.");
    ordered.push_back(std::move(c));
  }
  std::sort(ordered.begin(), ordered.end(), [](const Candidate& a, const Candidate& b) {
    if (a.demoted != b.demoted) return !a.demoted;
    if (a.score != b.score) return a.score > b.score;
    if (a.depth != b.depth) return a.depth > b.depth;
    int la = level_rank(a.intervention->level), lb = level_rank(b.intervention->level);
    if (la != lb) return la < lb;
    return a.intervention->id < b.intervention->id;
  });
  int rank_number = 0;
  for (auto& c : ordered) {
    Recommendation r = to_recommendation(std::move(c));
    r.rank = ++rank_number;
    (rank_number <= top_n ? result.recommendations : result.also_considered).push_back(std::move(r));
  }
}

}  // namespace trynext
