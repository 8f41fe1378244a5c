// The HTML report's one escaping function (html_escape.h).
#include "render/html_escape.h"

#include "common/utf8.h"

namespace trynext::report::html {

std::string escape(std::string_view text) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t n = utf8_sequence(text, i);
    if (n == 0) {  // not UTF-8: one U+FFFD for the bytes a decoder would drop together
      out += kReplacement;
      i += invalid_utf8_length(text, i);
      continue;
    }
    if (n > 1) {
      // C1 controls (U+0080 to U+009F) are two bytes, C2 80 to C2 9F.
      unsigned second = static_cast<unsigned char>(text[i + 1]);
      if (n == 2 && static_cast<unsigned char>(text[i]) == 0xC2 && second < 0xA0)
        out += kReplacement;
      else
        out.append(text.substr(i, n));
      i += n;
      continue;
    }
    char c = text[i++];
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\t':
      case '\n':
      case '\r':
        out += c;
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
          out += kReplacement;
        else
          out += c;
    }
  }
  return out;
}

}  // namespace trynext::report::html

namespace trynext {

std::string html_escape(std::string_view text) { return report::html::escape(text); }

}  // namespace trynext
