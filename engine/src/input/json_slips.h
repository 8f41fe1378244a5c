// What a person most likely did wrong where a hand-filled assessment stops being JSON, and the fix:
// a bare word where text needs quotes, 70%, a comma after the last item, single quotes, a missing
// comma between lines, ... The parser's own message says only what it expected ("expected '}'").
// Only a diagnosis for the message: the text stays refused.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace trynext {

// For text that the JSON parser refused at byte offset error_at (the byte it stopped on): the
// likely fix, naming its line and column ("remove the comma at line 3, column 20 (...)"), or ""
// when no known slip explains the error.
std::string diagnose_json_slip(std::string_view text, std::size_t error_at);

}  // namespace trynext
