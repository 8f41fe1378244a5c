// trynext assessment template|validate|schema: the questionnaire a manager fills in.
#include <iostream>

#include "common.h"
#include "trynext/json.h"

namespace trynext_cli {

namespace {

struct AssessmentFlags {
  std::string file = "-";
  std::string db;
};

void validate(const AssessmentFlags& f) {
  std::string text = read_input(f.file);
  EngineFlags engine_flags;
  engine_flags.catalogue = f.db;
  auto engine = load_engine(engine_flags);
  trynext::Validation v = engine->validate(text);
  std::string name = f.file == "-" ? "<stdin>" : f.file;
  for (const auto& w : v.warnings) std::cerr << name << ": warning: " << w.to_string() << "\n";
  if (!v.ok()) fail_input(f.file, trynext::InputError(v.problems));
  std::cerr << "trynext: " << name << " is a valid assessment\n";
}

}  // namespace

void add_assessment_command(CLI::App& app) {
  auto f = std::make_shared<AssessmentFlags>();
  CLI::App* cmd = app.add_subcommand("assessment", "The assessment: a template to fill in, validation, JSON Schema");
  cmd->require_subcommand(1);

  CLI::App* t = cmd->add_subcommand("template", "Print a blank, commented assessment to fill in");
  add_catalogue_flag(t, f->db);
  t->callback([f] { std::cout << trynext::assessment_template(open_catalogue(f->db)); });

  CLI::App* v = cmd->add_subcommand("validate", "Check an assessment and list every problem with its JSON path");
  v->add_option("file", f->file, "Assessment (JSON); - reads standard input");
  add_catalogue_flag(v, f->db);
  v->callback([f] { validate(*f); });

  CLI::App* s = cmd->add_subcommand("schema", "Print the JSON Schema (draft 2020-12) of an assessment");
  add_catalogue_flag(s, f->db);
  s->callback([f] { std::cout << trynext::assessment_schema(open_catalogue(f->db)).dump(2) << "\n"; });
}

}  // namespace trynext_cli
