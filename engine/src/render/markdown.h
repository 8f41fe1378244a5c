// The Markdown renderer's pieces, shared with the cards (whose detail is a recommendation in Markdown).
#pragma once

#include <string>
#include <string_view>

#include "render/report_model.h"

namespace trynext::report::markdown {

// text as Markdown that reads as the plain sentence it is: the characters that would change its
// meaning are escaped, and a line break becomes a space (it would end a list item or a table row).
std::string escape(std::string_view text);

// One recommendation: its summary; a line of its label, level, effort and rank; a gap when it is in
// place but short of the standard; why (each reason with its rule); what it involves; what must be in
// place first; cautions (the most relevant first); the evidence in words, then each item with its
// grade in words; notes. Sections with nothing to say are left out.
std::string item(const Item& item);

}  // namespace trynext::report::markdown
