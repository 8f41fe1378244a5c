// The catalogue and the instrument as plain data: what a team could try, the evidence for it, and
// what the assessment asks. Loaded from the catalogue database; read-only once loaded.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace trynext {

struct SourceRef {
  std::string file;  // a file of the source documents, e.g. "000_d1d09049e0b9ad2c.txt"
  std::string section;
  int line_start = 0;  // 1-based, inclusive
  int line_end = 0;
};

// A source document the catalogue cites (catalogue/documents.lua), so that a person reads its title
// and year where a tool reads SourceRef::file.
struct Document {
  std::string file;        // as in SourceRef::file
  std::string title;       // the document's own title
  std::string short_name;  // for a sentence: "the framework's literature review"
  std::string publisher;
  std::string year;  // "2015", "2018-19"; empty when the document gives none
};

struct Evidence {
  std::string claim;
  std::string citation;
  std::string first_author;  // checked against the source lines; empty when key_phrase is used
  std::string key_phrase;
  std::string grade;      // see docs/catalogue.md
  std::string certainty;  // GRADE-style: high, moderate, low, very_low
  // Empty when the item is about supporting staff; otherwise what it is about instead ("child
  // outcomes", "nursing students"), so that it is never shown as the reason to do it.
  std::string about;
  SourceRef source;
};

struct Intervention {
  std::string id;
  std::string title;
  std::string summary;
  std::string level;                          // organisation, team or individual
  std::string effort;                         // low, medium or high
  std::map<std::string, std::string> format;  // frequency, group_size, duration, facilitator, delivery
  std::vector<std::string> prerequisites;     // intervention ids
  std::vector<std::string> preconditions;     // "requires": what must be in place first, in words
  std::vector<std::string> cautions;
  std::string sustain;                 // what the sources say about keeping it going once in place, or empty
  SourceRef sustain_source;            // where the sources say it (empty when sustain is)
  std::string sustain_key_phrase;      // words found in those lines, checked like an evidence item's key_phrase
  std::string on_request_only;         // reason, when no rule recommends it
  bool individual_resilience = false;  // personal coping: ranks after fixing the work
  std::vector<Evidence> evidence;
};

struct Indicator {
  std::string id;      // "support.f"
  std::string factor;  // "support"
  std::string text;
  int line_start = 0, line_end = 0;
  std::vector<std::string> interventions;
};

struct Factor {
  std::string id;
  std::string title;
  std::string poor_practice;
  std::string best_practice;
  SourceRef source;
  std::vector<std::string> indicators;  // ids, in order
};

// A team-context field of the input contract ("team.<name>").
struct Field {
  std::string name;
  std::string type;  // string, integer, number, share, enum, flags, ids, tried
  std::string unit;
  std::optional<double> minimum, maximum;
  bool nullable = false;
  std::vector<std::string> values;  // enum and flags
  std::string help;
  std::string example_json;  // an example value as JSON text
};

struct Grade {
  std::string id;
  std::string description;
  std::string certainty;
};

class Catalogue {
 public:
  std::vector<Intervention> interventions;  // in source order
  std::vector<Factor> factors;              // in instrument order
  std::vector<Indicator> indicators;        // in instrument order
  std::vector<Field> fields;                // in contract order
  std::vector<Grade> grades;
  std::vector<Document> documents;  // the documents cited, in documents.lua order; may be empty
  std::string digest;  // of the content, reproducible across builds

  const Intervention* find(const std::string& id) const;
  const Indicator* find_indicator(const std::string& id) const;
  const Factor* find_factor(const std::string& id) const;
  const Field* find_field(const std::string& name) const;
  const Document* find_document(const std::string& file) const;  // null when not listed

  // Opens a built catalogue database read-only; throws LoadError naming the path and the problem.
  static Catalogue open(const std::string& db_path);
  void index();  // builds the lookup tables; called by open()

 private:
  std::map<std::string, size_t> by_id_, by_indicator_, by_factor_, by_field_, by_document_;
};

// The database schema version this library reads (PRAGMA user_version).
constexpr int kCatalogueSchemaVersion = 3;  // 2: evidence.about, interventions.sustain*; 3: documents

}  // namespace trynext
