// trynext corpus: writes a synthetic corpus of varied, valid assessments for rule diffs, tests and
// benchmarks. Seeded and reproducible: the same seed and count give the same files.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>

#include "common.h"
#include "common/vocabulary.h"  // engine/src: the one list of outcomes
#include "trynext/json.h"

namespace trynext_cli {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct CorpusFlags {
  int count = 1000;
  std::uint64_t seed = 42;
  std::string out = "corpus";
  std::string catalogue;
};

// std::mt19937_64's sequence is fixed by the standard; the distributions are not, so map by hand.
class Random {
 public:
  explicit Random(std::uint64_t seed) : engine_(seed) {}
  double unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return unit() < p; }
  int between(int lo, int hi) { return lo + static_cast<int>(unit() * (hi - lo + 1)); }
  double round2(double x) { return static_cast<double>(static_cast<long long>(x * 100 + 0.5)) / 100; }
  template <class T>
  const T& pick(const std::vector<T>& v) {
    return v[static_cast<std::size_t>(unit() * v.size())];
  }

 private:
  std::mt19937_64 engine_;
};

// One team. "strain" in [0, 1] shifts every signal together, so the corpus holds healthy teams,
// teams under pressure and everything between, not uniform noise.
json make_team(Random& rnd, const trynext::Catalogue& c, int n) {
  double strain = rnd.unit();
  auto share = [&](double typical_high) {
    return rnd.round2(std::min(1.0, rnd.unit() * typical_high * (0.3 + strain)));
  };
  int headcount = rnd.between(3, 40);
  json team = {{"name", "Synthetic team " + std::to_string(n)}, {"headcount", headcount}};
  auto maybe = [&](const char* field, json value) {
    if (rnd.chance(0.85)) team[field] = std::move(value);
  };
  maybe("caseload_per_practitioner", rnd.between(120, 300 + static_cast<int>(strain * 400)));
  maybe("safeguarding_caseload_share", share(0.3));
  maybe("mobile_working_share", share(0.8));
  maybe("newly_qualified_share", share(0.5));
  maybe("sickness_absence_rate", rnd.round2(rnd.unit() * 0.12 * (0.3 + strain)));
  maybe("turnover_rate", share(0.3));
  maybe("vacancy_rate", share(0.3));
  maybe("months_since_serious_incident", rnd.chance(0.3 + 0.4 * strain) ? json(rnd.between(0, 36)) : json(nullptr));
  maybe("service_change", rnd.chance(0.5) ? "none"
                                          : rnd.pick(std::vector<std::string>{"merger", "restructure", "relocation",
                                                                              "new_service_model"}));
  maybe("safeguarding_supervision_interval_months",
        rnd.chance(0.1) ? json(nullptr) : json(rnd.pick(std::vector<int>{1, 2, 3, 3, 3, 4, 6, 12})));
  maybe("learners_per_mentor", rnd.between(0, 4));
  json concerns = json::array();
  for (const auto& f : c.fields)
    if (f.name == "concerns")
      for (const auto& v : f.values)
        if (rnd.chance(0.05 + 0.25 * strain)) concerns.push_back(v);
  team["concerns"] = concerns;
  json in_place = json::array(), tried = json::array();
  for (const auto& i : c.interventions) {
    if (rnd.chance(0.06))
      in_place.push_back(i.id);
    else if (rnd.chance(0.03))
      tried.push_back({{"id", i.id}, {"outcome", rnd.pick(trynext::vocabulary::outcomes())}});
  }
  team["in_place"] = in_place;
  team["tried"] = tried;

  json answers = json::object();
  double health = 1 - strain;
  for (const auto& ind : c.indicators) {
    if (rnd.chance(0.1)) continue;  // left blank
    double r = rnd.unit();
    answers[ind.id] = rnd.chance(0.05)          ? "unknown"
                      : r < health * 0.8        ? "met"
                      : r < health * 0.8 + 0.25 ? "partly"
                                                : "not_met";
  }
  return {{"team", team}, {"answers", answers}};
}

void run(const CorpusFlags& flags) {
  trynext::Catalogue c;
  try {
    c = trynext::Catalogue::open(flags.catalogue.empty() ? default_catalogue_db() : flags.catalogue);
  } catch (const trynext::LoadError& e) {
    complain(e.what());
    throw Exit{kBadInput};
  }
  std::error_code ec;
  fs::create_directories(flags.out, ec);
  if (ec) {
    complain("cannot create " + flags.out + ": " + ec.message());
    throw Exit{kBadInput};
  }
  Random rnd(flags.seed);
  for (int i = 1; i <= flags.count; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "team-%05d.json", i);
    std::ofstream(fs::path(flags.out) / name) << make_team(rnd, c, i).dump(1) << "\n";
  }
  std::cerr << "trynext: wrote " << flags.count << " assessments to " << flags.out << " (seed " << flags.seed << ")\n";
}

}  // namespace

void add_corpus_command(CLI::App& app) {
  auto flags = std::make_shared<CorpusFlags>();
  CLI::App* cmd =
      app.add_subcommand("corpus", "Write a synthetic corpus of valid assessments (for diff, tests, benchmarks)");
  cmd->add_option("--count", flags->count, "How many assessments (default 1000)")->check(CLI::Range(1, 1000000));
  cmd->add_option("--seed", flags->seed, "Seed; the same seed gives the same corpus (default 42)");
  cmd->add_option("--out", flags->out, "Directory to write team-NNNNN.json files into (default: corpus)");
  cmd->add_option("--catalogue", flags->catalogue, "Catalogue database (default: the bundled catalogue)");
  cmd->callback([flags] { run(*flags); });
}

}  // namespace trynext_cli
