// Word wrapping for the text renderers. Widths count bytes, not characters.
#include "render/text_wrap.h"

#include <sstream>

namespace trynext::report {

std::string wrap_text(const std::string& text, const std::string& indent, std::size_t width) {
  return wrap_text(text, indent, indent, width);
}

std::string wrap_text(const std::string& text, const std::string& first, const std::string& rest, std::size_t width) {
  std::istringstream words(text);
  std::string word, line, out;
  const std::string* indent = &first;
  while (words >> word) {
    if (!line.empty() && indent->size() + line.size() + 1 + word.size() > width) {
      out += *indent + line + "\n";
      line.clear();
      indent = &rest;
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) out += *indent + line + "\n";
  return out;
}

}  // namespace trynext::report
