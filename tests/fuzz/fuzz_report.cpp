// Fuzz target: the report renderers (issue 22) on hostile text. A real result (the example team,
// explained for one input in four) has its strings replaced by arbitrary bytes, each behind the marker
// "<zq": the team's name, every recommendation's title, summary, reasons, notes, cautions and evidence
// (which rules and catalogue entries supply), the factors, the warnings and the trace. Then every
// format and view is rendered. Findings, besides crashes and sanitizer reports: a marker left as
// markup in HTML (an input '<' unescaped), one not escaped with a backslash in Markdown, a "<script"
// anywhere in HTML, output that is not valid UTF-8, and cards or JSON that do not parse. The bytes are
// made valid UTF-8 first, as every string of a result is.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include <fuzzer/FuzzedDataProvider.h>

#include "common/utf8.h"
#include "trynext/engine.h"
#include "trynext/json.h"
#include "trynext/report.h"

namespace {

// The example team's result, explained or not (rendering the trace makes an input much slower,
// so one input in four gets it).
const trynext::Result& base(bool explain) {
  static const auto make = [](bool with_trace) {
    trynext::LoadOptions options;
    options.rules_dir = TRYNEXT_SOURCE_DIR "/rules";
    options.catalogue_db = TRYNEXT_CATALOGUE_DB;
    std::ifstream in(TRYNEXT_SOURCE_DIR "/examples/team-merger.json", std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    trynext::EvaluateOptions evaluate;
    evaluate.explain = with_trace;
    return trynext::Engine::load(options)->recommend(text, evaluate);
  };
  static const trynext::Result plain = make(false), explained = make(true);
  return explain ? explained : plain;
}

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    i += n;
  }
  return true;
}

// Every "<zq" in Markdown must be a literal: preceded by an odd number of backslashes.
bool markdown_escaped(const std::string& md) {
  for (std::size_t at = md.find("<zq"); at != std::string::npos; at = md.find("<zq", at + 1)) {
    std::size_t slashes = 0;
    while (slashes < at && md[at - 1 - slashes] == '\\') ++slashes;
    if (slashes % 2 == 0) return false;
  }
  return true;
}

struct Hostile {
  FuzzedDataProvider& data;
  // Valid UTF-8 as every string of a result is (the engine replaces what is not, common/utf8.h).
  void operator()(std::string& field) {
    field = trynext::replace_invalid_utf8("<zq" + data.ConsumeRandomLengthString(64) + "\"'&");
  }
};

void inject(trynext::Recommendation& r, Hostile& h) {
  h(r.title);
  h(r.summary);
  h(r.effort);
  for (auto& reason : r.rationale) {
    h(reason.text);
    for (auto& [path, value] : reason.inputs) h(value);
    for (auto& t : reason.thresholds) h(t.unit);
  }
  for (auto& n : r.notes) h(n);
  for (auto& c : r.cautions) h(c);
  for (auto& n : r.needs_first) h(n);
  for (auto& [key, value] : r.format) h(value);
  for (auto& e : r.evidence) {
    h(e.claim);
    h(e.citation);
    h(e.about);
  }
  h(r.evidence_summary.text);
  h(r.evidence_summary.caution);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  FuzzedDataProvider data(bytes, size);
  Hostile h{data};
  bool explained = data.ConsumeIntegralInRange<int>(0, 3) == 0;
  trynext::Result r = base(explained);
  h(r.team_name);
  for (auto& rec : r.recommendations) inject(rec, h);
  for (auto& rec : r.also_considered) inject(rec, h);
  for (auto& rec : r.keep_going) inject(rec, h);
  for (auto& f : r.factors) h(f.title);
  for (auto& w : r.warnings) h(w.message);
  r.warnings.push_back({"rule_error", "", "", ""});
  h(r.warnings.back().message);
  for (auto& t : r.trace) {
    h(t.title);
    h(t.error);
    for (auto& w : t.would_fire_if) h(w);
    for (auto& n : t.near_miss) h(n);
    for (auto& c : t.conditions) h(c.actual);
  }
  h(r.versions.rules);

  trynext::ReportOptions options;
  options.date =
      data.ConsumeBool() ? "2026-12-02" : trynext::replace_invalid_utf8("<zq" + data.ConsumeRandomLengthString(16));
  options.base_url = "http://127.0.0.1:8080";

  std::string html = trynext::render_report(r, trynext::ReportFormat::html, options);
  if (html.find("<zq") != std::string::npos || html.find("<script") != std::string::npos || !valid_utf8(html))
    std::abort();
  for (auto view : {trynext::ReportView::recommendations, trynext::ReportView::trace}) {
    if (view == trynext::ReportView::trace && !explained) continue;
    options.view = view;
    std::string md = trynext::render_report(r, trynext::ReportFormat::markdown, options);
    if (!markdown_escaped(md) || !valid_utf8(md)) std::abort();
    std::string text = trynext::render_report(r, trynext::ReportFormat::text, options);
    if (!valid_utf8(text)) std::abort();
  }
  options.view = trynext::ReportView::recommendations;
  std::string cards = trynext::render_report(r, trynext::ReportFormat::cards, options);
  auto parsed = nlohmann::json::parse(cards, nullptr, false);
  if (parsed.is_discarded() || !valid_utf8(cards)) std::abort();
  for (const auto& card : parsed["cards"])  // the detail is Markdown too
    if (!markdown_escaped(card["detail"].get<std::string>())) std::abort();
  std::string json = trynext::to_json(r);
  if (nlohmann::json::parse(json, nullptr, false).is_discarded()) std::abort();
  return 0;
}
