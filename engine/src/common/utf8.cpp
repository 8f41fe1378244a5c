// The out-of-line half of utf8.h: the slow paths, taken only where text is not valid UTF-8.
#include "common/utf8.h"

#include <cstdint>
#include <cstring>

namespace trynext {

std::size_t invalid_utf8_length(std::string_view s, std::size_t i) {
  using namespace utf8_internal;
  std::size_t length = sequence_length(byte_at(s, i));
  return length <= 1 ? 1 : valid_prefix(s, i, length);
}

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    // Eight bytes at a time while they are ASCII: what a rule's text nearly always is.
    for (std::uint64_t x; i + 8 <= s.size() && (std::memcpy(&x, s.data() + i, 8), (x & 0x8080808080808080ull) == 0);)
      i += 8;
    if (i >= s.size()) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = utf8_sequence(s, i);
    if (!n) return false;
    i += n;
  }
  return true;
}

std::string replace_invalid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size();) {
    if (std::size_t n = utf8_sequence(s, i)) {
      out.append(s.substr(i, n));
      i += n;
    } else {
      out += "\xEF\xBF\xBD";
      i += invalid_utf8_length(s, i);
    }
  }
  return out;
}

}  // namespace trynext
