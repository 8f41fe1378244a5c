// The one escaping function of the HTML report: every text the report shows (team names, rule
// reasons, catalogue entries, versions) goes through it, so that no input can become markup.
#pragma once

#include <string>
#include <string_view>

namespace trynext::report::html {

// text as HTML character data or a quoted attribute value: & < > " ' become character references;
// each invalid UTF-8 sequence, and each control character but tab, line feed and carriage return,
// becomes U+FFFD (HTML forbids them, and a browser would guess an encoding); nothing else changes.
std::string escape(std::string_view text);

}  // namespace trynext::report::html
