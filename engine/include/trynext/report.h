// A result rendered for people or tools, in one of several formats, all from one model of what the
// report says (so that a fact added to the model appears in every format).
//
//   std::string text = trynext::render_report(result, trynext::ReportFormat::markdown, {});
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "trynext/result.h"

namespace trynext {

enum class ReportFormat {
  text,      // for a manager reading a terminal: what to_text() writes
  json,      // the public contract: what to_json() writes
  markdown,  // a whole report in CommonMark, for a page, an e-mail or a ticket
  cards,     // CDS Hooks-style cards as JSON text, {"cards": [...]}, one per recommendation
  html,      // one self-contained HTML page (inline styles and SVG chart, no script), to read, print or turn into
             // PDF (docs/report.md); recommendations view only
};

// What the report covers.
enum class ReportView {
  recommendations,  // the recommendations and everything around them (trynext recommend)
  trace,            // every rule of an explained result, with what it read, tested and cost (trynext explain);
                    // needs Result::explained, else the trace is empty
};

struct ReportOptions {
  ReportView view = ReportView::recommendations;
  // cards: the service's absolute URL without a trailing slash ("http://127.0.0.1:8080"), the base of
  // links to catalogue entries; empty gives links relative to the host ("/v1/catalogue/ID").
  std::string base_url;
  // text: the column lines are wrapped at.
  std::size_t width = 92;
  // text: bold titles and headings, and "Act now" in red, with ANSI escapes (for a terminal only).
  bool color = false;
  // json: spaces per level, or -1 for one line.
  int json_indent = 2;
  // html: the report's date, as YYYY-MM-DD (shown as "2 December 2026") or any text; empty: today in UTC.
  std::string date;
};

// The result in that format. json is to_json() whatever the view; cards have no trace view. Throws
// std::invalid_argument for a format and view that do not go together, and what to_json() throws
// (nlohmann::json::exception on text that is not UTF-8) for json.
std::string render_report(const Result& result, ReportFormat format, const ReportOptions& options = {});

// text as HTML character data or a quoted attribute value, as the HTML report escapes everything it
// shows (for a tool that adds its own section to that report): & < > " ' become character
// references; each invalid UTF-8 sequence, and each control character but tab, line feed and carriage
// return, becomes U+FFFD; nothing else changes.
std::string html_escape(std::string_view text);

// The format of that name ("text", "json", "markdown", "cards", "html"), or none.
std::optional<ReportFormat> parse_report_format(std::string_view name);

// The name parse_report_format() reads.
std::string_view report_format_name(ReportFormat format);

}  // namespace trynext
