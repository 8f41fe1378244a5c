// The Markdown renderer's pieces, shared with the cards (whose detail is a recommendation in Markdown).
#pragma once

#include <string>
#include <string_view>

#include "render/report_model.h"

namespace trynext::report::markdown {

// text as Markdown that reads as the plain sentence it is: the characters that would change its
// meaning are escaped, and a line break becomes a space (it would end a list item or a table row).
std::string escape(std::string_view text);

// One recommendation: its summary, why (each reason with its rule), the evidence with its grade and
// certainty, cautions, notes, and a closing line of level, effort, priority and rank.
std::string item(const Item& item);

}  // namespace trynext::report::markdown
