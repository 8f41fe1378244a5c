// The engine's one UTF-8 check: what counts as a valid sequence, and how text that is not valid is
// made valid. JSON output, messages that quote input and the warnings about a rule's text all use
// it, so they agree on which bytes are bad.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace trynext {

namespace utf8_internal {

inline unsigned byte_at(std::string_view s, std::size_t k) {
  return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u;
}
inline bool continuation(unsigned b) { return (b & 0xC0u) == 0x80u; }

// Bytes in the sequence a lead byte c starts, or 0 when c starts none.
inline std::size_t sequence_length(unsigned c) {
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return 2;
  if (c >= 0xE0 && c <= 0xEF) return 3;
  if (c >= 0xF0 && c <= 0xF4) return 4;
  return 0;
}

// Whether d may follow the lead byte c: the first continuation is where overlong forms, surrogates
// and values above U+10FFFF are told apart.
inline bool second_byte_fits(unsigned c, unsigned d) {
  if (c == 0xE0) return d >= 0xA0 && d <= 0xBF;
  if (c == 0xED) return d >= 0x80 && d <= 0x9F;
  if (c == 0xF0) return d >= 0x90 && d <= 0xBF;
  if (c == 0xF4) return d >= 0x80 && d <= 0x8F;
  return continuation(d);
}

// How many bytes from s[i] (a lead byte of a sequence of length > 1) are a valid sequence or a valid
// start of one.
inline std::size_t valid_prefix(std::string_view s, std::size_t i, std::size_t length) {
  if (!second_byte_fits(byte_at(s, i), byte_at(s, i + 1)) || i + 1 >= s.size()) return 1;
  std::size_t k = 2;
  while (k < length && continuation(byte_at(s, i + k))) ++k;
  return k;
}

}  // namespace utf8_internal

// Length (1 to 4) of the valid UTF-8 sequence starting at s[i], or 0 when the bytes there are not one
// (or i is past the end): no overlong forms, no surrogates, nothing above U+10FFFF (RFC 3629, and
// what nlohmann::json's decoder accepts).
inline std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  using namespace utf8_internal;
  unsigned c = byte_at(s, i);
  if (c < 0x80) return i < s.size() ? 1 : 0;
  // Straight-line tests: the JSON writer calls this for every non-ASCII character it writes.
  if (c >= 0xC2 && c <= 0xDF) return continuation(byte_at(s, i + 1)) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF)
    return second_byte_fits(c, byte_at(s, i + 1)) && continuation(byte_at(s, i + 2)) ? 3 : 0;
  if (c >= 0xF0 && c <= 0xF4)
    return second_byte_fits(c, byte_at(s, i + 1)) && continuation(byte_at(s, i + 2)) &&
                   continuation(byte_at(s, i + 3))
               ? 4
               : 0;
  return 0;
}

// Where utf8_sequence(s, i) is 0: how many bytes one U+FFFD stands for. The longest start of a
// sequence that could still have become valid, or the one byte that could not start any ("maximal
// subparts", as nlohmann::json's error_handler_t::replace and the Unicode standard count them).
std::size_t invalid_utf8_length(std::string_view s, std::size_t i);

bool is_valid_utf8(std::string_view s);

// s with each invalid sequence (as invalid_utf8_length counts it) replaced by U+FFFD.
std::string replace_invalid_utf8(std::string_view s);

}  // namespace trynext
