// The priority model (docs/ranking.md). What the rules said becomes, per intervention, a need (the
// strongest signal, how many independent signals agree, whether it is acute or a gap) and an evidence
// strength; the two give a label a manager understands, and the label, not the sum of the weights,
// orders the answer. The score (that sum) stays in the result for tools.
#include "rank/rank.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "common/vocabulary.h"
#include "rank/evidence_summary.h"
#include "render/rendered_intervention.h"

namespace trynext {

namespace {

// An intervention tried without benefit counts for half in the score.
constexpr double kTriedWithoutBenefit = 0.5;

// The labels' order: act now first. keep_going is not ranked.
enum LabelRank { kActNow = 0, kRecommended = 1, kWorthConsidering = 2 };
const char* const kLabelIds[] = {"act_now", "recommended", "worth_considering"};

struct Candidate {
  const Intervention* intervention = nullptr;
  double score = 0;
  std::vector<Reason> rationale;
  std::vector<std::string> notes;
  std::set<std::string> signals;   // drivers (or, without one, the rule) that recommended it
  std::size_t lifted_signals = 0;  // a prerequisite takes the need of what waits for it
  std::size_t signal_count() const { return std::max(signals.size(), lifted_signals); }
  double strongest = 0;
  bool urgent = false;
  bool gap_finding = false;  // a rule said what the team has is below standard
  bool gap = false;          // ... and the team has it in place
  bool tried_without_benefit = false;
  const EvidenceSummary* evidence = nullptr;  // the intervention's, set with it
  int label = kWorthConsidering;
  int depth = 0;  // how many candidates wait for it as a prerequisite (chain length)
  bool demoted = false;
};

// Organisation first, then team; individual (and a level not given) last.
int level_rank(const std::string& level) {
  const auto& levels = vocabulary::levels();
  return static_cast<int>(std::min(vocabulary::position(levels, level), levels.size() - 1));
}

int strength_rank(const std::string& strength) {
  return static_cast<int>(vocabulary::position(evidence_strengths(), strength));
}

std::string outcome_words(const std::string& outcome) {
  return outcome == "worse" ? "made things worse" : outcome == "no_change" ? "made no difference" : "helped";
}

// The label from need and evidence (docs/ranking.md, "Labels").
int label_of(const Candidate& c) {
  bool required = c.evidence->strength == "required";
  if (c.urgent) return kActNow;
  if (c.gap_finding && required) return kRecommended;  // a required standard not met: close the gap
  bool strong_need = c.strongest >= 3 || (c.strongest >= 2 && c.signal_count() >= 3);
  bool more_than_opinion = strength_rank(c.evidence->strength) <= strength_rank("some_research");
  if (strong_need && more_than_opinion && !c.tried_without_benefit) return kRecommended;
  return kWorthConsidering;
}

// What the catalogue alone says of a recommendation of i.
Recommendation catalogue_recommendation(const Intervention& i) {
  Recommendation r;
  r.id = i.id;
  r.title = i.title;
  r.evidence_summary = summarise_evidence(i);
  r.level = i.level;
  r.effort = i.effort;
  r.summary = i.summary;
  r.cautions = i.cautions;
  for (const auto& need : i.preconditions) r.cautions.push_back("Needs in place first: " + need + ".");
  r.needs_first = i.preconditions;
  r.format = i.format;
  r.evidence = i.evidence;
  return r;
}

// Takes the candidate's rationale and notes (the candidate is not used after).
Recommendation to_recommendation(Candidate&& c, const Recommendation& base, const std::string& label,
                                 const std::string& tried, bool catalogue_fields) {
  Recommendation r;
  if (catalogue_fields) {
    r = base;
  } else {  // what to_json needs besides the rendered part, which it reads for the rest
    r.id = base.id;
    r.title = base.title;
    r.level = base.level;
    r.effort = base.effort;
    r.rendered = base.rendered;
  }
  r.score = std::round(c.score * 100) / 100;
  r.label = label;
  r.priority = priority_of_label(label);
  r.need = {static_cast<int>(std::lround(c.strongest)), static_cast<int>(c.signal_count()), c.urgent, c.gap};
  r.tried = tried;
  r.rationale = std::move(c.rationale);
  r.notes = std::move(c.notes);
  return r;
}

}  // namespace

CatalogueRecommendations::CatalogueRecommendations(const Catalogue& catalogue) : catalogue_(&catalogue) {
  list_.reserve(catalogue.interventions.size());
  for (const auto& i : catalogue.interventions) {
    list_.push_back(catalogue_recommendation(i));
    list_.back().rendered = render_intervention(list_.back());
  }
}

std::string priority_of_label(const std::string& label) {
  return label == "act_now" ? "high" : label == "recommended" ? "medium" : "low";
}

void rank(Evaluation& evaluation, const std::vector<RuleInfo>& rules, const Assessment& assessment,
          const Catalogue& catalogue, const CatalogueRecommendations& base, int top_n, Result& result,
          bool catalogue_fields) {
  // One entry per intervention; a rule counts once per intervention, with its highest weight.
  std::map<std::string, Candidate> candidates;
  std::map<std::pair<std::string, std::size_t>, double> weight_of;  // (intervention, rule) -> weight
  bool systemic = false;
  for (Finding& f : evaluation.findings) {
    systemic = systemic || vocabulary::is_systemic_driver(f.driver);
    Candidate& c = candidates[f.intervention];
    if (!c.intervention) {
      c.intervention = catalogue.find(f.intervention);
      c.evidence = &base.of(*c.intervention).evidence_summary;
    }
    c.signals.insert(f.driver.empty() ? "rule:" + rules[f.rule].id : f.driver);
    c.strongest = std::max(c.strongest, f.weight);
    c.urgent = c.urgent || f.urgent;
    c.gap_finding = c.gap_finding || f.gap;
    auto [it, first] = weight_of.emplace(std::make_pair(f.intervention, f.rule), f.weight);
    if (first) {
      c.rationale.push_back({rules[f.rule].id, std::move(f.because), f.weight, evaluation.traces[f.rule].inputs});
      c.score += f.weight;
    } else if (f.weight > it->second) {
      c.score += f.weight - it->second;
      it->second = f.weight;
      for (auto& reason : c.rationale)
        if (reason.rule == rules[f.rule].id) reason.weight = f.weight;
    }
  }

  // Already in place: acknowledged and kept going, whether or not a rule named it, unless a rule
  // found it below what the sources require: then it is a gap to close, ranked with the rest.
  std::set<std::string> in_place(assessment.in_place().begin(), assessment.in_place().end());
  std::set<std::string> acknowledged;  // an id listed twice is kept going once
  for (const auto& id : assessment.in_place()) {
    const Intervention* intervention = catalogue.find(id);
    if (!intervention || !acknowledged.insert(id).second) continue;
    auto it = candidates.find(id);
    if (it != candidates.end() && it->second.gap_finding) {
      it->second.gap = true;
      it->second.notes.push_back("In place in your team, but below what the sources require: close the gap.");
      continue;
    }
    Candidate c;
    if (it != candidates.end()) {
      c = std::move(it->second);
      candidates.erase(it);
    }
    c.intervention = intervention;
    c.evidence = &base.of(*intervention).evidence_summary;
    c.notes.push_back(intervention->sustain.empty()
                          ? "Already in place in your team: keep it going."
                          : "Already in place in your team: keep it going. " + intervention->sustain);
    result.keep_going.push_back(
        to_recommendation(std::move(c), base.of(*intervention), "keep_going", assessment.tried(id), catalogue_fields));
  }

  // Tried before: without benefit it ranks after everything else, with the reason shown.
  for (auto& [id, c] : candidates) {
    std::string outcome = assessment.tried(id);
    if (outcome == "no_change" || outcome == "worse") {
      c.score *= kTriedWithoutBenefit;
      c.tried_without_benefit = true;
      c.notes.push_back("Your team tried this before and it " + outcome_words(outcome) +
                        ", so it comes after everything else; look at why before trying it again.");
    } else if (outcome == "helped") {
      c.notes.push_back("Your team tried this before and it helped.");
    }
  }

  for (auto& [id, c] : candidates) c.label = label_of(c);

  // Prerequisites come first: add what is missing, and lift it to the need and label of what needs it.
  for (int round = 0; round < 8; ++round) {
    bool changed = false;
    std::vector<std::string> ids;
    for (const auto& [id, c] : candidates) ids.push_back(id);
    for (const auto& id : ids) {
      // What the rest of this step reads of the dependent, as it is now (not its rationale or notes).
      struct {
        const Intervention* intervention;
        double score, strongest;
        std::size_t signals;
        int depth, label;
        bool tried_without_benefit;
      } dependent;
      {
        const Candidate& d = candidates[id];
        dependent = {d.intervention, d.score, d.strongest, d.signal_count(), d.depth, d.label, d.tried_without_benefit};
      }
      if (dependent.tried_without_benefit) continue;  // what comes last lifts nothing
      for (const auto& pre : dependent.intervention->prerequisites) {
        if (in_place.count(pre)) continue;
        const Intervention* p = catalogue.find(pre);
        if (!p) continue;
        Candidate& c = candidates[pre];
        std::string note = "Needed first for " + dependent.intervention->title + ".";
        if (!c.intervention) {
          c.intervention = p;
          c.evidence = &base.of(*p).evidence_summary;
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
        if (c.strongest < dependent.strongest) {
          c.strongest = dependent.strongest;
          changed = true;
        }
        if (c.signal_count() < dependent.signals) {
          c.lifted_signals = dependent.signals;
          changed = true;
        }
        if (c.label > dependent.label && !c.tried_without_benefit) {
          c.label = dependent.label;
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
    c.demoted = systemic && c.intervention->individual_resilience && !c.urgent;
    // Individual coping is not "recommended" while the work itself is the problem.
    if (c.demoted) c.label = std::max(c.label, static_cast<int>(kWorthConsidering));
    if (c.demoted)
      c.notes.push_back(
          "Ranked after organisational and team actions: workload, caseload, staffing or the organisation "
          "drives the pressure on this team, and the sources put fixing the work before individual coping.");
    ordered.push_back(std::move(c));
  }
  std::sort(ordered.begin(), ordered.end(), [](const Candidate& a, const Candidate& b) {
    if (a.tried_without_benefit != b.tried_without_benefit) return !a.tried_without_benefit;
    if (a.label != b.label) return a.label < b.label;
    if (a.demoted != b.demoted) return !a.demoted;
    if (a.strongest != b.strongest) return a.strongest > b.strongest;
    if (a.signal_count() != b.signal_count()) return a.signal_count() > b.signal_count();
    if (a.depth != b.depth) return a.depth > b.depth;
    int ea = strength_rank(a.evidence->strength), eb = strength_rank(b.evidence->strength);
    if (ea != eb) return ea < eb;
    if (a.score != b.score) return a.score > b.score;
    int la = level_rank(a.intervention->level), lb = level_rank(b.intervention->level);
    if (la != lb) return la < lb;
    return a.intervention->id < b.intervention->id;
  });
  int rank_number = 0;
  for (auto& c : ordered) {
    bool shown = rank_number < top_n;
    if (shown && c.tried_without_benefit)
      c.notes.push_back("Shown only because nothing else fits your answers better.");
    std::string label = kLabelIds[c.label];
    std::string tried = assessment.tried(c.intervention->id);
    Recommendation r = to_recommendation(std::move(c), base.of(*c.intervention), label, tried, catalogue_fields);
    r.rank = ++rank_number;
    (shown ? result.recommendations : result.also_considered).push_back(std::move(r));
  }
}

}  // namespace trynext
