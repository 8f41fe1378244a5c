// The fast way to read an assessment: simdjson, converted to the nlohmann::json document the rest of
// the engine reads. Parsing was the largest fixed cost of an evaluation (docs/performance.md); simdjson
// reads a 2.5 kB assessment about five times faster, conversion included.
//
// It only ever accepts: anything it does not take whole (text that is not JSON, a comment, a
// duplicate key, nesting or a value count over the limits, a number it reads differently) gets
// nullopt, and parse_json_text() reads that text again the careful way, which explains the refusal
// exactly as before. So for any text the fast path accepts, the document is the one the careful
// path would give; tests/unit/json_text_test.cpp and the assessment fuzz target check that.
#pragma once

#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

namespace trynext {

std::optional<nlohmann::json> read_json_fast(std::string_view text);

}  // namespace trynext
