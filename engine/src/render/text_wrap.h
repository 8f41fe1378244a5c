// Word wrapping for the text renderer (text.cpp).
#pragma once

#include <cstddef>
#include <string>

namespace trynext::report {

// text's words in lines of at most width columns (a longer word stands alone), each line starting
// with indent and ending with a newline; "" for text without words.
std::string wrap_text(const std::string& text, const std::string& indent, std::size_t width);
// The same with a hanging indent: the first line starts with first, the others with rest ("- item").
std::string wrap_text(const std::string& text, const std::string& first, const std::string& rest,
                      std::size_t width);

}  // namespace trynext::report
