// Reading the catalogue's sources (catalogue/interventions/*.lua, catalogue/instrument/*.lua) into a
// checked Catalogue: fields, ids, references and provenance, each mistake reported with its file and line.
// The Lua data files run in lua_data.cpp; the database is written by catalogue_write.cpp.
#include "catalogue/catalogue_build.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <sqlite3.h>
#include <nlohmann/json.hpp>

#include "catalogue/catalogue_schema.h"
#include "common/digest.h"
#include "common/suggest.h"
#include "common/vocabulary.h"
#include "rules/lua_sandbox.h"
#include "rules/rule_state.h"

namespace trynext {

namespace fs = std::filesystem;
using nlohmann::json;

const std::vector<Grade>& evidence_grades() {
  static const std::vector<Grade> grades = {
      {"systematic_review", "a systematic review or meta-analysis", "moderate"},
      {"controlled_study", "a trial or controlled comparison", "moderate"},
      {"evaluation", "an uncontrolled evaluation, pilot or pre/post study", "low"},
      {"literature_review", "a narrative or consultative literature review", "low"},
      {"qualitative", "interviews, focus groups or practitioner accounts", "low"},
      {"survey", "a staff survey", "low"},
      {"policy", "a national specification or guidance that requires it", "very_low"},
      {"case_study", "a single-site practice report", "very_low"},
      {"expert_opinion", "theory, expert opinion or professional consensus", "very_low"},
      {"anecdotal", "evidence the source calls anecdotal", "very_low"},
      {"not_researched", "the source says it has not been researched or tested", "very_low"},
  };
  return grades;
}

namespace {

// The data files' tables, with the file each came from.
struct Entry {
  std::string file;
  json data;
};

std::vector<Entry> run_data_files(const std::vector<fs::path>& files, const fs::path& root,
                                  std::vector<Diagnostic>& diagnostics) {
  std::vector<Entry> entries;
  for (const auto& path : files) {
    std::string name = path.lexically_relative(root.parent_path()).generic_string();
    for (auto& e :
         read_lua_data(path, name, {"intervention", "factor", "field", "document"}, {"evidence", "indicator"},
                       diagnostics))
      entries.push_back({e.file, std::move(e.data)});
  }
  return entries;
}


// ---- checking entries -----------------------------------------------------------------------------

class Checker {
 public:
  explicit Checker(std::vector<Diagnostic>& diagnostics) : diagnostics_(diagnostics) {}

  void error(const std::string& file, const json& at, const std::string& message) {
    diagnostics_.push_back({file, at.value("__line", 0), "invalid_catalogue", message});
  }

  std::string text(const std::string& file, const json& t, const char* key, const std::string& what,
                   bool required = true) {
    auto it = t.find(key);
    if (it == t.end() || (it->is_string() && it->get<std::string>().empty())) {
      if (required) error(file, t, what + ": " + key + " is required");
      return "";
    }
    if (!it->is_string()) {
      error(file, t, what + ": " + key + " must be text");
      return "";
    }
    return it->get<std::string>();
  }

  std::vector<std::string> texts(const std::string& file, const json& t, const char* key, const std::string& what) {
    std::vector<std::string> out;
    auto it = t.find(key);
    if (it == t.end()) return out;
    if (it->is_object() && it->empty()) return out;  // {} reads as an empty list
    if (!it->is_array()) {
      error(file, t, what + ": " + key + " must be a list of text");
      return out;
    }
    for (const auto& v : *it) {
      if (!v.is_string())
        error(file, t, what + ": " + key + " must be a list of text");
      else
        out.push_back(v.get<std::string>());
    }
    return out;
  }

  bool lines(const std::string& file, const json& t, const json& lines_value, const std::string& what, int& start,
             int& end) {
    if (!lines_value.is_array() || lines_value.size() != 2 || !lines_value[0].is_number_integer() ||
        !lines_value[1].is_number_integer()) {
      error(file, t, what + ": lines must be { first, last }");
      return false;
    }
    start = lines_value[0].get<int>();
    end = lines_value[1].get<int>();
    if (start < 1 || end < start) {
      error(file, t, what + ": lines must be { first, last } with 1 <= first <= last");
      return false;
    }
    return true;
  }

 private:
  std::vector<Diagnostic>& diagnostics_;
};

const std::regex kSnakeCase("[a-z][a-z0-9_]*");

// What the sources say about keeping an intervention going: optional, but never without a checkable
// provenance (sustain_source with a key_phrase found in its lines, as evidence items have).
void read_sustain(const Entry& e, Checker& c, const std::string& what, Intervention& i) {
  const json& t = e.data;
  i.sustain = c.text(e.file, t, "sustain", what, false);
  auto src = t.find("sustain_source");
  if (i.sustain.empty()) {
    if (src != t.end()) c.error(e.file, t, what + ": sustain_source is given without sustain");
    return;
  }
  if (src == t.end() || !src->is_object()) {
    c.error(e.file, t,
            what +
                ": sustain_source is required with sustain: { file = ..., section = ..., lines = { first, last }, "
                "key_phrase = ... }");
    return;
  }
  // sustain_source is a plain table (no line of its own): problems are reported at the intervention.
  std::string swhat = what + " sustain_source";
  auto field = [&](const char* key, bool required) -> std::string {
    auto it = src->find(key);
    if (it != src->end() && it->is_string() && !it->get<std::string>().empty()) return it->get<std::string>();
    if (it != src->end() && !it->is_string())
      c.error(e.file, t, swhat + ": " + key + " must be text");
    else if (required)
      c.error(e.file, t, swhat + ": " + key + " is required");
    return "";
  };
  i.sustain_source.file = field("file", true);
  i.sustain_source.section = field("section", false);
  i.sustain_key_phrase = field("key_phrase", true);  // how the lines are checked against the source
  c.lines(e.file, t, src->value("lines", json()), swhat, i.sustain_source.line_start, i.sustain_source.line_end);
}

Intervention read_intervention(const Entry& e, Checker& c) {
  const json& t = e.data;
  Intervention i;
  i.id = c.text(e.file, t, "id", "intervention");
  std::string what = "intervention \"" + i.id + "\"";
  if (!i.id.empty() && !std::regex_match(i.id, kSnakeCase)) c.error(e.file, t, what + ": id must be snake_case");
  i.title = c.text(e.file, t, "title", what);
  i.summary = c.text(e.file, t, "summary", what);
  i.level = c.text(e.file, t, "level", what);
  if (!i.level.empty() && !vocabulary::contains(vocabulary::levels(), i.level))
    c.error(e.file, t,
            what + ": level must be " + vocabulary::listed(vocabulary::levels()) + ", got \"" + i.level + "\"");
  i.effort = c.text(e.file, t, "effort", what);
  if (!i.effort.empty() && i.effort != "low" && i.effort != "medium" && i.effort != "high")
    c.error(e.file, t, what + ": effort must be low, medium or high, got \"" + i.effort + "\"");
  if (auto f = t.find("format"); f != t.end()) {
    static const std::vector<std::string> keys = {"frequency", "group_size", "duration", "facilitator", "delivery"};
    if (!f->is_object())
      c.error(e.file, t, what + ": format must be a table of text");
    else
      for (auto it = f->begin(); it != f->end(); ++it) {
        if (std::find(keys.begin(), keys.end(), it.key()) == keys.end())
          c.error(e.file, t, what + ": format." + it.key() + " is not a format field" + did_you_mean(it.key(), keys));
        else if (!it->is_string())
          c.error(e.file, t, what + ": format." + it.key() + " must be text");
        else
          i.format[it.key()] = it->get<std::string>();
      }
  }
  i.prerequisites = c.texts(e.file, t, "prerequisites", what);
  i.preconditions = c.texts(e.file, t, "requires", what);
  i.cautions = c.texts(e.file, t, "cautions", what);
  i.on_request_only = c.text(e.file, t, "on_request_only", what, false);
  if (auto r = t.find("individual_resilience"); r != t.end()) {
    if (!r->is_boolean())
      c.error(e.file, t, what + ": individual_resilience must be true or false");
    else
      i.individual_resilience = r->get<bool>();
  }
  read_sustain(e, c, what, i);
  auto ev = t.find("evidence");
  if (ev == t.end() || !ev->is_array() || ev->empty()) {
    c.error(e.file, t, what + ": evidence is required: at least one evidence{ ... } item");
  } else {
    int n = 0;
    for (const auto& item : *ev) {
      ++n;
      std::string ewhat = what + " evidence " + std::to_string(n);
      if (!item.is_object() || item.value("__kind", "") != "evidence") {
        c.error(e.file, t, ewhat + ": write each item as evidence{ ... }");
        continue;
      }
      Evidence x;
      x.claim = c.text(e.file, item, "claim", ewhat);
      x.citation = c.text(e.file, item, "citation", ewhat);
      x.first_author = c.text(e.file, item, "first_author", ewhat, false);
      x.key_phrase = c.text(e.file, item, "key_phrase", ewhat, false);
      if (x.first_author.empty() && x.key_phrase.empty())
        c.error(e.file, item,
                ewhat + ": first_author or key_phrase is required, so the citation can be checked against its source");
      x.about = c.text(e.file, item, "about", ewhat, false);
      x.grade = c.text(e.file, item, "grade", ewhat);
      bool known_grade = false;
      std::vector<std::string> grade_ids;
      for (const auto& g : evidence_grades()) {
        grade_ids.push_back(g.id);
        if (g.id == x.grade) {
          known_grade = true;
          x.certainty = g.certainty;
        }
      }
      if (!x.grade.empty() && !known_grade)
        c.error(e.file, item,
                ewhat + ": unknown grade \"" + x.grade + "\"" + did_you_mean(x.grade, grade_ids) +
                    "; see docs/catalogue.md");
      auto src = item.find("source");
      if (src == item.end() || !src->is_object()) {
        c.error(e.file, item,
                ewhat +
                    ": source is required: { file = ..., section = ..., lines = { first, last } } (evidence without "
                    "provenance)");
      } else {
        x.source.file = src->value("file", "");
        x.source.section = src->value("section", "");
        if (x.source.file.empty())
          c.error(e.file, item, ewhat + ": source.file is required (evidence without provenance)");
        c.lines(e.file, item, src->value("lines", json()), ewhat + " source", x.source.line_start, x.source.line_end);
      }
      i.evidence.push_back(std::move(x));
    }
  }
  return i;
}

Factor read_factor(const Entry& e, Checker& c, std::vector<Indicator>& indicators) {
  const json& t = e.data;
  Factor f;
  f.id = c.text(e.file, t, "id", "factor");
  std::string what = "factor \"" + f.id + "\"";
  f.title = c.text(e.file, t, "title", what);
  f.poor_practice = c.text(e.file, t, "poor_practice", what);
  f.best_practice = c.text(e.file, t, "best_practice", what);
  if (auto src = t.find("source"); src != t.end() && src->is_object()) {
    f.source.file = src->value("file", "");
    f.source.section = src->value("section", "");
    c.lines(e.file, t, src->value("lines", json()), what + " source", f.source.line_start, f.source.line_end);
  } else {
    c.error(e.file, t, what + ": source is required");
  }
  auto list = t.find("indicators");
  if (list == t.end() || !list->is_array() || list->empty()) {
    c.error(e.file, t, what + ": indicators are required");
    return f;
  }
  for (const auto& item : *list) {
    Indicator ind;
    ind.factor = f.id;
    ind.id = c.text(e.file, item, "id", what + " indicator");
    std::string iwhat = "indicator \"" + ind.id + "\"";
    if (ind.id.rfind(f.id + ".", 0) != 0 || ind.id.size() != f.id.size() + 2)
      c.error(e.file, item, iwhat + ": id must be \"" + f.id + ".<letter>\"");
    ind.text = c.text(e.file, item, "text", iwhat);
    c.lines(e.file, item, item.value("lines", json()), iwhat, ind.line_start, ind.line_end);
    ind.interventions = c.texts(e.file, item, "interventions", iwhat);
    f.indicators.push_back(ind.id);
    indicators.push_back(std::move(ind));
  }
  return f;
}

Document read_document(const Entry& e, Checker& c) {
  const json& t = e.data;
  Document d;
  d.file = c.text(e.file, t, "file", "document");
  std::string what = "document \"" + d.file + "\"";
  d.title = c.text(e.file, t, "title", what);
  d.short_name = c.text(e.file, t, "short", what);
  d.publisher = c.text(e.file, t, "publisher", what);
  d.year = c.text(e.file, t, "year", what, false);
  return d;
}

Field read_field(const Entry& e, Checker& c) {
  const json& t = e.data;
  Field f;
  f.name = c.text(e.file, t, "name", "field");
  std::string what = "field \"" + f.name + "\"";
  if (!f.name.empty() && !std::regex_match(f.name, kSnakeCase)) c.error(e.file, t, what + ": name must be snake_case");
  f.type = c.text(e.file, t, "type", what);
  static const std::vector<std::string> types = {"string", "integer", "number", "share",
                                                 "enum",   "flags",   "ids",    "tried"};
  if (!f.type.empty() && std::find(types.begin(), types.end(), f.type) == types.end())
    c.error(e.file, t, what + ": unknown type \"" + f.type + "\"" + did_you_mean(f.type, types));
  f.unit = c.text(e.file, t, "unit", what, false);
  f.help = c.text(e.file, t, "help", what);
  if (auto m = t.find("minimum"); m != t.end()) {
    if (m->is_number())
      f.minimum = m->get<double>();
    else
      c.error(e.file, t, what + ": minimum must be a number");
  }
  if (auto m = t.find("maximum"); m != t.end()) {
    if (m->is_number())
      f.maximum = m->get<double>();
    else
      c.error(e.file, t, what + ": maximum must be a number");
  }
  f.nullable = t.value("nullable", false);
  f.values = c.texts(e.file, t, "values", what);
  if ((f.type == "enum" || f.type == "flags") && f.values.empty())
    c.error(e.file, t, what + ": values are required for " + f.type);
  auto example = t.find("example");
  f.example_json = example == t.end() ? "null" : example->dump();
  return f;
}

std::vector<fs::path> lua_files(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".lua") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

// The digest covers the content, not the file layout: the same catalogue gives the same digest.
std::string content_digest(const Catalogue& c) {
  Digest d;
  for (const auto& i : c.interventions) {
    for (const auto& s : {i.id, i.title, i.summary, i.level, i.effort, i.on_request_only}) d.add_field(s);
    for (const auto& [k, v] : i.format) {
      d.add_field(k);
      d.add_field(v);
    }
    for (const auto* list : {&i.prerequisites, &i.preconditions, &i.cautions}) {
      d.add_field(std::to_string(list->size()));
      for (const auto& s : *list) d.add_field(s);
    }
    d.add_field(i.individual_resilience ? "1" : "0");
    for (const auto& e : i.evidence)
      for (const auto& s : {e.claim, e.citation, e.first_author, e.key_phrase, e.grade, e.source.file, e.source.section,
                            std::to_string(e.source.line_start), std::to_string(e.source.line_end), e.about})
        d.add_field(s);
    for (const auto& s :
         {i.sustain, i.sustain_source.file, i.sustain_source.section, std::to_string(i.sustain_source.line_start),
          std::to_string(i.sustain_source.line_end), i.sustain_key_phrase})
      d.add_field(s);
  }
  for (const auto& f : c.factors)
    for (const auto& s : {f.id, f.title, f.poor_practice, f.best_practice}) d.add_field(s);
  for (const auto& i : c.indicators) {
    for (const auto& s : {i.id, i.factor, i.text}) d.add_field(s);
    for (const auto& s : i.interventions) d.add_field(s);
  }
  for (const auto& doc : c.documents)
    for (const auto& s : {doc.file, doc.title, doc.short_name, doc.publisher, doc.year}) d.add_field(s);
  for (const auto& f : c.fields) {
    for (const auto& s : {f.name, f.type, f.unit, f.help, f.example_json}) d.add_field(s);
    for (const auto& s : f.values) d.add_field(s);
    d.add_field(f.minimum ? std::to_string(*f.minimum) : "-");
    d.add_field(f.maximum ? std::to_string(*f.maximum) : "-");
    d.add_field(f.nullable ? "1" : "0");
  }
  return d.hex();
}

}  // namespace

Catalogue read_catalogue_sources(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir / "interventions", ec) || !fs::is_directory(dir / "instrument", ec))
    throw LoadError(
        dir.string(), "catalogue_sources_not_found",
        "no catalogue sources at " + fs::absolute(dir).string() + " (expected interventions/ and instrument/)");
  std::vector<Diagnostic> diagnostics;
  std::vector<fs::path> files = lua_files(dir / "interventions");
  for (const auto& f : lua_files(dir / "instrument")) files.push_back(f);
  // documents.lua is optional (a catalogue of one's own may cite files without titles); when it is
  // there, every source it does not list is refused below.
  bool has_documents = fs::is_regular_file(dir / "documents.lua", ec);
  if (has_documents) files.push_back(dir / "documents.lua");
  std::vector<Entry> entries = run_data_files(files, dir, diagnostics);

  Catalogue c;
  Checker checker(diagnostics);
  std::map<std::string, std::string> where;  // id -> "file:line", for duplicates
  auto first_place = [&](const std::string& key, const Entry& e) {
    std::string here = e.file + ":" + std::to_string(e.data.value("__line", 0));
    auto [it, inserted] = where.emplace(key, here);
    if (!inserted) checker.error(e.file, e.data, "duplicate " + key + " (first defined at " + it->second + ")");
    return inserted;
  };
  for (const auto& e : entries) {
    std::string kind = e.data.value("__kind", "");
    if (kind == "intervention") {
      Intervention i = read_intervention(e, checker);
      if (first_place("intervention id \"" + i.id + "\"", e)) c.interventions.push_back(std::move(i));
    } else if (kind == "factor") {
      Factor f = read_factor(e, checker, c.indicators);
      if (first_place("factor id \"" + f.id + "\"", e)) c.factors.push_back(std::move(f));
    } else if (kind == "field") {
      Field f = read_field(e, checker);
      if (first_place("field \"" + f.name + "\"", e)) c.fields.push_back(std::move(f));
    } else if (kind == "document") {
      Document d = read_document(e, checker);
      if (first_place("document \"" + d.file + "\"", e)) c.documents.push_back(std::move(d));
    }
  }
  c.grades = evidence_grades();
  c.index();

  // Cross-references: every id named must exist.
  std::vector<std::string> ids;
  for (const auto& i : c.interventions) ids.push_back(i.id);
  std::map<std::string, const Entry*> entry_of;
  for (const auto& e : entries)
    if (e.data.value("__kind", "") == "intervention") entry_of[e.data.value("id", "")] = &e;
  for (const auto& i : c.interventions)
    for (const auto& p : i.prerequisites)
      if (!c.find(p))
        checker.error(
            entry_of[i.id]->file, entry_of[i.id]->data,
            "intervention \"" + i.id + "\": prerequisite \"" + p + "\" is not in the catalogue" + did_you_mean(p, ids));
  std::set<std::string> seen_indicators;
  for (const auto& e : entries) {
    if (e.data.value("__kind", "") != "factor" || !e.data.contains("indicators")) continue;
    for (const auto& item : e.data["indicators"]) {
      std::string id = item.value("id", "");
      if (!seen_indicators.insert(id).second) checker.error(e.file, item, "duplicate indicator id \"" + id + "\"");
      if (item.contains("interventions") && item["interventions"].is_array())
        for (const auto& x : item["interventions"])
          if (x.is_string() && !c.find(x.get<std::string>()))
            checker.error(e.file, item,
                          "indicator \"" + id + "\": intervention \"" + x.get<std::string>() +
                              "\" is not in the catalogue" + did_you_mean(x.get<std::string>(), ids));
    }
  }
  // Every source cited is a listed document, so that a person reads its title.
  if (has_documents) {
    std::vector<std::string> files_listed;
    for (const auto& d : c.documents) files_listed.push_back(d.file);
    auto check_source = [&](const Entry& e, const json& at, const std::string& what, const std::string& file) {
      if (!file.empty() && !c.find_document(file))
        checker.error(e.file, at,
                      what + ": source file \"" + file + "\" is not a document of documents.lua" +
                          did_you_mean(file, files_listed));
    };
    for (const auto& e : entries) {
      std::string kind = e.data.value("__kind", "");
      if (kind == "intervention") {
        const Intervention* i = c.find(e.data.value("id", ""));
        if (!i) continue;
        std::string what = "intervention \"" + i->id + "\"";
        for (std::size_t n = 0; n < i->evidence.size(); ++n) {
          const json& item = e.data.contains("evidence") && e.data["evidence"].is_array() &&
                                     n < e.data["evidence"].size()
                                 ? e.data["evidence"][n]
                                 : e.data;
          check_source(e, item, what + " evidence " + std::to_string(n + 1), i->evidence[n].source.file);
        }
        check_source(e, e.data, what + " sustain", i->sustain_source.file);
      } else if (kind == "factor") {
        if (const Factor* f = c.find_factor(e.data.value("id", "")))
          check_source(e, e.data, "factor \"" + f->id + "\"", f->source.file);
      }
    }
  }
  if (c.interventions.empty() && diagnostics.empty())
    diagnostics.push_back({(dir / "interventions").string(), 0, "invalid_catalogue", "no interventions found"});
  if (c.factors.empty() && diagnostics.empty())
    diagnostics.push_back({(dir / "instrument").string(), 0, "invalid_catalogue", "no factors found"});
  if (!diagnostics.empty()) throw LoadError(std::move(diagnostics));
  c.digest = content_digest(c);
  return c;
}

}  // namespace trynext
