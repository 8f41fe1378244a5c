// The public C++ API of trynext.
//
//   auto engine = trynext::Engine::load({.rules_dir = "rules", .catalogue_db = "catalogue.db"});
//   trynext::Result r = engine->recommend(json_text);
//
// An Engine is immutable once loaded and safe to use from many threads at once. To change rules,
// load a new Engine (LiveEngine does that and swaps it in atomically).
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "trynext/catalogue.h"
#include "trynext/error.h"
#include "trynext/result.h"

namespace trynext {

// Limits applied to each rule of each evaluation. A rule that exceeds one is stopped and reported
// in Result::warnings; the other rules still count.
struct Limits {
  std::uint64_t instructions_per_rule = 1'000'000;
  std::size_t memory_bytes = 8u << 20;  // per rule, above the Lua state's size when the rule starts
};

struct LoadOptions {
  std::filesystem::path rules_dir;
  std::filesystem::path catalogue_db;
  Limits limits;
};

// What the caller asks of one evaluation. The document may say the same ("top_n", "explain",
// "evidence"): its "top_n" wins over top_n here (top_n is the default for documents that do not say),
// and explain is on, and evidence is ids, when either asks for it.
struct EvaluateOptions {
  int top_n = 5;         // how many go into Result::recommendations, unless the document says
  bool explain = false;  // fill Result::trace with every rule, fired or not
  // ids: the JSON result names each recommendation's catalogue part by id (Result::evidence). The
  // document's "evidence": "ids" asks the same; ids when either asks.
  EvidenceForm evidence = EvidenceForm::full;
  // false: each Recommendation's summary, cautions, needs_first, format, evidence and evidence_summary
  // are left empty (its id, title, level and effort stay). to_json still writes them, byte for byte as
  // when they are filled, from the catalogue's own copy rendered when the engine loaded. For callers
  // that only send JSON (the service, the C ABI); to_text and the reports read these fields.
  bool catalogue_fields = true;
};

// A rule as declared in its file.
struct RuleInfo {
  std::string id;
  std::string title;
  std::string description;
  std::string file;  // relative to the rules directory
  int line = 0;
  std::vector<SourceRef> sources;
  std::vector<std::string> recommends;
};

// What validation found: problems make the input unusable; warnings do not.
struct Validation {
  std::vector<Problem> problems;
  std::vector<Problem> warnings;
  bool ok() const { return problems.empty(); }
};

class Engine {
 public:
  // Loads and checks the rule set and the catalogue. Throws LoadError listing every problem.
  static std::shared_ptr<const Engine> load(const LoadOptions& options);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Parses, validates and evaluates an assessment given as JSON text. Throws InputError listing
  // every problem when the text is not valid JSON or not a valid assessment. See EvaluateOptions for
  // how its fields combine with "top_n" and "explain" given in the document itself.
  Result recommend(std::string_view assessment_json, const EvaluateOptions& options) const;
  Result recommend(std::string_view assessment_json) const;

  // Checks an assessment without evaluating it.
  Validation validate(std::string_view assessment_json) const;

  const Catalogue& catalogue() const;
  const std::vector<RuleInfo>& rules() const;
  const std::vector<Diagnostic>& load_warnings() const;  // non-fatal findings of the load
  const Versions& versions() const;
  const LoadOptions& options() const;

 private:
  struct Impl;  // defined in engine/src/engine.cpp
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Holds the current Engine and replaces it on reload. Evaluations already running keep the
// Engine they started with; a rule set that fails to load is refused and the old one stays.
class LiveEngine {
 public:
  explicit LiveEngine(const LoadOptions& options);  // throws LoadError
  ~LiveEngine();                                    // stops watching first
  LiveEngine(const LiveEngine&) = delete;
  LiveEngine& operator=(const LiveEngine&) = delete;
  // The Engine in service now; it stays valid for as long as the caller holds it, across reloads.
  std::shared_ptr<const Engine> current() const;
  // Loads the rules again from the same places. Returns the new versions; throws LoadError and
  // keeps the current Engine when the new rule set or catalogue does not load.
  Versions reload();

  // Reloads by itself when the rule files change, checking every interval. A refused rule set is
  // reported through on_refused (from the watching thread) and tried again only after it changes.
  void watch(std::chrono::milliseconds interval, std::function<void(const LoadError&)> on_refused = nullptr,
             std::function<void(const Versions&)> on_reloaded = nullptr);
  // Stops the watching thread, waiting for a reload in progress; does nothing when not watching.
  void stop_watching();

 private:
  struct State;  // the current Engine, its locks and the watcher; defined in engine/src/engine.cpp
  std::unique_ptr<State> state_;
};

// The library's version, e.g. "0.1.0".
const char* version();

}  // namespace trynext
