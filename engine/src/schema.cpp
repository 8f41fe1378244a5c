// The assessment's JSON Schema and the fill-in template, both generated from the instrument so that
// the schema, the engine's validation and the template can never disagree.
#include <cmath>
#include <sstream>

#include "trynext/json.h"

namespace trynext {

using nlohmann::json;

static json field_schema(const Field& f, const Catalogue& c) {
  json s;
  if (f.type == "string") s = {{"type", "string"}, {"maxLength", 200}};
  else if (f.type == "integer" || f.type == "number" || f.type == "share") {
    s = {{"type", f.type == "integer" ? "integer" : "number"}};
    if (f.type == "share") { s["minimum"] = 0; s["maximum"] = 1; }
    if (f.minimum) s["minimum"] = *f.minimum;
    if (f.maximum) s["maximum"] = *f.maximum;
  } else if (f.type == "enum") {
    s = {{"type", "string"}, {"enum", f.values}};
  } else if (f.type == "flags") {
    s = {{"type", "array"}, {"items", {{"enum", f.values}}}, {"uniqueItems", true}};
  } else if (f.type == "ids" || f.type == "tried") {
    json ids = json::array();
    for (const auto& i : c.interventions) ids.push_back(i.id);
    if (f.type == "ids") s = {{"type", "array"}, {"items", {{"enum", ids}}}, {"uniqueItems", true}};
    else s = {{"type", "array"},
              {"items", {{"type", "object"}, {"required", {"id", "outcome"}},
                         {"properties", {{"id", {{"enum", ids}}}, {"outcome", {{"enum", {"helped", "no_change", "worse"}}}}}}}}};
  }
  if (f.nullable) {
    json any = s;
    s = {{"anyOf", {any, {{"type", "null"}}}}};
  }
  s["description"] = f.help + (f.unit.empty() ? "" : " Unit: " + f.unit + ".");
  return s;
}

json assessment_schema(const Catalogue& c) {
  json team_properties = json::object();
  for (const auto& f : c.fields) team_properties[f.name] = field_schema(f, c);
  json answer_properties = json::object();
  for (const auto& i : c.indicators)
    answer_properties[i.id] = {{"enum", {"met", "partly", "not_met", "unknown"}}, {"description", i.text}};
  return {
      {"$schema", "https://json-schema.org/draft/2020-12/schema"},
      {"$id", "urn:trynext:schema:assessment"},
      {"title", "trynext assessment"},
      {"description", "A team's context and its answers to the organisational benchmarking tool. "
                      "Unknown fields are accepted with a warning. Generated from the catalogue " + c.digest + "."},
      {"type", "object"},
      {"required", {"team"}},
      {"properties",
       {{"team", {{"type", "object"}, {"required", {"headcount"}}, {"properties", team_properties}}},
        {"answers", {{"type", "object"}, {"properties", answer_properties}}},
        {"explain", {{"type", "boolean"}, {"description", "Add a trace of every rule to the result."}}},
        {"top_n", {{"type", "integer"}, {"minimum", 1}, {"maximum", 100},
                   {"description", "How many recommendations to return before also_considered."}}}}}};
}

static std::string number_text(double d) {
  return std::floor(d) == d && std::fabs(d) < 1e15 ? std::to_string(static_cast<long long>(d)) : json(d).dump();
}

// Wraps text into // comment lines no wider than about 96 characters.
static void comment(std::ostringstream& out, const std::string& indent, const std::string& text) {
  std::istringstream words(text);
  std::string word, line;
  while (words >> word) {
    if (!line.empty() && line.size() + word.size() > 90) {
      out << indent << "// " << line << "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) out << indent << "// " << line << "\n";
}

std::string assessment_template(const Catalogue& c) {
  std::ostringstream out;
  out << "// trynext assessment: describe your team, then run `trynext recommend this-file.json`.\n"
      << "// Replace each null with your answer, or delete the line if you do not know.\n"
      << "{\n  \"team\": {\n";
  for (std::size_t k = 0; k < c.fields.size(); ++k) {
    const Field& f = c.fields[k];
    std::string detail = f.help;
    if (!f.unit.empty()) detail += " Unit: " + f.unit + ".";
    if (f.type == "share") detail += " A number from 0 to 1 (0.25 means a quarter).";
    if (f.minimum || f.maximum)
      detail += " Range: " + (f.minimum ? number_text(*f.minimum) : std::string("any")) + " to " +
                (f.maximum ? number_text(*f.maximum) : std::string("any")) + ".";
    if (!f.values.empty()) {
      detail += f.type == "flags" ? " Any of: " : " One of: ";
      for (std::size_t v = 0; v < f.values.size(); ++v) detail += (v ? ", " : "") + f.values[v];
      detail += ".";
    }
    if (f.nullable) detail += " null means none.";
    comment(out, "    ", detail);
    out << "    // Example: " << f.example_json << "\n";
    out << "    \"" << f.name << "\": null" << (k + 1 < c.fields.size() ? "," : "") << "\n";
  }
  out << "  },\n";
  out << "  // Answer each indicator for your team: met, partly, not_met, or unknown if you cannot say.\n";
  out << "  \"answers\": {\n";
  for (std::size_t f = 0; f < c.factors.size(); ++f) {
    const Factor& factor = c.factors[f];
    out << (f ? "\n" : "");
    comment(out, "    ", factor.title + ". Best practice: " + factor.best_practice);
    for (std::size_t i = 0; i < factor.indicators.size(); ++i) {
      const Indicator* ind = c.find_indicator(factor.indicators[i]);
      comment(out, "    ", ind->text);
      bool last = f + 1 == c.factors.size() && i + 1 == factor.indicators.size();
      out << "    \"" << ind->id << "\": \"unknown\"" << (last ? "" : ",") << "\n";
    }
  }
  out << "  }\n}\n";
  return out.str();
}

}  // namespace trynext
