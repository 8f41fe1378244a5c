// render_report(): the one entry to the renderers. It builds the Report once and hands it to the
// renderer of the format and view asked for; the table below is every (format, view) there is.
#include <array>
#include <stdexcept>

#include "render/renderers.h"

namespace trynext {

namespace {

struct Format {
  ReportFormat format;
  std::string_view name;
  report::Renderer recommendations;  // null: not offered (json: see render_report)
  report::Renderer trace;
};

constexpr std::array<Format, 5> kFormats = {{
    {ReportFormat::text, "text", report::render_text, report::render_trace_text},
    {ReportFormat::json, "json", nullptr, nullptr},
    {ReportFormat::markdown, "markdown", report::render_markdown, report::render_trace_markdown},
    {ReportFormat::cards, "cards", report::render_cards, nullptr},
    {ReportFormat::html, "html", report::render_html, nullptr},
}};

const Format& format_of(ReportFormat format) {
  for (const auto& f : kFormats)
    if (f.format == format) return f;
  throw std::invalid_argument("render_report: unknown report format");
}

}  // namespace

std::string render_report(const Result& result, ReportFormat format, const ReportOptions& options) {
  // json is the public contract, written from the Result itself (render_json.cpp) in either view, and
  // the service's most frequent answer: the Report is not built for it.
  if (format == ReportFormat::json) return to_json(result, options.json_indent);
  const Format& f = format_of(format);
  report::Renderer renderer = options.view == ReportView::trace ? f.trace : f.recommendations;
  if (!renderer)
    throw std::invalid_argument("render_report: the " + std::string(f.name) + " format has no " +
                                (options.view == ReportView::trace ? "trace" : "recommendations") + " view");
  return renderer(report::build(result), options);
}

std::optional<ReportFormat> parse_report_format(std::string_view name) {
  for (const auto& f : kFormats)
    if (f.name == name) return f.format;
  return std::nullopt;
}

std::string_view report_format_name(ReportFormat format) { return format_of(format).name; }

}  // namespace trynext
