// Fuzz target: Engine::recommend on arbitrary bytes, with the default rules and the built
// catalogue: parsing, validation, evaluation, ranking, explanation and both renderers. Anything but
// a result or an InputError (another exception, a crash, a sanitizer report) is a finding, and so is
// a document the fast JSON path (simdjson) reads differently from the careful one (nlohmann).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "input/json_fast_path.h"
#include "input/json_text.h"
#include "trynext/engine.h"
#include "trynext/json.h"

namespace {

std::shared_ptr<const trynext::Engine> engine() {
  static auto e = [] {
    trynext::LoadOptions options;
    options.rules_dir = TRYNEXT_SOURCE_DIR "/rules";
    options.catalogue_db = TRYNEXT_CATALOGUE_DB;
    return trynext::Engine::load(options);
  }();
  return e;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto fast = trynext::read_json_fast(text)) {
    nlohmann::json careful;
    try {
      careful = trynext::parse_json_text_carefully(text);
    } catch (const trynext::InputError&) {
      std::abort();  // the fast path accepted what the careful path refuses
    }
    if (*fast != careful || fast->dump() != careful.dump()) std::abort();
  }
  auto e = engine();
  trynext::Validation v = e->validate(text);
  try {
    trynext::EvaluateOptions options;
    options.explain = size % 2 == 1;  // half the inputs with the trace, to exercise explain
    trynext::Result r = e->recommend(text, options);
    if (!v.ok()) std::abort();  // validate() refused what recommend() accepted
    std::string json = trynext::to_json(r);
    std::string plain = trynext::to_text(r);
    (void)nlohmann::json::parse(json);  // the renderer's JSON must parse back
    (void)plain;
  } catch (const trynext::InputError& error) {
    if (error.problems().empty() || v.ok()) std::abort();
    for (const auto& p : error.problems()) (void)nlohmann::json(p.to_string()).dump();  // messages are valid UTF-8
  }
  return 0;
}
