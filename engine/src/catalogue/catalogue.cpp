#include "trynext/catalogue.h"

#include <filesystem>
#include <functional>

#include <sqlite3.h>
#include <nlohmann/json.hpp>

#include "trynext/error.h"

namespace trynext {

namespace {

// A read-only connection that closes itself; every failure names the database path.
class ReadOnlyDb {
 public:
  explicit ReadOnlyDb(const std::string& path) : path_(path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
      throw LoadError(path, "catalogue_not_found",
                      "no catalogue database at " + std::filesystem::absolute(path).string() +
                          " (build it with `trynext catalogue build`)");
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
      fail("cannot open the catalogue database");
  }
  ~ReadOnlyDb() { sqlite3_close(db_); }

  // Calls row() for each result row of sql.
  void each(const char* sql, const std::function<void(sqlite3_stmt*)>& row) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) != SQLITE_OK) fail("the catalogue database is not readable");
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) row(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) fail("reading the catalogue database failed");
  }

  [[noreturn]] void fail(const std::string& what) {
    throw LoadError(path_, "catalogue_unreadable", what + ": " + (db_ ? sqlite3_errmsg(db_) : "out of memory"));
  }

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
};

std::string text(sqlite3_stmt* st, int col) {
  const unsigned char* s = sqlite3_column_text(st, col);
  return s ? reinterpret_cast<const char*>(s) : "";
}
int integer(sqlite3_stmt* st, int col) { return sqlite3_column_int(st, col); }
std::vector<std::string> list(sqlite3_stmt* st, int col) {
  return nlohmann::json::parse(text(st, col)).get<std::vector<std::string>>();
}

}  // namespace

Catalogue Catalogue::open(const std::string& db_path) {
  ReadOnlyDb db(db_path);
  int schema = -1;
  db.each("PRAGMA user_version", [&](sqlite3_stmt* st) { schema = integer(st, 0); });
  if (schema != kCatalogueSchemaVersion)
    throw LoadError(db_path, "catalogue_schema_mismatch",
                    "the catalogue database has schema version " + std::to_string(schema) +
                        ", this trynext needs version " + std::to_string(kCatalogueSchemaVersion) +
                        " (rebuild it with `trynext catalogue build`)");
  Catalogue c;
  db.each("SELECT value FROM meta WHERE key = 'digest'", [&](sqlite3_stmt* st) { c.digest = text(st, 0); });
  db.each("SELECT id, description, certainty FROM grades ORDER BY position", [&](sqlite3_stmt* st) {
    c.grades.push_back({text(st, 0), text(st, 1), text(st, 2)});
  });
  db.each(
      "SELECT id, title, summary, level, effort, format_json, requires_json, cautions_json, on_request_only, "
      "individual_resilience, sustain, sustain_file, sustain_section, sustain_line_start, sustain_line_end, "
      "sustain_key_phrase FROM interventions ORDER BY position",
      [&](sqlite3_stmt* st) {
        Intervention i;
        i.id = text(st, 0);
        i.title = text(st, 1);
        i.summary = text(st, 2);
        i.level = text(st, 3);
        i.effort = text(st, 4);
        i.format = nlohmann::json::parse(text(st, 5)).get<std::map<std::string, std::string>>();
        i.preconditions = list(st, 6);
        i.cautions = list(st, 7);
        i.on_request_only = text(st, 8);
        i.individual_resilience = integer(st, 9) != 0;
        i.sustain = text(st, 10);
        i.sustain_source = {text(st, 11), text(st, 12), integer(st, 13), integer(st, 14)};
        i.sustain_key_phrase = text(st, 15);
        c.interventions.push_back(std::move(i));
      });
  c.index();
  db.each("SELECT intervention_id, prerequisite_id FROM prerequisites ORDER BY intervention_id, position",
          [&](sqlite3_stmt* st) { c.interventions[c.by_id_.at(text(st, 0))].prerequisites.push_back(text(st, 1)); });
  std::map<std::string, std::string> certainty;
  for (const auto& g : c.grades) certainty[g.id] = g.certainty;
  db.each(
      "SELECT intervention_id, claim, citation, first_author, key_phrase, grade, source_file, section, line_start, "
      "line_end, about FROM evidence ORDER BY intervention_id, position",
      [&](sqlite3_stmt* st) {
        Evidence e;
        e.claim = text(st, 1);
        e.citation = text(st, 2);
        e.first_author = text(st, 3);
        e.key_phrase = text(st, 4);
        e.grade = text(st, 5);
        e.certainty = certainty[e.grade];
        e.source = {text(st, 6), text(st, 7), integer(st, 8), integer(st, 9)};
        e.about = text(st, 10);
        c.interventions[c.by_id_.at(text(st, 0))].evidence.push_back(std::move(e));
      });
  db.each(
      "SELECT id, title, poor_practice, best_practice, source_file, section, line_start, line_end FROM factors ORDER "
      "BY position",
      [&](sqlite3_stmt* st) {
        Factor f;
        f.id = text(st, 0);
        f.title = text(st, 1);
        f.poor_practice = text(st, 2);
        f.best_practice = text(st, 3);
        f.source = {text(st, 4), text(st, 5), integer(st, 6), integer(st, 7)};
        c.factors.push_back(std::move(f));
      });
  c.index();
  db.each("SELECT id, factor_id, text, line_start, line_end FROM indicators ORDER BY position", [&](sqlite3_stmt* st) {
    Indicator i;
    i.id = text(st, 0);
    i.factor = text(st, 1);
    i.text = text(st, 2);
    i.line_start = integer(st, 3);
    i.line_end = integer(st, 4);
    c.factors[c.by_factor_.at(i.factor)].indicators.push_back(i.id);
    c.indicators.push_back(std::move(i));
  });
  c.index();
  db.each(
      "SELECT indicator_id, intervention_id FROM indicator_interventions ORDER BY indicator_id, position",
      [&](sqlite3_stmt* st) { c.indicators[c.by_indicator_.at(text(st, 0))].interventions.push_back(text(st, 1)); });
  db.each(
      "SELECT name, type, unit, minimum, maximum, nullable, values_json, help, example_json FROM team_fields ORDER BY "
      "position",
      [&](sqlite3_stmt* st) {
        Field f;
        f.name = text(st, 0);
        f.type = text(st, 1);
        f.unit = text(st, 2);
        if (sqlite3_column_type(st, 3) != SQLITE_NULL) f.minimum = sqlite3_column_double(st, 3);
        if (sqlite3_column_type(st, 4) != SQLITE_NULL) f.maximum = sqlite3_column_double(st, 4);
        f.nullable = integer(st, 5) != 0;
        f.values = list(st, 6);
        f.help = text(st, 7);
        f.example_json = text(st, 8);
        c.fields.push_back(std::move(f));
      });
  db.each("SELECT file, title, short_name, publisher, year FROM documents ORDER BY position", [&](sqlite3_stmt* st) {
    c.documents.push_back({text(st, 0), text(st, 1), text(st, 2), text(st, 3), text(st, 4)});
  });
  c.index();
  return c;
}

void Catalogue::index() {
  by_id_.clear();
  by_indicator_.clear();
  by_factor_.clear();
  by_field_.clear();
  by_document_.clear();
  for (std::size_t i = 0; i < interventions.size(); ++i) by_id_[interventions[i].id] = i;
  for (std::size_t i = 0; i < indicators.size(); ++i) by_indicator_[indicators[i].id] = i;
  for (std::size_t i = 0; i < factors.size(); ++i) by_factor_[factors[i].id] = i;
  for (std::size_t i = 0; i < fields.size(); ++i) by_field_[fields[i].name] = i;
  for (std::size_t i = 0; i < documents.size(); ++i) by_document_[documents[i].file] = i;
}

template <class T>
static const T* lookup(const std::map<std::string, std::size_t>& index, const std::vector<T>& items,
                       const std::string& key) {
  auto it = index.find(key);
  return it == index.end() ? nullptr : &items[it->second];
}

const Intervention* Catalogue::find(const std::string& id) const { return lookup(by_id_, interventions, id); }
const Indicator* Catalogue::find_indicator(const std::string& id) const {
  return lookup(by_indicator_, indicators, id);
}
const Factor* Catalogue::find_factor(const std::string& id) const { return lookup(by_factor_, factors, id); }
const Field* Catalogue::find_field(const std::string& name) const { return lookup(by_field_, fields, name); }
const Document* Catalogue::find_document(const std::string& file) const {
  return lookup(by_document_, documents, file);
}

}  // namespace trynext
