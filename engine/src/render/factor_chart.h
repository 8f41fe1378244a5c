// The factor chart of the HTML report, drawn by the engine as inline SVG (no script, no library), so
// that the page, its PDF and a screen reader get the same figure.
#pragma once

#include <string>
#include <vector>

#include "render/report_model.h"

namespace trynext::report::html {

// One horizontal bar per factor, split into met / partly / not met / not answered with each count
// written on its part, a legend, and a <title> and <desc> (the description says every count in
// words); id_prefix makes the ids of those unique in the page. Empty when there are no factors.
std::string factor_chart(const std::vector<FactorLine>& factors, const std::string& id_prefix);

}  // namespace trynext::report::html
