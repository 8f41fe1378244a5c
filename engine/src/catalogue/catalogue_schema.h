// The catalogue database's tables. Changing them means raising kCatalogueSchemaVersion
// (trynext/catalogue.h) and saying so in docs/catalogue.md. Version 2 added evidence.about and the
// interventions' sustain columns; version 3 the documents table.
#pragma once

namespace trynext {

inline constexpr const char* kCatalogueSchemaSql = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE grades (id TEXT PRIMARY KEY, position INTEGER NOT NULL, description TEXT NOT NULL,
                     certainty TEXT NOT NULL CHECK (certainty IN ('high', 'moderate', 'low', 'very_low')));
CREATE TABLE interventions (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('organisation', 'team', 'individual')),
  effort TEXT NOT NULL CHECK (effort IN ('low', 'medium', 'high')),
  format_json TEXT NOT NULL, requires_json TEXT NOT NULL, cautions_json TEXT NOT NULL,
  on_request_only TEXT NOT NULL, individual_resilience INTEGER NOT NULL,
  sustain TEXT NOT NULL, sustain_file TEXT NOT NULL, sustain_section TEXT NOT NULL,
  sustain_line_start INTEGER NOT NULL, sustain_line_end INTEGER NOT NULL, sustain_key_phrase TEXT NOT NULL);
CREATE TABLE prerequisites (intervention_id TEXT NOT NULL REFERENCES interventions(id),
                            prerequisite_id TEXT NOT NULL REFERENCES interventions(id),
                            position INTEGER NOT NULL, PRIMARY KEY (intervention_id, prerequisite_id));
CREATE TABLE evidence (
  intervention_id TEXT NOT NULL REFERENCES interventions(id), position INTEGER NOT NULL,
  claim TEXT NOT NULL, citation TEXT NOT NULL, first_author TEXT NOT NULL, key_phrase TEXT NOT NULL,
  grade TEXT NOT NULL REFERENCES grades(id), source_file TEXT NOT NULL, section TEXT NOT NULL,
  line_start INTEGER NOT NULL, line_end INTEGER NOT NULL, about TEXT NOT NULL,
  PRIMARY KEY (intervention_id, position));
CREATE TABLE factors (
  id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL,
  poor_practice TEXT NOT NULL, best_practice TEXT NOT NULL,
  source_file TEXT NOT NULL, section TEXT NOT NULL, line_start INTEGER NOT NULL, line_end INTEGER NOT NULL);
CREATE TABLE indicators (
  id TEXT PRIMARY KEY, factor_id TEXT NOT NULL REFERENCES factors(id), position INTEGER NOT NULL,
  text TEXT NOT NULL, line_start INTEGER NOT NULL, line_end INTEGER NOT NULL);
CREATE TABLE indicator_interventions (indicator_id TEXT NOT NULL REFERENCES indicators(id),
                                      intervention_id TEXT NOT NULL REFERENCES interventions(id),
                                      position INTEGER NOT NULL, PRIMARY KEY (indicator_id, intervention_id));
CREATE TABLE team_fields (
  name TEXT PRIMARY KEY, position INTEGER NOT NULL, type TEXT NOT NULL, unit TEXT NOT NULL,
  minimum REAL, maximum REAL, nullable INTEGER NOT NULL, values_json TEXT NOT NULL,
  help TEXT NOT NULL, example_json TEXT NOT NULL);
CREATE TABLE documents (
  file TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL, short_name TEXT NOT NULL,
  publisher TEXT NOT NULL, year TEXT NOT NULL);
)sql";

}  // namespace trynext
