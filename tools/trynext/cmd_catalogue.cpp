// trynext catalogue build|list|show: the support catalogue, from its sources and as built.
#include <iostream>

#include "common.h"
#include "trynext/catalogue_build.h"
#include "trynext/catalogue_view.h"
#include "trynext/vocabulary.h"
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
  if (f.format == "json")
    std::cout << trynext::interventions_json(c, f.level).dump(2) << "\n";
  else
    std::cout << trynext::interventions_text(c, f.level);
}

void show(const CatalogueFlags& f) {
  trynext::Catalogue c = open_catalogue(f.db);
  const trynext::Intervention* i = c.find(f.id);
  if (!i) {
    complain("no intervention \"" + f.id + "\" in the catalogue (see `trynext catalogue list`)");
    throw Exit{kBadInput};
  }
  if (f.format == "json")
    std::cout << trynext::intervention_json(*i).dump(2) << "\n";
  else
    std::cout << trynext::intervention_text(c, *i);
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
  add_catalogue_flag(l, f->db);
  l->callback([f] { list(*f); });

  CLI::App* s = cmd->add_subcommand("show", "Show one intervention with its evidence");
  s->add_option("id", f->id, "Intervention id, e.g. restorative_supervision")->required();
  s->add_option("--format", f->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
  add_catalogue_flag(s, f->db);
  s->callback([f] { show(*f); });
}

}  // namespace trynext_cli
