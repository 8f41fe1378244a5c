// Reading JSON text into a document, with errors a person can act on: line and column for text that
// is not JSON, and refusal of what JSON allows but an assessment must never contain (duplicate keys,
// absurd nesting).
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "trynext/error.h"

namespace trynext {

constexpr int kMaxJsonDepth = 64;

// Parses text as JSON. Throws InputError with one Problem carrying line and column.
nlohmann::json parse_json_text(std::string_view text);

// Line and column (1-based) of a byte offset in text.
void line_and_column(std::string_view text, std::size_t offset, int& line, int& column);

}  // namespace trynext
