#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "input/assessment.h"
#include "trynext/json.h"
#include "trynext/result.h"

namespace trynext {

using nlohmann::json;

namespace {

json source_json(const SourceRef& s) {
  return {{"file", s.file}, {"section", s.section}, {"lines", {s.line_start, s.line_end}}};
}

json evidence_json(const Evidence& e) {
  return {{"claim", e.claim},
          {"citation", e.citation},
          {"grade", e.grade},
          {"certainty", e.certainty},
          {"source", source_json(e.source)}};
}

// Inputs were recorded as JSON text; give them back as JSON values.
json inputs_json(const std::vector<std::pair<std::string, std::string>>& inputs) {
  json o = json::object();
  for (const auto& [path, value] : inputs) o[path] = json::parse(value);
  return o;
}

json recommendation_json(const Recommendation& r) {
  json rationale = json::array();
  for (const auto& reason : r.rationale)
    rationale.push_back({{"rule", reason.rule},
                         {"text", reason.text},
                         {"weight", reason.weight},
                         {"inputs", inputs_json(reason.inputs)}});
  json evidence = json::array();
  for (const auto& e : r.evidence) evidence.push_back(evidence_json(e));
  return {{"id", r.id},         {"title", r.title},       {"rank", r.rank},
          {"score", r.score},   {"priority", r.priority}, {"level", r.level},
          {"effort", r.effort}, {"summary", r.summary},   {"rationale", rationale},
          {"notes", r.notes},   {"cautions", r.cautions}, {"evidence", evidence}};
}

json recommendations_json(const std::vector<Recommendation>& list) {
  json a = json::array();
  for (const auto& r : list) a.push_back(recommendation_json(r));
  return a;
}

}  // namespace

json result_json(const Result& r) {
  json out;
  out["team"] = {{"name", r.team_name}};
  out["recommendations"] = recommendations_json(r.recommendations);
  out["also_considered"] = recommendations_json(r.also_considered);
  out["keep_going"] = recommendations_json(r.keep_going);
  json factors = json::object();
  for (const auto& f : r.factors)
    factors[f.id] = {{"title", f.title},       {"score", f.score ? json(std::round(*f.score * 1000) / 1000) : json()},
                     {"answered", f.answered}, {"total", f.total},
                     {"met", f.met},           {"partly", f.partly},
                     {"not_met", f.not_met},   {"unknown", f.unknown}};
  out["factors"] = factors;
  json warnings = json::array();
  for (const auto& w : r.warnings) {
    json j = {{"kind", w.kind}, {"message", w.message}};
    if (!w.rule.empty()) j["rule"] = w.rule;
    if (!w.file.empty()) j["file"] = w.file;
    if (w.line) j["line"] = w.line;
    warnings.push_back(j);
  }
  out["warnings"] = warnings;
  if (r.explained) {
    json trace = json::array();
    for (const auto& t : r.trace) {
      json conditions = json::array();
      for (const auto& c : t.conditions)
        conditions.push_back({{"path", c.path},
                              {"test", c.op},
                              {"expected", c.expected},
                              {"actual", json::parse(c.actual)},
                              {"result", c.result}});
      json j = {{"rule", t.rule},
                {"file", t.file},
                {"line", t.line},
                {"fired", t.fired},
                {"recommended", t.recommended},
                {"inputs", inputs_json(t.inputs)},
                {"conditions", conditions},
                {"would_fire_if", t.would_fire_if},
                {"instructions", t.instructions},
                {"memory_bytes", t.memory_bytes},
                {"microseconds", std::round(t.microseconds * 10) / 10}};
      if (!t.error.empty()) j["error"] = t.error;
      trace.push_back(j);
    }
    out["explain"] = {{"rules", trace},
                      {"limits", {{"instructions_per_rule", r.instruction_limit}, {"memory_bytes", r.memory_limit}}}};
  }
  out["versions"] = {{"engine", r.versions.engine}, {"rules", r.versions.rules}, {"catalogue", r.versions.catalogue}};
  return out;
}

namespace {

// to_json writes the text of result_json(r).dump(indent) directly, without building the document
// first: the same bytes (keys in the order nlohmann::json's std::map keeps them, the same numbers,
// escapes and indentation) in a fraction of the time and allocations. Whatever it cannot write the
// same way for certain (text that is not valid UTF-8, inputs that are not valid JSON) makes it give
// up, and to_json falls back to result_json(r).dump(indent), which fails as it always did.
struct GiveUp {};

// An append-only byte buffer: std::string's appends check and grow capacity on every call, which
// costs more than the few bytes most calls here write.
class Buffer {
 public:
  Buffer() { grow(1u << 16); }
  void clear() { size_ = 0; }
  const char* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  // Room for n more bytes; write them at the pointer returned, then commit(n).
  char* room(std::size_t n) {
    if (capacity_ - size_ < n) grow(n);
    return data_.get() + size_;
  }
  void commit(std::size_t n) { size_ += n; }
  void append(const char* p, std::size_t n) {
    std::memcpy(room(n), p, n);
    size_ += n;
  }
  void append(std::string_view v) { append(v.data(), v.size()); }
  void append(std::size_t n, char c) {
    std::memset(room(n), c, n);
    size_ += n;
  }
  Buffer& operator+=(char c) {
    *room(1) = c;
    ++size_;
    return *this;
  }
  Buffer& operator+=(std::string_view v) {
    append(v);
    return *this;
  }

 private:
  void grow(std::size_t n) {
    std::size_t capacity = std::max(capacity_ * 2, size_ + n);
    std::unique_ptr<char[]> bigger(new char[capacity]);
    if (size_) std::memcpy(bigger.get(), data_.get(), size_);
    data_ = std::move(bigger);
    capacity_ = capacity;
  }
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0, capacity_ = 0;
};

class Writer {
 public:
  Writer(Buffer& out, int indent)
      : s_(out), pretty_(indent >= 0), step_(indent >= 0 ? static_cast<unsigned>(indent) : 0) {}

  void open_object() { stack_.push_back({'}', false}); }
  void open_array() { stack_.push_back({']', false}); }
  void close() {
    Level top = stack_.back();
    stack_.pop_back();
    if (!top.has_items) {
      s_ += top.closer == '}' ? "{}" : "[]";
      return;
    }
    if (pretty_) {
      s_ += '\n';
      s_.append(step_ * stack_.size(), ' ');
    }
    s_ += top.closer;
  }
  // Before each element of an array.
  void item() {
    Level& top = stack_.back();
    std::size_t spaces = pretty_ ? step_ * stack_.size() : 0;
    char* p = s_.room(2 + spaces);
    if (!top.has_items) {
      *p++ = top.closer == '}' ? '{' : '[';
      top.has_items = true;
    } else {
      *p++ = ',';
    }
    if (pretty_) {
      *p++ = '\n';
      std::memset(p, ' ', spaces);
    }
    s_.commit(1 + (pretty_ ? 1 + spaces : 0));
  }
  // Before each member of an object: the key, then the caller writes the value.
  void key(std::string_view k) {
    item();
    string(k);
    if (pretty_)
      s_ += ": ";
    else
      s_ += ':';
  }
  // The same for a key written in this file: plain ASCII that needs no escaping.
  template <std::size_t N>
  void key(const char (&k)[N]) {
    item();
    s_ += '"';
    s_.append(k, N - 1);
    if (pretty_)
      s_ += "\": ";
    else
      s_ += "\":";
  }

  void string(std::string_view v) {
    s_ += '"';
    std::size_t run = 0;  // start of the bytes not yet copied
    const std::size_t n = v.size();
    for (std::size_t i = 0; i < n;) {
      // Eight bytes at a time while none is a control character, a quote, a backslash or non-ASCII.
      while (i + 8 <= n && !needs_care(v.data() + i)) i += 8;
      if (i >= n) break;
      auto c = static_cast<unsigned char>(v[i]);
      if (c >= 0x80) {
        std::size_t len = utf8_length(v, i);
        if (!len) throw GiveUp{};
        i += len;
        continue;
      }
      if (c >= 0x20 && c != '"' && c != '\\') {
        ++i;
        continue;
      }
      s_.append(v.data() + run, i - run);
      switch (c) {
        case 0x08:
          s_ += "\\b";
          break;
        case 0x09:
          s_ += "\\t";
          break;
        case 0x0A:
          s_ += "\\n";
          break;
        case 0x0C:
          s_ += "\\f";
          break;
        case 0x0D:
          s_ += "\\r";
          break;
        case '"':
          s_ += "\\\"";
          break;
        case '\\':
          s_ += "\\\\";
          break;
        default: {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          s_ += buf;
        }
      }
      run = ++i;
    }
    s_.append(v.data() + run, n - run);
    s_ += '"';
  }
  void number(double d) {
    if (!std::isfinite(d)) {
      s_ += "null";
      return;
    }
    char buf[64];
    char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, d);
    s_.append(buf, static_cast<std::size_t>(end - buf));
  }
  void integer(long long v) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    s_.append(buf, static_cast<std::size_t>(end - buf));
  }
  void unsigned_integer(unsigned long long v) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    s_.append(buf, static_cast<std::size_t>(end - buf));
  }
  void boolean(bool b) { s_ += b ? "true" : "false"; }
  void null() { s_ += "null"; }

  void value(const json& v) {
    switch (v.type()) {
      case json::value_t::object:
        open_object();
        for (auto it = v.begin(); it != v.end(); ++it) {
          key(it.key());
          value(*it);
        }
        close();
        break;
      case json::value_t::array:
        open_array();
        for (const auto& e : v) {
          item();
          value(e);
        }
        close();
        break;
      case json::value_t::string:
        string(v.get_ref<const std::string&>());
        break;
      case json::value_t::boolean:
        boolean(v.get<bool>());
        break;
      case json::value_t::number_integer:
        integer(v.get<json::number_integer_t>());
        break;
      case json::value_t::number_unsigned:
        unsigned_integer(v.get<json::number_unsigned_t>());
        break;
      case json::value_t::number_float:
        number(v.get<double>());
        break;
      case json::value_t::null:
        null();
        break;
      default:
        throw GiveUp{};
    }
  }

  // A value recorded as JSON text (an input or an actual value): written as nlohmann would write
  // json::parse(text). The common shapes (true, false, null, a plain integer, a string without
  // escapes) are already written that way and are copied; anything else is parsed.
  void json_text(std::string_view text) {
    if (text == "true" || text == "false" || text == "null" || plain_integer(text) || plain_string(text)) {
      s_.append(text);
      return;
    }
    try {
      value(json::parse(text));
    } catch (const json::exception&) { throw GiveUp{}; }
  }

  // key: list of strings.
  template <std::size_t N>
  void strings(const char (&k)[N], const std::vector<std::string>& list) {
    key(k);
    open_array();
    for (const auto& x : list) {
      item();
      string(x);
    }
    close();
  }

 private:
  struct Level {
    char closer;
    bool has_items;
  };

  // Whether any of the eight bytes at p is below 0x20, '"', '\\' or 0x80 and above.
  static bool needs_care(const char* p) {
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    auto zero_byte = [&](std::uint64_t y) { return (y - kOnes) & ~y & kHigh; };
    std::uint64_t below_space = (x - kOnes * 0x20) & ~x & kHigh;
    return ((x & kHigh) | below_space | zero_byte(x ^ (kOnes * '"')) | zero_byte(x ^ (kOnes * '\\'))) != 0;
  }

  // Length of the valid UTF-8 sequence at v[i] (as nlohmann's decoder accepts: no overlong forms,
  // no surrogates, nothing above U+10FFFF), or 0.
  static std::size_t utf8_length(std::string_view v, std::size_t i) {
    auto byte = [&](std::size_t k) { return k < v.size() ? static_cast<unsigned char>(v[k]) : 0u; };
    auto cont = [&](std::size_t k) { return (byte(k) & 0xC0u) == 0x80u; };
    unsigned c = byte(i);
    if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
      unsigned d = byte(i + 1);
      if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d > 0x9F)) return 0;
      return cont(i + 1) && cont(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
      unsigned d = byte(i + 1);
      if ((c == 0xF0 && d < 0x90) || (c == 0xF4 && d > 0x8F)) return 0;
      return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
  }

  // -?(0|[1-9][0-9]*) short enough to be a 64-bit integer: parses and prints as itself.
  static bool plain_integer(std::string_view t) {
    std::size_t i = !t.empty() && t[0] == '-' ? 1 : 0;
    std::size_t digits = t.size() - i;
    if (digits == 0 || digits > 18 || t == "-0") return false;  // json::parse("-0") prints as 0
    if (t[i] == '0' && digits > 1) return false;
    for (; i < t.size(); ++i)
      if (t[i] < '0' || t[i] > '9') return false;
    return true;
  }

  // "..." with no escapes, no control characters and valid UTF-8: parses and prints as itself.
  static bool plain_string(std::string_view t) {
    if (t.size() < 2 || t.front() != '"' || t.back() != '"') return false;
    for (std::size_t i = 1; i + 1 < t.size();) {
      auto c = static_cast<unsigned char>(t[i]);
      if (c < 0x20 || c == '"' || c == '\\') return false;
      if (c < 0x80) {
        ++i;
        continue;
      }
      std::size_t len = utf8_length(t.substr(0, t.size() - 1), i);
      if (!len) return false;
      i += len;
    }
    return true;
  }

  Buffer& s_;
  bool pretty_;
  unsigned step_;
  std::vector<Level> stack_;
};

// Inputs as an object: keys in order, the last of equal paths winning, as in inputs_json.
void write_inputs(Writer& w, const std::vector<std::pair<std::string, std::string>>& inputs) {
  std::vector<const std::pair<std::string, std::string>*> sorted;
  sorted.reserve(inputs.size());
  for (const auto& in : inputs) sorted.push_back(&in);
  std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });
  w.open_object();
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (i + 1 < sorted.size() && sorted[i + 1]->first == sorted[i]->first) continue;  // a later one wins
    w.key(sorted[i]->first);
    w.json_text(sorted[i]->second);
  }
  w.close();
}

void write_source(Writer& w, const SourceRef& s) {
  w.open_object();
  w.key("file");
  w.string(s.file);
  w.key("lines");
  w.open_array();
  w.item();
  w.integer(s.line_start);
  w.item();
  w.integer(s.line_end);
  w.close();
  w.key("section");
  w.string(s.section);
  w.close();
}

void write_recommendation(Writer& w, const Recommendation& r) {
  w.open_object();
  w.strings("cautions", r.cautions);
  w.key("effort");
  w.string(r.effort);
  w.key("evidence");
  w.open_array();
  for (const auto& e : r.evidence) {
    w.item();
    w.open_object();
    w.key("certainty");
    w.string(e.certainty);
    w.key("citation");
    w.string(e.citation);
    w.key("claim");
    w.string(e.claim);
    w.key("grade");
    w.string(e.grade);
    w.key("source");
    write_source(w, e.source);
    w.close();
  }
  w.close();
  w.key("id");
  w.string(r.id);
  w.key("level");
  w.string(r.level);
  w.strings("notes", r.notes);
  w.key("priority");
  w.string(r.priority);
  w.key("rank");
  w.integer(r.rank);
  w.key("rationale");
  w.open_array();
  for (const auto& reason : r.rationale) {
    w.item();
    w.open_object();
    w.key("inputs");
    write_inputs(w, reason.inputs);
    w.key("rule");
    w.string(reason.rule);
    w.key("text");
    w.string(reason.text);
    w.key("weight");
    w.number(reason.weight);
    w.close();
  }
  w.close();
  w.key("score");
  w.number(r.score);
  w.key("summary");
  w.string(r.summary);
  w.key("title");
  w.string(r.title);
  w.close();
}

template <std::size_t N>
void write_recommendations(Writer& w, const char (&key)[N], const std::vector<Recommendation>& list) {
  w.key(key);
  w.open_array();
  for (const auto& r : list) {
    w.item();
    write_recommendation(w, r);
  }
  w.close();
}

void write_result(Writer& w, const Result& r) {
  w.open_object();
  write_recommendations(w, "also_considered", r.also_considered);
  if (r.explained) {
    w.key("explain");
    w.open_object();
    w.key("limits");
    w.open_object();
    w.key("instructions_per_rule");
    w.unsigned_integer(r.instruction_limit);
    w.key("memory_bytes");
    w.unsigned_integer(r.memory_limit);
    w.close();
    w.key("rules");
    w.open_array();
    for (const auto& t : r.trace) {
      w.item();
      w.open_object();
      w.key("conditions");
      w.open_array();
      for (const auto& c : t.conditions) {
        w.item();
        w.open_object();
        w.key("actual");
        w.json_text(c.actual);
        w.key("expected");
        w.string(c.expected);
        w.key("path");
        w.string(c.path);
        w.key("result");
        w.boolean(c.result);
        w.key("test");
        w.string(c.op);
        w.close();
      }
      w.close();
      if (!t.error.empty()) {
        w.key("error");
        w.string(t.error);
      }
      w.key("file");
      w.string(t.file);
      w.key("fired");
      w.boolean(t.fired);
      w.key("inputs");
      write_inputs(w, t.inputs);
      w.key("instructions");
      w.unsigned_integer(t.instructions);
      w.key("line");
      w.integer(t.line);
      w.key("memory_bytes");
      w.unsigned_integer(t.memory_bytes);
      w.key("microseconds");
      w.number(std::round(t.microseconds * 10) / 10);
      w.strings("recommended", t.recommended);
      w.key("rule");
      w.string(t.rule);
      w.strings("would_fire_if", t.would_fire_if);
      w.close();
    }
    w.close();
    w.close();
  }
  // Factors by id, in key order, the last of equal ids winning.
  std::vector<const FactorScore*> factors;
  factors.reserve(r.factors.size());
  for (const auto& f : r.factors) factors.push_back(&f);
  std::stable_sort(factors.begin(), factors.end(), [](auto* a, auto* b) { return a->id < b->id; });
  w.key("factors");
  w.open_object();
  for (std::size_t i = 0; i < factors.size(); ++i) {
    if (i + 1 < factors.size() && factors[i + 1]->id == factors[i]->id) continue;
    const FactorScore& f = *factors[i];
    w.key(f.id);
    w.open_object();
    w.key("answered");
    w.integer(f.answered);
    w.key("met");
    w.integer(f.met);
    w.key("not_met");
    w.integer(f.not_met);
    w.key("partly");
    w.integer(f.partly);
    w.key("score");
    if (f.score)
      w.number(std::round(*f.score * 1000) / 1000);
    else
      w.null();
    w.key("title");
    w.string(f.title);
    w.key("total");
    w.integer(f.total);
    w.key("unknown");
    w.integer(f.unknown);
    w.close();
  }
  w.close();
  write_recommendations(w, "keep_going", r.keep_going);
  write_recommendations(w, "recommendations", r.recommendations);
  w.key("team");
  w.open_object();
  w.key("name");
  w.string(r.team_name);
  w.close();
  w.key("versions");
  w.open_object();
  w.key("catalogue");
  w.string(r.versions.catalogue);
  w.key("engine");
  w.string(r.versions.engine);
  w.key("rules");
  w.string(r.versions.rules);
  w.close();
  w.key("warnings");
  w.open_array();
  for (const auto& x : r.warnings) {
    w.item();
    w.open_object();
    if (!x.file.empty()) {
      w.key("file");
      w.string(x.file);
    }
    w.key("kind");
    w.string(x.kind);
    if (x.line) {
      w.key("line");
      w.integer(x.line);
    }
    w.key("message");
    w.string(x.message);
    if (!x.rule.empty()) {
      w.key("rule");
      w.string(x.rule);
    }
    w.close();
  }
  w.close();
  w.close();
}

}  // namespace

std::string to_json(const Result& r, int indent) {
  try {
    // One buffer per thread, kept between calls: a result is some 100 KiB, and a fresh buffer would
    // be allocated and grown again for each.
    thread_local Buffer out;
    out.clear();
    Writer w(out, indent);
    write_result(w, r);
    return std::string(out.data(), out.size());
  } catch (const GiveUp&) { return result_json(r).dump(indent); }
}

json intervention_json(const Intervention& i) {
  json evidence = json::array();
  for (const auto& e : i.evidence) evidence.push_back(evidence_json(e));
  json format = json::object();
  for (const auto& [k, v] : i.format) format[k] = v;
  json j = {{"id", i.id},
            {"title", i.title},
            {"summary", i.summary},
            {"level", i.level},
            {"effort", i.effort},
            {"format", format},
            {"prerequisites", i.prerequisites},
            {"requires", i.preconditions},
            {"cautions", i.cautions},
            {"individual_resilience", i.individual_resilience},
            {"evidence", evidence}};
  if (!i.on_request_only.empty()) j["on_request_only"] = i.on_request_only;
  return j;
}

json catalogue_json(const Catalogue& c) {
  json interventions = json::array();
  for (const auto& i : c.interventions) interventions.push_back(intervention_json(i));
  json grades = json::array();
  for (const auto& g : c.grades)
    grades.push_back({{"id", g.id}, {"description", g.description}, {"certainty", g.certainty}});
  return {{"interventions", interventions}, {"grades", grades}, {"digest", c.digest}};
}

json instrument_json(const Catalogue& c) {
  json factors = json::array();
  for (const auto& f : c.factors) {
    json indicators = json::array();
    for (const auto& id : f.indicators) {
      const Indicator* i = c.find_indicator(id);
      indicators.push_back({{"id", i->id},
                            {"text", i->text},
                            {"interventions", i->interventions},
                            {"source", source_json({f.source.file, f.source.section, i->line_start, i->line_end})}});
    }
    factors.push_back({{"id", f.id},
                       {"title", f.title},
                       {"poor_practice", f.poor_practice},
                       {"best_practice", f.best_practice},
                       {"source", source_json(f.source)},
                       {"indicators", indicators}});
  }
  json fields = json::array();
  for (const auto& f : c.fields) {
    json j = {{"name", f.name},
              {"path", "team." + f.name},
              {"type", f.type},
              {"unit", f.unit},
              {"nullable", f.nullable},
              {"help", f.help},
              {"example", json::parse(f.example_json)}};
    if (f.minimum) j["minimum"] = *f.minimum;
    if (f.maximum) j["maximum"] = *f.maximum;
    if (f.type == "share") {
      j["minimum"] = 0;
      j["maximum"] = 1;
    }
    if (!f.values.empty()) j["values"] = f.values;
    fields.push_back(j);
  }
  return {{"factors", factors}, {"team_fields", fields}, {"answers", answer_values()}};
}

}  // namespace trynext
