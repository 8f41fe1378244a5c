// The renderer interface: one function per format and view, each in its own file, all reading the same
// Report. render_report() (render_report.cpp) chooses among them; a new format is a new file, a value
// of ReportFormat and a row of its table.
#pragma once

#include <string>

#include "render/report_model.h"
#include "trynext/report.h"

namespace trynext::report {

using Renderer = std::string (*)(const Report& report, const ReportOptions& options);

std::string render_text(const Report& report, const ReportOptions& options);        // text.cpp
std::string render_trace_text(const Report& report, const ReportOptions& options);  // explain_text.cpp
std::string render_markdown(const Report& report, const ReportOptions& options);    // markdown.cpp
std::string render_trace_markdown(const Report& report, const ReportOptions& options);
std::string render_cards(const Report& report, const ReportOptions& options);  // cards.cpp
std::string render_html(const Report& report, const ReportOptions& options);   // html.cpp

}  // namespace trynext::report
