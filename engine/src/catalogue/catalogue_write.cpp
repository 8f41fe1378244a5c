// Writing a checked catalogue to its SQLite database (catalogue_build.h: write_catalogue_database),
// atomically: a temporary file beside it, renamed over it once complete.
#include <filesystem>

#include <sqlite3.h>
#include <nlohmann/json.hpp>

#include "catalogue/catalogue_build.h"
#include "catalogue/catalogue_schema.h"

namespace trynext {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

class Db {
 public:
  explicit Db(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
      throw LoadError(path, "cannot_write",
                      std::string("cannot create the catalogue database: ") + sqlite3_errmsg(db_));
  }
  ~Db() { sqlite3_close(db_); }
  void exec(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string m = message ? message : "unknown error";
      sqlite3_free(message);
      throw LoadError("catalogue database", "cannot_write", m);
    }
  }
  // Inserts one row; values bound in order (text, integer or real, or null).
  void insert(const char* sql, const std::vector<json>& values) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) != SQLITE_OK)
      throw LoadError("catalogue database", "cannot_write", sqlite3_errmsg(db_));
    for (std::size_t i = 0; i < values.size(); ++i) {
      int k = static_cast<int>(i + 1);
      const json& v = values[i];
      if (v.is_null())
        sqlite3_bind_null(st, k);
      else if (v.is_number_integer() || v.is_boolean())
        sqlite3_bind_int64(st, k, v.is_boolean() ? v.get<bool>() : v.get<long long>());
      else if (v.is_number())
        sqlite3_bind_double(st, k, v.get<double>());
      else {
        const auto& s = v.get_ref<const std::string&>();
        sqlite3_bind_text(st, k, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
      }
    }
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) throw LoadError("catalogue database", "cannot_write", sqlite3_errmsg(db_));
  }

 private:
  sqlite3* db_ = nullptr;
};

json list_json(const std::vector<std::string>& v) { return json(v).dump(); }
json optional_number(const std::optional<double>& d) { return d ? json(*d) : json(); }

}  // namespace

void write_catalogue_database(const Catalogue& c, const fs::path& path) {
  fs::path temporary = path;
  temporary += ".tmp";
  std::error_code ec;
  fs::remove(temporary, ec);
  if (!path.parent_path().empty()) fs::create_directories(path.parent_path(), ec);
  {
    Db db(temporary.string());
    db.exec("PRAGMA journal_mode = OFF; BEGIN;");
    db.exec(kCatalogueSchemaSql);
    db.insert("INSERT INTO meta VALUES (?, ?)", {"digest", c.digest});
    int pos = 0;
    for (const auto& g : c.grades)
      db.insert("INSERT INTO grades VALUES (?, ?, ?, ?)", {g.id, pos++, g.description, g.certainty});
    pos = 0;
    for (const auto& i : c.interventions) {
      json format = json::object();
      for (const auto& [k, v] : i.format) format[k] = v;
      db.insert(
          "INSERT INTO interventions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {i.id, pos++, i.title, i.summary, i.level, i.effort, format.dump(), list_json(i.preconditions),
           list_json(i.cautions), i.on_request_only, i.individual_resilience ? 1 : 0, i.sustain, i.sustain_source.file,
           i.sustain_source.section, i.sustain_source.line_start, i.sustain_source.line_end, i.sustain_key_phrase});
    }
    for (const auto& i : c.interventions) {
      int p = 0;
      for (const auto& pre : i.prerequisites) db.insert("INSERT INTO prerequisites VALUES (?, ?, ?)", {i.id, pre, p++});
      p = 0;
      for (const auto& e : i.evidence)
        db.insert("INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  {i.id, p++, e.claim, e.citation, e.first_author, e.key_phrase, e.grade, e.source.file,
                   e.source.section, e.source.line_start, e.source.line_end, e.about});
    }
    pos = 0;
    for (const auto& f : c.factors)
      db.insert("INSERT INTO factors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                {f.id, pos++, f.title, f.poor_practice, f.best_practice, f.source.file, f.source.section,
                 f.source.line_start, f.source.line_end});
    pos = 0;
    for (const auto& i : c.indicators) {
      db.insert("INSERT INTO indicators VALUES (?, ?, ?, ?, ?, ?)",
                {i.id, i.factor, pos++, i.text, i.line_start, i.line_end});
      int p = 0;
      for (const auto& x : i.interventions)
        db.insert("INSERT INTO indicator_interventions VALUES (?, ?, ?)", {i.id, x, p++});
    }
    pos = 0;
    for (const auto& f : c.fields)
      db.insert("INSERT INTO team_fields VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                {f.name, pos++, f.type, f.unit, optional_number(f.minimum), optional_number(f.maximum),
                 f.nullable ? 1 : 0, list_json(f.values), f.help, f.example_json});
    pos = 0;
    for (const auto& d : c.documents)
      db.insert("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)",
                {d.file, pos++, d.title, d.short_name, d.publisher, d.year});
    db.exec("PRAGMA user_version = " + std::to_string(kCatalogueSchemaVersion) + "; COMMIT;");
  }
  fs::rename(temporary, path, ec);
  if (ec) throw LoadError(path.string(), "cannot_write", "cannot move the new database into place: " + ec.message());
}

}  // namespace trynext
