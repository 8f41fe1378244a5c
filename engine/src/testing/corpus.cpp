// The corpus generator. It knows the instrument's field types, not its fields: each team field is
// drawn from what the assessment's JSON Schema says of it (range, values, whether it is required or
// nullable) and from its example, the instrument's picture of an ordinary team, which sets the scale
// of a number. A field added to the instrument appears in the next corpus without a change here.
#include "trynext/corpus.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <set>

#include "trynext/error.h"
#include "trynext/json.h"

namespace trynext {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// std::mt19937_64's sequence and std::seed_seq are fixed by the standard; the distributions are not,
// so they are mapped by hand to give the same corpus everywhere.
class Random {
 public:
  Random(std::uint64_t seed, int n) {
    std::seed_seq seq{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32),
                      static_cast<std::uint32_t>(n)};
    engine_.seed(seq);
  }
  double unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return unit() < p; }
  const json& pick(const json& array) { return array[static_cast<std::size_t>(unit() * array.size())]; }

 private:
  std::mt19937_64 engine_;
};

double round2(double x) { return std::floor(x * 100 + 0.5) / 100; }

// A nullable field's schema is {"anyOf": [schema, {"type": "null"}]}.
const json& unwrapped(const json& schema) {
  auto any = schema.find("anyOf");
  return any != schema.end() && any->is_array() && !any->empty() ? any->front() : schema;
}

const json& enum_of(const json& schema) {
  static const json none = json::array();
  auto it = schema.find("enum");
  return it != schema.end() && it->is_array() ? *it : none;
}

// A number from zero to about four times the field's example: under it in most healthy teams and
// above it in many under strain, within the field's range. Without an example, a twentieth of the
// range stands in.
json number(const Field& f, const json& schema, double strain, Random& rnd) {
  double lo = schema.value("minimum", 0.0);
  double hi = schema.value("maximum", std::max(lo, 0.0) + 100);
  json example = json::parse(f.example_json.empty() ? "null" : f.example_json, nullptr, false);
  bool has_example = example.is_number() && example.get<double>() > 0;
  double typical = has_example ? example.get<double>() : lo + (hi - lo) / 20;
  bool whole = f.type == "integer" || (has_example ? example.is_number_integer() : f.type != "share");
  double x = std::clamp(typical * 3 * rnd.unit() * (0.3 + strain), lo, hi);
  if (whole) return static_cast<long long>(std::clamp(std::floor(x + 0.5), std::ceil(lo), std::floor(hi)));
  return std::clamp(round2(x), lo, hi);
}

}  // namespace

CorpusGenerator::CorpusGenerator(const Catalogue& catalogue)
    : catalogue_(catalogue), team_schema_(assessment_schema(catalogue)["properties"]["team"]) {}

json CorpusGenerator::assessment(std::uint64_t seed, int n) const {
  Random rnd(seed, n);
  double strain = rnd.unit();
  const json& properties = team_schema_.at("properties");
  std::set<std::string> required;
  for (const auto& name : team_schema_.value("required", json::array())) required.insert(name.get<std::string>());

  json team = json::object();
  std::set<std::string> in_place;  // ids an "ids" field put in place: not also tried before
  for (const auto& f : catalogue_.fields) {
    const json& schema = unwrapped(properties.at(f.name));
    if (f.type == "flags") {
      json chosen = json::array();
      for (const auto& v : enum_of(schema.at("items")))
        if (rnd.chance(0.05 + 0.25 * strain)) chosen.push_back(v);
      team[f.name] = chosen;
    } else if (f.type == "ids") {
      json chosen = json::array();
      for (const auto& id : enum_of(schema.at("items")))
        if (rnd.chance(0.06)) {
          chosen.push_back(id);
          in_place.insert(id.get<std::string>());
        }
      team[f.name] = chosen;
    } else if (f.type == "tried") {
      const json& item = schema.at("items").at("properties");
      json chosen = json::array();
      for (const auto& id : enum_of(item.at("id")))
        if (!in_place.count(id.get<std::string>()) && rnd.chance(0.03))
          chosen.push_back({{"id", id}, {"outcome", rnd.pick(enum_of(item.at("outcome")))}});
      team[f.name] = chosen;
    } else if (f.type == "string") {
      team[f.name] = "Synthetic team " + std::to_string(n);
    } else {
      if (!required.count(f.name) && !rnd.chance(0.85)) continue;  // left out, as managers do
      if (f.nullable && rnd.chance(0.2)) {
        team[f.name] = nullptr;
      } else if (f.type == "enum") {
        // The first value is the ordinary state ("none"); half the teams are in one of the others.
        const json& values = enum_of(schema);
        if (values.empty()) continue;
        std::size_t k =
            values.size() == 1 || rnd.chance(0.5) ? 0 : 1 + static_cast<std::size_t>(rnd.unit() * (values.size() - 1));
        team[f.name] = values[k];
      } else {
        team[f.name] = number(f, schema, strain, rnd);
      }
    }
  }

  json answers = json::object();
  double health = 1 - strain;
  for (const auto& ind : catalogue_.indicators) {
    if (rnd.chance(0.1)) continue;  // left blank
    double r = rnd.unit();
    answers[ind.id] = rnd.chance(0.05)          ? "unknown"
                      : r < health * 0.8        ? "met"
                      : r < health * 0.8 + 0.25 ? "partly"
                                                : "not_met";
  }
  return {{"team", team}, {"answers", answers}};
}

void write_corpus(const Catalogue& catalogue, std::uint64_t seed, int count, const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw Error("cannot create " + dir.string() + ": " + ec.message());
  CorpusGenerator generator(catalogue);
  for (int i = 1; i <= count; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "team-%05d.json", i);
    std::ofstream out(dir / name);
    out << generator.assessment(seed, i).dump(1) << "\n";
    if (!out) throw Error("cannot write " + (dir / name).string());
  }
}

}  // namespace trynext
