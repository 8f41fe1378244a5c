// trynext catalogue build|list|show: the support catalogue, from its sources and as built.
#include <iostream>

#include "catalogue/catalogue_build.h"  // engine/src: the build is not part of the public API
#include "common.h"
#include "common/vocabulary.h"
#include "trynext/json.h"

namespace trynext_cli {

namespace {

struct CatalogueFlags {
  std::string source = "catalogue";
  std::string output;
  std::string level;
  std::string format = "text";
  std::string id;
  std::string db;
};

void build(const CatalogueFlags& f) {
  std::string output = f.output.empty() ? default_catalogue_db() : f.output;
  try {
    trynext::Catalogue c = trynext::read_catalogue_sources(f.source);
    trynext::write_catalogue_database(c, output);
    std::cerr << "trynext: built " << output << ": " << c.interventions.size() << " interventions, "
              << c.indicators.size() << " indicators in " << c.factors.size() << " factors, " << c.fields.size()
              << " team fields (" << c.digest << ")\n";
  } catch (const trynext::LoadError& e) {
    for (const auto& d : e.diagnostics()) std::cerr << d.to_string() << "\n";
    complain("the catalogue was not built (" + std::to_string(e.diagnostics().size()) + " problems)");
    throw Exit{kBadInput};
  }
}

void list(const CatalogueFlags& f) {
  trynext::Catalogue c = open_catalogue(f.db);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& i : c.interventions) {
    if (!f.level.empty() && i.level != f.level) continue;
    if (f.format == "json")
      out.push_back(trynext::intervention_json(i));
    else
      std::cout << i.id << std::string(i.id.size() < 36 ? 36 - i.id.size() : 1, ' ') << i.level
                << std::string(i.level.size() < 14 ? 14 - i.level.size() : 1, ' ') << i.effort << " effort   "
                << i.title << "\n";
  }
  if (f.format == "json") std::cout << out.dump(2) << "\n";
}

void show(const CatalogueFlags& f) {
  trynext::Catalogue c = open_catalogue(f.db);
  const trynext::Intervention* i = c.find(f.id);
  if (!i) {
    std::vector<std::string> ids;
    for (const auto& x : c.interventions) ids.push_back(x.id);
    complain("no intervention \"" + f.id + "\" in the catalogue (see `trynext catalogue list`)");
    throw Exit{kBadInput};
  }
  if (f.format == "json") {
    std::cout << trynext::intervention_json(*i).dump(2) << "\n";
    return;
  }
  std::cout << i->title << " (" << i->id << ")\n"
            << i->level << " level, " << i->effort << " effort\n\n"
            << i->summary << "\n";
  if (!i->format.empty()) {
    std::cout << "\nFormat:\n";
    for (const auto& [k, v] : i->format) std::cout << "  " << k << ": " << v << "\n";
  }
  if (!i->prerequisites.empty()) {
    std::cout << "\nNeeds first:";
    for (const auto& p : i->prerequisites) std::cout << " " << p;
    std::cout << "\n";
  }
  for (const auto& r : i->preconditions) std::cout << "Requires: " << r << "\n";
  if (!i->cautions.empty()) {
    std::cout << "\nCautions:\n";
    for (const auto& x : i->cautions) std::cout << "  - " << x << "\n";
  }
  std::cout << "\nEvidence:\n";
  for (const auto& e : i->evidence)
    std::cout << "  - " << e.claim << "\n    " << e.citation << "; " << e.grade << " (" << e.certainty
              << " certainty); " << e.source.file << " lines " << e.source.line_start << "-" << e.source.line_end
              << "\n";
}

}  // namespace

void add_catalogue_command(CLI::App& app) {
  auto f = std::make_shared<CatalogueFlags>();
  CLI::App* cmd = app.add_subcommand("catalogue", "Build, list and show the support catalogue");
  cmd->require_subcommand(1);

  CLI::App* b = cmd->add_subcommand("build", "Build the catalogue database from its sources (Lua data files)");
  b->add_option("--source", f->source, "Catalogue sources directory (default: catalogue)");
  b->add_option("--output", f->output, "Database to write (default: the bundled catalogue)");
  b->callback([f] { build(*f); });

  CLI::App* l = cmd->add_subcommand("list", "List the interventions");
  l->add_option("--level", f->level, "Only this level")->check(CLI::IsMember(trynext::vocabulary::levels()));
  l->add_option("--format", f->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  l->add_option("--catalogue", f->db, "Catalogue database (default: the bundled catalogue)");
  l->callback([f] { list(*f); });

  CLI::App* s = cmd->add_subcommand("show", "Show one intervention with its evidence");
  s->add_option("id", f->id, "Intervention id, e.g. restorative_supervision")->required();
  s->add_option("--format", f->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  s->add_option("--catalogue", f->db, "Catalogue database (default: the bundled catalogue)");
  s->callback([f] { show(*f); });
}

}  // namespace trynext_cli
