// Reading JSON text into a document, with errors a person can act on: line and column for text that
// is not JSON, and refusal of what JSON allows but an assessment must never contain (duplicate keys,
// absurd nesting, numbers beyond double, absurd sizes).
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "trynext/error.h"

namespace trynext {

constexpr int kMaxJsonDepth = 64;
// An assessment is a few kilobytes (a few hundred values); these bound what a hostile document can
// make the parser, the validator and its list of problems hold in memory.
constexpr std::size_t kMaxJsonBytes = 1u << 20;
constexpr std::size_t kMaxJsonValues = 10000;

// Parses text as JSON. Throws InputError with one Problem (with line and column when the text is
// not JSON), and nothing else for any text. Reads with simdjson first (json_fast_path.h) and falls
// back to parse_json_text_carefully for anything simdjson does not accept whole.
nlohmann::json parse_json_text(std::string_view text);

// The same with nlohmann's parser alone: slower, but it is what explains every refusal (line and
// column, the duplicate key, the limit) and what accepts comments. The reference for the fast path.
nlohmann::json parse_json_text_carefully(std::string_view text);

// text as valid UTF-8 of at most max_bytes (U+FFFD for each byte that is not part of a valid
// sequence; cut at a character boundary and marked "..." when longer): for messages that quote
// what a document or a rule gave.
std::string valid_utf8_text(std::string_view text, std::size_t max_bytes);

// A number as messages write it: whole numbers without a fraction ("30", not "30.0"), others as
// JSON writes them (the shortest text that reads back as the same double).
std::string number_text(double d);

// Line and column (1-based) of a byte offset in text.
void line_and_column(std::string_view text, std::size_t offset, int& line, int& column);

}  // namespace trynext
