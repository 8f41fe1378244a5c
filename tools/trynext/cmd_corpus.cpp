// trynext corpus: writes a synthetic corpus of varied, valid assessments for rule diffs, tests and
// benchmarks. Seeded and reproducible: the same seed gives the same files. The generator, which reads
// the team fields from the instrument, is the library's (trynext/corpus.h).
#include <iostream>

#include "common.h"
#include "trynext/corpus.h"

namespace trynext_cli {

namespace {

struct CorpusFlags {
  int count = 1000;
  std::uint64_t seed = 42;
  std::string out = "corpus";
  std::string catalogue;
};

void run(const CorpusFlags& flags) {
  trynext::Catalogue c;
  try {
    c = trynext::Catalogue::open(flags.catalogue.empty() ? default_catalogue_db() : flags.catalogue);
  } catch (const trynext::LoadError& e) {
    complain(e.what());
    throw Exit{kBadInput};
  }
  try {
    trynext::write_corpus(c, flags.seed, flags.count, flags.out);
  } catch (const trynext::Error& e) {
    complain(e.what());
    throw Exit{kBadInput};
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
  add_catalogue_flag(cmd, flags->catalogue);
  cmd->callback([flags] { run(*flags); });
}

}  // namespace trynext_cli
