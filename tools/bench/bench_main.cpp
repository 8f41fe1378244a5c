// trynext_bench: the in-process benchmark cases (tools/bench/run.sh runs them all; README.md beside
// this file says what each measures).
//
//   trynext_bench run --corpus DIR --work DIR --out FILE [--rounds N] [--reps N] [--quick]
//   trynext_bench memory --rules DIR [--corpus DIR]    (one fresh process per rule set)
//   trynext_bench check-render --corpus DIR [--count N]   (to_json reads back as itself)
//   trynext_bench outputs --corpus DIR [--rules DIR] [--compact] [--write DIR]   (a digest of every
//     result, to compare builds; --write also writes the texts, and each answer written from the
//     recommendations' fields instead of the catalogue's bytes, as NAME.fields; and checks that each
//     result made without its catalogue fields writes the same JSON at indents -1, 2 and 4)
//   trynext_bench loop --corpus DIR [--rules DIR] [--passes N] [--evidence ids] [--catalogue-fields]
//     (for a profiler; as the service asks, unless --catalogue-fields fills the C++ fields too)
//   trynext_bench render --corpus DIR [--rules DIR] [--rounds N] [--reps N]   (to_json alone)
//   trynext_bench subset-rules --out DIR
//   trynext_bench growth-rules --count N --out DIR
#include <lua.h>
#include <stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <stdexcept>
#include <thread>

#include <simdjson.h>

#include "bench_support.h"
#include "input/assessment.h"
#include "input/json_fast_path.h"
#include "input/json_text.h"
#include "native_subset.h"
#include "rules/rule_set.h"
#include "rules/rule_state.h"
#include "synthetic_rules.h"
#include "trynext/engine.h"
#include "trynext/json.h"

namespace trynext_bench {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Args {
  std::map<std::string, std::string> values;
  std::set<std::string> flags;
  std::string get(const std::string& key, const std::string& fallback = "") const {
    auto it = values.find(key);
    return it == values.end() ? fallback : it->second;
  }
  int number(const std::string& key, int fallback) const {
    auto it = values.find(key);
    return it == values.end() ? fallback : std::stoi(it->second);
  }
};

Args parse_args(int argc, char** argv, int first) {
  Args a;
  for (int i = first; i < argc; ++i) {
    std::string s = argv[i];
    if (s.rfind("--", 0) != 0) throw std::runtime_error("unexpected argument " + s);
    if (i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0)
      a.values[s.substr(2)] = argv[++i];
    else
      a.flags.insert(s.substr(2));
  }
  return a;
}

double load_average() {
  double l[1] = {0};
  return getloadavg(l, 1) == 1 ? l[0] : -1;
}

double round_to(double x, int digits) {
  double m = std::pow(10, digits);
  return std::round(x * m) / m;
}

trynext::LoadOptions options_for(const fs::path& rules) {
  trynext::LoadOptions o;
  o.rules_dir = rules;
  o.catalogue_db = TRYNEXT_BUILD_CATALOGUE;
  return o;
}

json with_load(Stats s, double load_before) {
  json j = s.to_json();
  j["load_before"] = round_to(load_before, 2);
  j["load_after"] = round_to(load_average(), 2);
  return j;
}

void say(const std::string& line) { std::cerr << "trynext_bench: " << line << std::endl; }

std::string stats_line(const std::string& name, const Stats& s) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-46s median %9.3f us  p99 %9.3f us  %10.0f /s  (%d thread%s)", name.c_str(),
                s.median_us, s.p99_us, s.throughput, s.threads, s.threads == 1 ? "" : "s");
  return buf;
}

// The decisions in a Result: (rule, intervention) -> weight, for every rule's recommendation,
// whichever list it ended in (recommended, also considered, kept going); prerequisites the engine
// added by itself are not decisions of a rule.
std::map<std::pair<std::string, std::string>, double> decisions_of(const trynext::Result& r) {
  std::map<std::pair<std::string, std::string>, double> out;
  for (const auto* list : {&r.recommendations, &r.also_considered, &r.keep_going})
    for (const auto& rec : *list)
      for (const auto& reason : rec.rationale)
        if (reason.rule != "prerequisite") out[{reason.rule, rec.id}] = reason.weight;
  return out;
}

std::vector<std::string> ids_of(const std::map<std::pair<std::string, std::string>, double>& d) {
  std::set<std::string> ids;
  for (const auto& [k, w] : d) ids.insert(k.second);
  return {ids.begin(), ids.end()};
}

// Everything one rule set needs to be timed phase by phase with the engine's own parts.
struct Internals {
  trynext::Catalogue catalogue;
  std::unique_ptr<trynext::InputPaths> paths;
  std::vector<trynext::RuleSource> sources;
  explicit Internals(const fs::path& rules) {
    catalogue = trynext::Catalogue::open(TRYNEXT_BUILD_CATALOGUE);
    paths = std::make_unique<trynext::InputPaths>(catalogue);
    sources = trynext::read_rule_files(rules).sources;
  }
  std::unique_ptr<trynext::RuleState> state() const {
    std::vector<trynext::Diagnostic> ignored;
    return std::make_unique<trynext::RuleState>(sources, catalogue, *paths, trynext::Limits{}, ignored);
  }
  std::vector<trynext::Assessment> assessments(const Corpus& corpus) const {
    std::vector<trynext::Assessment> out;
    for (const auto& text : corpus.texts) {
      trynext::Validation report;
      out.push_back(trynext::Assessment::build(trynext::parse_json_text(text), catalogue, report));
      if (!report.ok()) throw std::runtime_error("corpus assessment does not validate");
    }
    return out;
  }
};

// ---- case 1: the default rule set, JSON text in and JSON text out -------------------------------

json case_default(const Corpus& corpus, const fs::path& rules, int rounds, int reps, int cores) {
  json out;
  auto engine = trynext::Engine::load(options_for(rules));
  std::size_t n = corpus.texts.size();
  out["rules"] = engine->rules().size();
  out["assessments"] = n;
  std::size_t out_bytes = 0;
  for (const auto& t : corpus.texts) out_bytes += trynext::to_json(engine->recommend(t, {})).size();
  std::size_t in_bytes = 0;
  for (const auto& t : corpus.texts) in_bytes += t.size();
  out["mean_input_bytes"] = in_bytes / n;
  out["mean_output_bytes"] = out_bytes / n;

  // JSON to JSON as the service and the C ABI ask for it: the catalogue's part of each recommendation
  // comes from the bytes rendered at load, not filled into the C++ Result (the same JSON).
  trynext::EvaluateOptions lean;
  lean.catalogue_fields = false;
  auto json_to_json = [&](std::size_t i, int) { keep(trynext::to_json(engine->recommend(corpus.texts[i], lean))); };
  double l = load_average();
  Stats one = run_case(n, rounds, reps, 1, json_to_json);
  out["one_thread"] = with_load(one, l);
  say(stats_line("default rules, JSON to JSON", one));
  l = load_average();
  Stats all = run_case(n, rounds, reps, cores, json_to_json);
  out["all_cores"] = with_load(all, l);
  say(stats_line("default rules, JSON to JSON", all));
  l = load_average();
  Stats filled = run_case(n, rounds, reps, 1,
                          [&](std::size_t i, int) { keep(trynext::to_json(engine->recommend(corpus.texts[i], {}))); });
  out["one_thread_catalogue_fields"] = with_load(filled, l);
  say(stats_line("default rules, JSON to JSON, the C++ Result's catalogue fields filled too", filled));

  // evidence "ids": the result that names the catalogue's part by id, compact as the service sends it.
  trynext::EvaluateOptions ids;
  ids.evidence = trynext::EvidenceForm::ids;
  ids.catalogue_fields = false;
  std::size_t ids_bytes = 0;
  for (const auto& t : corpus.texts) ids_bytes += trynext::to_json(engine->recommend(t, ids), -1).size();
  out["ids_mean_output_bytes"] = ids_bytes / n;
  l = load_average();
  Stats by_id = run_case(n, rounds, reps, 1, [&](std::size_t i, int) {
    keep(trynext::to_json(engine->recommend(corpus.texts[i], ids), -1));
  });
  out["evidence_ids"] = with_load(by_id, l);
  say(stats_line("default rules, JSON to JSON, evidence ids (compact)", by_id));

  // Where the time goes, one thread: each phase alone, with the engine's own parts.
  Internals in(rules);
  json phases;
  l = load_average();
  Stats parse =
      run_case(n, rounds, reps, 1, [&](std::size_t i, int) { keep(trynext::parse_json_text(corpus.texts[i])); });
  phases["parse_json_text"] = with_load(parse, l);
  say(stats_line("  phase: parse_json_text", parse));
  Stats build = run_case(n, rounds, reps, 1, [&](std::size_t i, int) {
    trynext::Validation report;
    keep(trynext::Assessment::build(trynext::parse_json_text(corpus.texts[i]), in.catalogue, report));
  });
  phases["parse_and_validate"] = build.to_json();
  say(stats_line("  phase: parse + Assessment::build", build));
  auto assessments = in.assessments(corpus);
  auto state = in.state();
  Stats eval = run_case(n, rounds, reps, 1, [&](std::size_t i, int) { keep(state->evaluate(assessments[i], false)); });
  phases["rules_evaluate"] = eval.to_json();
  say(stats_line("  phase: RuleState::evaluate (Lua rules)", eval));
  std::vector<trynext::Result> results;
  for (const auto& t : corpus.texts) results.push_back(engine->recommend(t, {}));
  Stats render = run_case(n, rounds, reps, 1, [&](std::size_t i, int) { keep(trynext::to_json(results[i])); });
  phases["to_json"] = render.to_json();
  say(stats_line("  phase: to_json", render));
  Stats compact = run_case(n, rounds, reps, 1, [&](std::size_t i, int) { keep(trynext::to_json(results[i], -1)); });
  phases["to_json_compact"] = compact.to_json();
  say(stats_line("  phase: to_json(r, -1)", compact));
  Stats recommend =
      run_case(n, rounds, reps, 1, [&](std::size_t i, int) { keep(engine->recommend(corpus.texts[i], {})); });
  phases["recommend"] = recommend.to_json();
  say(stats_line("  phase: recommend (no to_json)", recommend));
  phases["rank_and_rest_us"] = round_to(recommend.median_us - build.median_us - eval.median_us, 3);
  out["phases"] = phases;
  return out;
}

// ---- parsers: the engine's two paths against plain nlohmann and simdjson's own DOM -----------------

json case_parsers(const Corpus& corpus, int rounds, int reps) {
  json out;
  std::size_t n = corpus.texts.size();
  std::size_t fast_read = 0, same = 0;
  for (const auto& text : corpus.texts) {
    auto fast = trynext::read_json_fast(text);
    if (!fast) continue;
    ++fast_read;
    json careful = trynext::parse_json_text_carefully(text);
    same += *fast == careful && fast->dump() == careful.dump();
  }
  out["fast_path_documents"] = fast_read;
  out["fast_path_same_documents"] = same;
  Stats engine =
      run_case(n, rounds, reps, 1, [&](std::size_t i, int) { keep(trynext::parse_json_text(corpus.texts[i])); });
  out["parse_json_text"] = engine.to_json();
  say(stats_line("parsers: parse_json_text (the engine's: simdjson, then nlohmann if refused)", engine) + " (" +
      std::to_string(fast_read) + " of " + std::to_string(n) + " read by simdjson, " + std::to_string(same) +
      " identical)");
  Stats careful = run_case(n, rounds, reps, 1,
                           [&](std::size_t i, int) { keep(trynext::parse_json_text_carefully(corpus.texts[i])); });
  out["parse_json_text_carefully"] = careful.to_json();
  say(stats_line("parsers: parse_json_text_carefully (nlohmann with the checks)", careful));
  Stats plain = run_case(n, rounds, reps, 1, [&](std::size_t i, int) { keep(json::parse(corpus.texts[i])); });
  out["nlohmann_parse"] = plain.to_json();
  say(stats_line("parsers: nlohmann::json::parse, no callback", plain));
  // simdjson's DOM alone, not converted: the floor for any front end built on it.
  simdjson::dom::parser parser;
  Stats dom = run_case(n, rounds, reps, 1, [&](std::size_t i, int) { keep(parser.parse(corpus.texts[i]).value()); });
  out["simdjson_dom"] = dom.to_json();
  out["simdjson_version"] = std::to_string(simdjson::SIMDJSON_VERSION_MAJOR) + "." +
                            std::to_string(simdjson::SIMDJSON_VERSION_MINOR) + "." +
                            std::to_string(simdjson::SIMDJSON_VERSION_REVISION);
  say(stats_line("parsers: simdjson DOM, not converted", dom));
  return out;
}

// ---- case 2: the subset, through trynext and written natively ----------------------------------

json case_subset(const Corpus& corpus, const fs::path& default_rules, const fs::path& subset_rules,
                 const fs::path& work, int rounds, int reps) {
  json out;
  std::size_t n = corpus.texts.size();
  auto engine = trynext::Engine::load(options_for(subset_rules));
  auto full = trynext::Engine::load(options_for(default_rules));
  json ids = json::array();
  for (const auto& r : engine->rules()) ids.push_back(r.id);
  out["rules"] = ids;
  NativeSubset native(engine->catalogue());

  // Same decisions? trynext's subset against the native code (rule, intervention and weight), and
  // against the same rules inside the full default set (their traces), which checks the extraction.
  std::size_t native_mismatches = 0, drift_mismatches = 0, fired = 0, findings = 0;
  json first_mismatch;
  json decisions = json::array();
  std::set<std::string> subset_ids;
  for (const auto& r : engine->rules()) subset_ids.insert(r.id);
  for (std::size_t i = 0; i < n; ++i) {
    auto d = decisions_of(engine->recommend(corpus.texts[i], {}));
    std::map<std::pair<std::string, std::string>, double> nd;
    std::vector<NativeFinding> nf;
    native.decide(native.read(json::parse(corpus.texts[i])), nf);
    for (const auto& f : nf) nd[{f.rule, f.id}] = std::max(nd[{f.rule, f.id}], f.weight);
    if (nd != d) {
      ++native_mismatches;
      if (first_mismatch.is_null()) first_mismatch = corpus.names[i];
    }
    trynext::EvaluateOptions explain;
    explain.explain = true;
    trynext::Result fr = full->recommend(corpus.texts[i], explain);
    std::set<std::string> from_full;
    for (const auto& t : fr.trace)
      if (subset_ids.count(t.rule)) from_full.insert(t.recommended.begin(), t.recommended.end());
    auto mine = ids_of(d);
    if (std::vector<std::string>(from_full.begin(), from_full.end()) != mine) ++drift_mismatches;
    fired += mine.empty() ? 0 : 1;
    findings += d.size();
    decisions.push_back({{"name", corpus.names[i]}, {"ids", mine}});
  }
  write_file(work / "subset-decisions.json", json({{"rules", ids}, {"assessments", decisions}}).dump(1) + "\n");
  out["check"] = {{"assessments", n},
                  {"with_a_recommendation", fired},
                  {"mean_decisions", round_to(static_cast<double>(findings) / static_cast<double>(n), 2)},
                  {"native_mismatches", native_mismatches},
                  {"first_native_mismatch", first_mismatch},
                  {"subset_vs_full_rule_set_mismatches", drift_mismatches}};
  say("subset: " + std::to_string(native_mismatches) + " assessments where native and trynext decide differently, " +
      std::to_string(drift_mismatches) + " where the subset differs from the same rules in the full set");

  json cases;
  double l = load_average();
  Stats t_json = run_case(n, rounds, reps, 1,
                          [&](std::size_t i, int) { keep(trynext::to_json(engine->recommend(corpus.texts[i], {}))); });
  cases["trynext_json_to_json"] = with_load(t_json, l);
  say(stats_line("subset: trynext recommend + to_json", t_json));
  Stats t_rec = run_case(n, rounds, reps, 1, [&](std::size_t i, int) { keep(engine->recommend(corpus.texts[i], {})); });
  cases["trynext_recommend"] = t_rec.to_json();
  say(stats_line("subset: trynext recommend", t_rec));
  Internals in(subset_rules);
  auto assessments = in.assessments(corpus);
  auto state = in.state();
  Stats t_eval =
      run_case(n, rounds, reps, 1, [&](std::size_t i, int) { keep(state->evaluate(assessments[i], false)); });
  cases["trynext_rules_only"] = t_eval.to_json();
  say(stats_line("subset: trynext RuleState::evaluate", t_eval));

  l = load_average();
  Stats n_json = run_case(
      n, rounds * 10, reps, 1, [&](std::size_t i, int) { keep(native.evaluate_json(corpus.texts[i])); }, 10);
  cases["native_json_to_json"] = with_load(n_json, l);
  say(stats_line("subset: native JSON to JSON (nlohmann)", n_json));
  std::vector<NativeInput> inputs;
  for (const auto& t : corpus.texts) inputs.push_back(native.read(json::parse(t)));
  std::vector<NativeFinding> scratch;
  scratch.reserve(32);
  Stats n_dec = run_case(
      n, rounds * 100, reps, 1,
      [&](std::size_t i, int) {
        scratch.clear();
        native.decide(inputs[i], scratch);
        keep(scratch.data());
      },
      1000);
  cases["native_rules_only"] = n_dec.to_json();
  say(stats_line("subset: native decide (parsed input)", n_dec));
  out["cases"] = cases;
  out["ratio_json_to_json"] = round_to(n_json.throughput / t_json.throughput, 2);
  out["ratio_json_to_decisions"] = round_to(n_json.throughput / t_rec.throughput, 2);
  out["ratio_rules_only"] = round_to(n_dec.throughput / t_eval.throughput, 1);
  return out;
}

// ---- case 5: growth with the number of rules --------------------------------------------------

json case_growth(const Corpus& corpus, const fs::path& work, const fs::path& default_rules, int reps) {
  json out = json::array();
  trynext::Catalogue catalogue = trynext::Catalogue::open(TRYNEXT_BUILD_CATALOGUE);
  // The catalogue's own share of a load, to tell it apart from the rules'.
  std::vector<double> cat;
  for (int k = 0; k < 5; ++k) {
    auto t0 = Clock::now();
    keep(trynext::Catalogue::open(TRYNEXT_BUILD_CATALOGUE));
    cat.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  std::sort(cat.begin(), cat.end());
  double catalogue_ms = cat[cat.size() / 2];
  std::size_t n = corpus.texts.size();
  std::vector<std::pair<std::string, fs::path>> sets = {{"default", default_rules}};
  for (int count : {10, 100, 1000}) {
    fs::path dir = work / ("rules-" + std::to_string(count));
    write_synthetic_rules(catalogue, count, dir);
    sets.push_back({std::to_string(count), dir});
  }
  for (const auto& [name, dir] : sets) {
    std::vector<double> loads;
    std::shared_ptr<const trynext::Engine> engine;
    for (int k = 0; k < 5; ++k) {
      auto t0 = Clock::now();
      engine = trynext::Engine::load(options_for(dir));
      loads.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(loads.begin(), loads.end());
    std::size_t rules = engine->rules().size();
    // Fewer passes over the corpus for the big sets: the same few seconds each.
    int rounds = rules >= 1000 ? 1 : rules >= 100 ? 2 : 5;
    std::size_t fired = 0;
    for (const auto& t : corpus.texts) fired += decisions_of(engine->recommend(t, {})).size();
    double l = load_average();
    Stats s = run_case(n, rounds, reps, 1,
                       [&](std::size_t i, int) { keep(trynext::to_json(engine->recommend(corpus.texts[i], {}))); });
    Internals in(dir);
    auto assessments = in.assessments(corpus);
    auto state = in.state();
    Stats e = run_case(n, rounds, reps, 1, [&](std::size_t i, int) { keep(state->evaluate(assessments[i], false)); });
    json j = {{"rule_set", name},
              {"rules", rules},
              {"load_ms_median", round_to(loads[loads.size() / 2], 3)},
              {"load_ms_min", round_to(loads.front(), 3)},
              {"catalogue_open_ms", round_to(catalogue_ms, 3)},
              {"load_ms_per_rule", round_to((loads[loads.size() / 2] - catalogue_ms) / static_cast<double>(rules), 4)},
              {"mean_decisions", round_to(static_cast<double>(fired) / static_cast<double>(n), 2)},
              {"json_to_json", with_load(s, l)},
              {"rules_only", e.to_json()},
              {"us_per_rule", round_to(s.median_us / static_cast<double>(rules), 3)},
              {"rules_only_us_per_rule", round_to(e.median_us / static_cast<double>(rules), 3)},
              {"lua_state_bytes", state->memory_in_use()}};
    out.push_back(j);
    say("growth " + name + ": " + std::to_string(rules) + " rules, load " + std::to_string(loads[loads.size() / 2]) +
        " ms; " + stats_line("", s));
  }
  return out;
}

// ---- case 6: memory, in a fresh process per rule set ---------------------------------------------

int run_memory(const Args& args) {
  fs::path rules = args.get("rules");
  std::size_t rss0 = resident_bytes();
  auto engine = trynext::Engine::load(options_for(rules));
  std::size_t rss1 = resident_bytes();
  // More Lua states with the same rules, as the engine's pool makes them under concurrent load.
  Internals in(rules);
  constexpr int kStates = 8;
  std::size_t rss2 = resident_bytes();
  std::vector<std::unique_ptr<trynext::RuleState>> states;
  for (int k = 0; k < kStates; ++k) states.push_back(in.state());
  std::size_t rss3 = resident_bytes();
  std::size_t lua_resting = states.front()->memory_in_use();
  std::size_t lua_after = 0, peak_rule = 0;
  if (args.values.count("corpus")) {
    Corpus corpus = read_corpus(args.get("corpus"));
    auto assessments = in.assessments(corpus);
    for (const auto& a : assessments) {
      auto ev = states.front()->evaluate(a, true);
      for (const auto& t : ev.traces) peak_rule = std::max(peak_rule, t.memory_bytes);
      lua_after = std::max(lua_after, states.front()->memory_in_use());
    }
  }
  json out = {{"rules_dir", rules.string()},
              {"rules", engine->rules().size()},
              {"rss_before_bytes", rss0},
              {"engine_rss_bytes", rss1 - rss0},
              {"rss_per_extra_state_bytes", (rss3 - rss2) / kStates},
              {"lua_state_resting_bytes", lua_resting},
              {"lua_state_max_in_use_over_corpus_bytes", lua_after},
              {"max_rule_peak_bytes", peak_rule}};
  std::cout << out.dump(1) << std::endl;
  return 0;
}

json case_memory(const fs::path& self, const std::vector<std::pair<std::string, fs::path>>& sets,
                 const fs::path& corpus, const fs::path& work) {
  json out = json::array();
  for (const auto& [name, dir] : sets) {
    fs::path file = work / ("memory-" + name + ".json");
    std::string cmd = "'" + self.string() + "' memory --rules '" + dir.string() + "' --corpus '" + corpus.string() +
                      "' > '" + file.string() + "'";
    if (std::system(cmd.c_str()) != 0) throw std::runtime_error("memory measurement failed: " + cmd);
    json j = json::parse(read_file(file));
    j["rule_set"] = name;
    out.push_back(j);
    say("memory " + name + ": engine " + std::to_string(j["engine_rss_bytes"].get<std::size_t>() / 1024) +
        " KiB RSS, Lua state " + std::to_string(j["lua_state_resting_bytes"].get<std::size_t>() / 1024) +
        " KiB resting, " + std::to_string(j["rss_per_extra_state_bytes"].get<std::size_t>() / 1024) +
        " KiB RSS per extra state");
  }
  return out;
}

int run_all(const Args& args) {
  fs::path corpus_dir = args.get("corpus");
  fs::path work = args.get("work");
  fs::path out_file = args.get("out", (work / "inprocess.json").string());
  bool quick = args.flags.count("quick");
  int rounds = args.number("rounds", quick ? 1 : 5);
  int reps = args.number("reps", quick ? 1 : 3);
  int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  fs::create_directories(work);
  fs::path default_rules = args.get("rules", TRYNEXT_SOURCE_RULES);
  Corpus corpus = read_corpus(corpus_dir);
  say("corpus of " + std::to_string(corpus.texts.size()) + " assessments from " + corpus_dir.string() + "; " +
      std::to_string(rounds) + " passes x " + std::to_string(reps) + " repetitions per case; load " +
      std::to_string(load_average()));

  json out;
  out["versions"] = {{"trynext", trynext::version()},
                     {"lua", LUA_RELEASE},
                     {"compiler", "g++ " __VERSION__},
                     {"nlohmann_json", std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." +
                                           std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
                                           std::to_string(NLOHMANN_JSON_VERSION_PATCH)}};
  out["settings"] = {{"rounds", rounds},
                     {"reps", reps},
                     {"cores", cores},
                     {"corpus", corpus_dir.string()},
                     {"clock_overhead_ns", round_to(clock_overhead_ns(), 1)}};
  out["load_start"] = round_to(load_average(), 2);
  out["default"] = case_default(corpus, default_rules, rounds, reps, cores);
  fs::path subset_dir = work / "rules-subset";
  std::vector<std::string> ids;
  for (const auto& r : kSubsetRules) ids.push_back(r.id);
  write_subset_rules(default_rules, ids, subset_dir);
  out["subset"] = case_subset(corpus, default_rules, subset_dir, work, rounds, reps);
  out["parsers"] = case_parsers(corpus, rounds, reps);
  out["growth"] = case_growth(corpus, work, default_rules, reps);
  out["memory"] = case_memory(fs::read_symlink("/proc/self/exe"),
                              {{"default", default_rules}, {"1000", work / "rules-1000"}}, corpus_dir, work);
  out["load_end"] = round_to(load_average(), 2);
  write_file(out_file, out.dump(1) + "\n");
  say("wrote " + out_file.string());
  return 0;
}

// to_json is the contract's one writer; tests/unit/json_contract_test.cpp proves it against a reference
// document in CTest. This checks a corpus the quick way: what to_json writes is what nlohmann::json
// writes again for the document it reads back (parse, then dump with the same indent), and it never
// throws, awkward or invalid text included.
int run_check_render(const Args& args) {
  Corpus corpus = read_corpus(args.get("corpus"));
  auto engine = trynext::Engine::load(options_for(args.get("rules", TRYNEXT_SOURCE_RULES)));
  std::size_t checked = 0, differ = 0;
  auto compare = [&](const trynext::Result& r, const std::string& what) {
    for (int indent : {-1, 0, 2, 4}) {
      std::string text, again;
      try {
        text = trynext::to_json(r, indent);
        again = json::parse(text).dump(indent);
      } catch (const std::exception& e) { again = e.what(); }
      ++checked;
      if (text != again && ++differ <= 3)
        std::cerr << "trynext_bench: to_json(" << indent << ") does not read back as itself for " << what << "\n";
    }
  };
  int limit = args.number("count", 200);
  for (std::size_t i = 0; i < corpus.texts.size() && static_cast<int>(i) < limit; ++i) {
    compare(engine->recommend(corpus.texts[i], {}), corpus.names[i]);
    trynext::EvaluateOptions explain;
    explain.explain = true;
    compare(engine->recommend(corpus.texts[i], explain), corpus.names[i] + " (explain)");
  }
  // Awkward strings: every control character, quotes, backslashes, DEL, multi-byte UTF-8, and text
  // that is not UTF-8 (written with U+FFFD); inputs in unusual but valid JSON spellings.
  std::string every;
  for (int c = 1; c < 0x80; ++c) every += static_cast<char>(c);
  trynext::Result base = engine->recommend(corpus.texts[0], {});
  std::vector<std::string> texts = {every,
                                    "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80",
                                    std::string("nul\0inside", 11),
                                    "bad \xC3",
                                    "bad \xED\xA0\x80",
                                    "bad \xF5\x80\x80\x80",
                                    "bad \xC0\xAF",
                                    ""};
  std::vector<std::string> inputs = {"1.50",
                                     "-0",
                                     "1e2",
                                     "\"\\u0041\"",
                                     "\"a\\/b\"",
                                     "[1, 2]",
                                     "{\"b\":1,\"a\":[]}",
                                     "0.1",
                                     "123456789012345678901",
                                     "-7",
                                     "\"\xC3\xA9\"",
                                     "\"\x01\""};
  for (const auto& t : texts) {
    trynext::Result r = base;
    r.team_name = t;
    if (!r.recommendations.empty()) r.recommendations[0].rationale.push_back({"x", t, 1.25, {{"p", "1"}, {t, "2"}}});
    r.warnings.push_back({"kind", t, t, t, 3});
    compare(r, "awkward text");
  }
  for (const auto& in : inputs) {
    trynext::Result r = base;
    if (!r.recommendations.empty())
      r.recommendations[0].rationale.push_back({"x", "y", 2, {{"b", in}, {"a", in}, {"b", "3"}}});
    compare(r, "input " + in);
  }
  std::cerr << "trynext_bench: to_json read back on " << checked << " results: " << differ << " differ\n";
  return differ ? 1 : 0;
}

// A digest of every result over the corpus (JSON, with and without explain; the trace's timings
// zeroed), one line per assessment: to show that an optimisation leaves the output as it was.
int run_outputs(const Args& args) {
  Corpus corpus = read_corpus(args.get("corpus"));
  auto engine = trynext::Engine::load(options_for(args.get("rules", TRYNEXT_SOURCE_RULES)));
  auto lean_engine = trynext::Engine::load(options_for(args.get("rules", TRYNEXT_SOURCE_RULES)));
  std::string out;
  for (std::size_t i = 0; i < corpus.texts.size(); ++i) {
    trynext::EvaluateOptions explain;
    explain.explain = true;
    trynext::Result r = engine->recommend(corpus.texts[i], explain);
    for (auto& t : r.trace) t.microseconds = 0;
    trynext::Result plain = engine->recommend(corpus.texts[i], {});
    std::string text = trynext::to_json(plain) + trynext::to_json(r) + trynext::to_text(r);
    // Left without its catalogue fields, the result must write the same JSON at every indent. (Made
    // by an engine of its own, so that the digest's evaluations run in the same order as before.)
    trynext::EvaluateOptions lean = explain;
    lean.catalogue_fields = false;
    trynext::Result lr = lean_engine->recommend(corpus.texts[i], lean);
    // The trace's memory peaks move with the Lua state's collector between two evaluations.
    trynext::Result same = r;
    for (auto* t : {&lr.trace, &same.trace})
      for (auto& rule : *t) rule.microseconds = 0, rule.memory_bytes = 0;
    for (int indent : {-1, 2, 4})
      if (trynext::to_json(lr, indent) != trynext::to_json(same, indent))
        throw std::runtime_error(corpus.names[i] + ": without catalogue fields, to_json at indent " +
                                 std::to_string(indent) + " differs");
    // --compact: also as the service and the C ABI write it.
    if (args.flags.count("compact")) text += trynext::to_json(plain, -1) + trynext::to_json(r, -1);
    if (args.values.count("write")) {  // the texts themselves, to find where two builds differ
      std::ofstream file(fs::path(args.get("write")) / corpus.names[i], std::ios::binary);
      file << text;
      for (auto* list : {&plain.recommendations, &plain.also_considered, &plain.keep_going})
        for (auto& rec : *list) rec.rendered = nullptr;
      std::ofstream fields(fs::path(args.get("write")) / (corpus.names[i] + ".fields"), std::ios::binary);
      fields << trynext::to_json(plain) << trynext::to_json(plain, -1);
    }
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
    char line[128];
    std::snprintf(line, sizeof line, "%s %016llx %zu\n", corpus.names[i].c_str(), static_cast<unsigned long long>(h),
                  text.size());
    out += line;
  }
  std::cout << out;
  return 0;
}

// to_json alone, one thread, on the corpus's results (pretty and compact, without and with explain):
// the figure to compare when the writer changes, without the whole of `run`.
int run_render(const Args& args) {
  Corpus corpus = read_corpus(args.get("corpus"));
  auto engine = trynext::Engine::load(options_for(args.get("rules", TRYNEXT_SOURCE_RULES)));
  int rounds = args.number("rounds", 5), reps = args.number("reps", 3);
  std::vector<trynext::Result> results, explained;
  trynext::EvaluateOptions explain;
  explain.explain = true;
  for (const auto& t : corpus.texts) {
    results.push_back(engine->recommend(t, {}));
    explained.push_back(engine->recommend(t, explain));
  }
  std::size_t n = results.size();
  json out;
  auto time = [&](const char* name, const std::vector<trynext::Result>& list, int indent) {
    double l = load_average();
    Stats s = run_case(n, rounds, reps, 1, [&](std::size_t i, int) { keep(trynext::to_json(list[i], indent)); });
    out[name] = with_load(s, l);
    say(stats_line(std::string("to_json: ") + name, s));
  };
  time("pretty", results, 2);
  time("compact", results, -1);
  time("explain_pretty", explained, 2);
  time("explain_compact", explained, -1);
  std::cout << out.dump(1) << "\n";
  return 0;
}

// For a profiler: JSON to JSON over the corpus, one thread, for a number of passes.
int run_loop(const Args& args) {
  Corpus corpus = read_corpus(args.get("corpus"));
  auto engine = trynext::Engine::load(options_for(args.get("rules", TRYNEXT_SOURCE_RULES)));
  int passes = args.number("passes", 3);
  // --evidence ids: the result by id, compact as the service sends it; otherwise the full one at indent 2.
  trynext::EvaluateOptions options;
  // As the service and the C ABI ask; --catalogue-fields fills the C++ Result's catalogue part too.
  options.catalogue_fields = args.flags.count("catalogue-fields") > 0;
  int indent = 2;
  if (args.get("evidence") == "ids") {
    options.evidence = trynext::EvidenceForm::ids;
    indent = -1;
  }
  auto t0 = Clock::now();
  for (int p = 0; p < passes; ++p)
    for (const auto& t : corpus.texts) keep(trynext::to_json(engine->recommend(t, options), indent));
  double us = std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
  std::cerr << "trynext_bench: " << us / (passes * corpus.texts.size()) << " us per evaluation (mean), load "
            << load_average() << "\n";
  return 0;
}

}  // namespace

}  // namespace trynext_bench

int main(int argc, char** argv) {
  using namespace trynext_bench;
  try {
    std::string verb = argc > 1 ? argv[1] : "";
    Args args = parse_args(argc, argv, 2);
    if (verb == "run") return run_all(args);
    if (verb == "memory") return run_memory(args);
    if (verb == "loop") return run_loop(args);
    if (verb == "render") return run_render(args);
    if (verb == "outputs") return run_outputs(args);
    if (verb == "check-render") return run_check_render(args);
    if (verb == "subset-rules") {
      std::vector<std::string> ids;
      for (const auto& r : kSubsetRules) ids.push_back(r.id);
      write_subset_rules(args.get("rules", TRYNEXT_SOURCE_RULES), ids, args.get("out"));
      return 0;
    }
    if (verb == "growth-rules") {
      write_synthetic_rules(trynext::Catalogue::open(TRYNEXT_BUILD_CATALOGUE), args.number("count", 100),
                            args.get("out"));
      return 0;
    }
    std::cerr << "usage: trynext_bench run --corpus DIR --work DIR [--out FILE] [--rounds N] [--reps N] [--quick]\n"
                 "       trynext_bench memory --rules DIR [--corpus DIR]\n"
                 "       trynext_bench subset-rules --out DIR | growth-rules --count N --out DIR\n";
    return 2;
  } catch (const trynext::LoadError& e) {
    std::cerr << "trynext_bench: " << e.what() << "\n";
    for (const auto& d : e.diagnostics()) std::cerr << "  " << d.to_string() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "trynext_bench: " << e.what() << "\n";
    return 2;
  }
}
