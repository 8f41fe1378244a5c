// Engine: one immutable snapshot of rules and catalogue, plus a pool of Lua states that have the
// rules loaded. This file is the flow of one request: parse, validate, evaluate, rank, explain.
#include "trynext/engine.h"

#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "input/answer_coverage.h"
#include "input/assessment.h"
#include "input/json_text.h"
#include "rank/explain.h"
#include "rank/plain_words.h"
#include "rank/rank.h"
#include "rules/rule_set.h"
#include "rules/rule_state.h"
#include "rules/thresholds.h"

namespace trynext {

const char* version() { return TRYNEXT_VERSION; }

namespace {

// Rule id -> its position in the rule set (the first of equal ids), made once per Engine.
using RuleIndex = std::map<std::string, std::size_t, std::less<>>;

RuleIndex index_rules(const std::vector<RuleInfo>& rules) {
  RuleIndex index;
  for (std::size_t i = 0; i < rules.size(); ++i) index.emplace(rules[i].id, i);
  return index;
}

// Each reason names the thresholds its rule read in this evaluation, as its inputs are the rule's reads.
void add_threshold_uses(const Evaluation& evaluation, const RuleIndex& index, Result& result) {
  for (auto* list : {&result.recommendations, &result.also_considered, &result.keep_going})
    for (auto& r : *list)
      for (auto& reason : r.rationale)
        if (auto it = index.find(reason.rule); it != index.end() && it->second < evaluation.traces.size())
          if (!evaluation.traces[it->second].thresholds.empty())
            reason.thresholds = evaluation.traces[it->second].thresholds;
}

}  // namespace

struct Engine::Impl {
  LoadOptions options;
  Catalogue catalogue;
  std::shared_ptr<const std::vector<Document>> documents;  // the catalogue's, shared by every Result
  std::unique_ptr<InputPaths> paths;
  std::unique_ptr<CatalogueRecommendations> base;  // each intervention's catalogue part, written once
  std::vector<RuleSource> sources;
  std::vector<RuleInfo> rules;
  RuleIndex rule_index;  // of rules
  std::vector<Diagnostic> warnings;
  Versions versions;

  // Idle Lua states. A state is taken by one evaluation at a time and returned after it, unless a
  // limit was hit in it: then it is dropped and a fresh one is made when needed.
  mutable std::mutex pool_mutex;
  mutable std::vector<std::unique_ptr<RuleState>> idle;
  std::size_t max_idle = 4;

  std::unique_ptr<RuleState> acquire() const {
    {
      std::lock_guard<std::mutex> lock(pool_mutex);
      if (!idle.empty()) {
        auto state = std::move(idle.back());
        idle.pop_back();
        return state;
      }
    }
    std::vector<Diagnostic> ignored;  // the same sources loaded cleanly once already
    return std::make_unique<RuleState>(sources, catalogue, *paths, options.limits, ignored);
  }

  void release(std::unique_ptr<RuleState> state) const {
    if (!state->reusable()) return;
    std::lock_guard<std::mutex> lock(pool_mutex);
    if (idle.size() < max_idle) idle.push_back(std::move(state));
  }
};

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

std::shared_ptr<const Engine> Engine::load(const LoadOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->catalogue = Catalogue::open(options.catalogue_db.string());
  impl->paths = std::make_unique<InputPaths>(impl->catalogue);
  impl->documents = std::make_shared<const std::vector<Document>>(impl->catalogue.documents);
  impl->base = std::make_unique<CatalogueRecommendations>(impl->catalogue);
  RuleFiles files = read_rule_files(options.rules_dir);
  if (files.sources.empty())
    throw LoadError(options.rules_dir.string(), "no_rules", "no rule files (*.lua) in " + options.rules_dir.string());
  impl->sources = std::move(files.sources);

  std::vector<Diagnostic> diagnostics = check_rule_sources(impl->sources, impl->catalogue, *impl->paths);
  auto first = std::make_unique<RuleState>(impl->sources, impl->catalogue, *impl->paths, options.limits, diagnostics);
  for (auto& d : check_thresholds(impl->sources, first->thresholds())) diagnostics.push_back(std::move(d));
  std::vector<Diagnostic> errors;
  for (auto& d : diagnostics) (d.warning ? impl->warnings : errors).push_back(d);
  if (!errors.empty()) throw LoadError(std::move(errors));
  for (const auto& r : first->rules()) impl->rules.push_back(r.info);
  impl->rule_index = index_rules(impl->rules);

  impl->versions = {TRYNEXT_VERSION, files.digest, impl->catalogue.digest};
  impl->max_idle = std::max(4u, 2 * std::thread::hardware_concurrency());
  impl->idle.push_back(std::move(first));
  return std::shared_ptr<const Engine>(new Engine(std::move(impl)));
}

Validation Engine::validate(std::string_view assessment_json) const {
  Validation report;
  try {
    Assessment assessment = Assessment::build(parse_json_text(assessment_json), impl_->catalogue, report);
    if (report.ok())
      if (auto few = few_answers_message(assessment.factors())) report.warnings.push_back({"answers", *few});
  } catch (const InputError& e) { report.problems = e.problems(); }
  return report;
}

Result Engine::recommend(std::string_view assessment_json) const {
  return recommend(assessment_json, EvaluateOptions{});
}

Result Engine::recommend(std::string_view assessment_json, const EvaluateOptions& options) const {
  Validation report;
  Assessment assessment = Assessment::build(parse_json_text(assessment_json), impl_->catalogue, report);
  if (!report.ok()) throw InputError(report.problems);
  bool explain = options.explain || assessment.explain.value_or(false);
  int top_n = assessment.top_n.value_or(options.top_n);

  auto state = impl_->acquire();
  Evaluation evaluation = state->evaluate(assessment, explain);
  impl_->release(std::move(state));
  const std::vector<RuleInfo>& rules = impl_->rules;

  Result result;
  result.team_name = assessment.team_name();
  result.factors = assessment.factors();
  // First: it qualifies everything else in the answer.
  if (auto few = few_answers_message(assessment.factors()))
    result.warnings.push_back({kFewAnswersWarning, std::move(*few), "", "", 0});
  for (const auto& w : report.warnings) result.warnings.push_back({"unknown_field", w.to_string(), "", "", 0});
  for (auto& w : evaluation.warnings) result.warnings.push_back(std::move(w));
  rank(evaluation, rules, assessment, impl_->catalogue, *impl_->base, top_n, result, options.catalogue_fields);
  add_threshold_uses(evaluation, impl_->rule_index, result);
  if (explain) {
    std::set<std::string> already;  // near misses name only what the team does not already get
    for (const auto* list : {&result.recommendations, &result.also_considered, &result.keep_going})
      for (const auto& r : *list) already.insert(r.id);
    for (std::size_t i = 0; i < evaluation.traces.size(); ++i) {
      evaluation.traces[i].title = rules[i].title;
      explain_not_fired(evaluation.traces[i], rules[i].recommends);
      evaluation.traces[i].near_miss =
          near_miss_sentences(evaluation.traces[i], rules[i].recommends, already, impl_->catalogue);
    }
    result.trace = std::move(evaluation.traces);
    result.explained = true;
  }
  result.instruction_limit = impl_->options.limits.instructions_per_rule;
  result.memory_limit = impl_->options.limits.memory_bytes;
  result.versions = impl_->versions;
  result.documents = impl_->documents;
  bool ids = options.evidence == EvidenceForm::ids || assessment.evidence_ids.value_or(false);
  result.evidence = ids ? EvidenceForm::ids : EvidenceForm::full;
  return result;
}

const Catalogue& Engine::catalogue() const { return impl_->catalogue; }
const std::vector<RuleInfo>& Engine::rules() const { return impl_->rules; }
const std::vector<Diagnostic>& Engine::load_warnings() const { return impl_->warnings; }
const Versions& Engine::versions() const { return impl_->versions; }
const LoadOptions& Engine::options() const { return impl_->options; }

struct LiveEngine::State {
  LoadOptions options;
  mutable std::mutex mutex;  // guards current
  std::mutex reload_mutex;   // one reload at a time
  std::shared_ptr<const Engine> current;
  std::thread watcher;
  std::mutex watch_mutex;
  std::condition_variable watch_wake;
  bool watching = false;
};

LiveEngine::LiveEngine(const LoadOptions& options) : state_(std::make_unique<State>()) {
  state_->options = options;
  state_->current = Engine::load(options);
}

LiveEngine::~LiveEngine() { stop_watching(); }

std::shared_ptr<const Engine> LiveEngine::current() const {
  std::lock_guard<std::mutex> lock(state_->mutex);
  return state_->current;
}

Versions LiveEngine::reload() {
  std::lock_guard<std::mutex> one_at_a_time(state_->reload_mutex);
  auto fresh = Engine::load(state_->options);  // throws, leaving the current engine in place
  std::lock_guard<std::mutex> lock(state_->mutex);
  state_->current = fresh;
  return fresh->versions();
}

void LiveEngine::watch(std::chrono::milliseconds interval, std::function<void(const LoadError&)> on_refused,
                       std::function<void(const Versions&)> on_reloaded) {
  stop_watching();
  State& s = *state_;
  s.watching = true;
  s.watcher = std::thread([this, &s, interval, on_refused, on_reloaded] {
    // The digest of the files on disk; a change of it is what triggers a reload.
    auto digest_on_disk = [&s]() -> std::string {
      try {
        return read_rule_files(s.options.rules_dir).digest;
      } catch (const LoadError&) {
        return "";  // the directory is gone or unreadable for now: wait for it
      }
    };
    std::string last_seen = current()->versions().rules;
    std::unique_lock<std::mutex> lock(s.watch_mutex);
    while (s.watching) {
      s.watch_wake.wait_for(lock, interval, [&s] { return !s.watching; });
      if (!s.watching) break;
      std::string now = digest_on_disk();
      if (now.empty() || now == last_seen) continue;
      last_seen = now;
      try {
        Versions v = reload();
        if (on_reloaded) on_reloaded(v);
      } catch (const LoadError& e) {
        if (on_refused) on_refused(e);
      }
    }
  });
}

void LiveEngine::stop_watching() {
  {
    std::lock_guard<std::mutex> lock(state_->watch_mutex);
    state_->watching = false;
  }
  state_->watch_wake.notify_all();
  if (state_->watcher.joinable()) state_->watcher.join();
}

}  // namespace trynext
