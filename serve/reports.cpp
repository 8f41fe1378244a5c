// POST /v1/reports (reports.h) and its OpenAPI operation. The documents are the engine's renderers'
// (render_report) and, for PDF, app/'s printing of the HTML; the HTML is served with a
// Content-Security-Policy that allows nothing but its own inline styles, as it holds a client's text.
#include "reports.h"

#include <mutex>

#include "responses.h"
#include "routes.h"
#include "trynext/app/pdf.h"
#include "trynext/json.h"
#include "trynext/report.h"

namespace trynext_serve {

using nlohmann::json;

void send_report(const trynext::Engine& engine, int top, const httplib::Request& req, httplib::Response& res,
                 const std::string& body) {
  std::string format = req.has_param("format") ? req.get_param_value("format") : "html";
  if (format != "html" && format != "pdf" && format != "markdown")
    return send_error(res, 400, "invalid_parameter", "format must be html, pdf or markdown, got \"" + format + "\"");
  trynext::EvaluateOptions evaluate;
  evaluate.top_n = top;
  evaluate.explain = true;  // for the near misses
  trynext::Result result;
  try {
    result = engine.recommend(body, evaluate);
  } catch (const trynext::InputError& e) { return send(res, 400, trynext::error_json(e)); }
  if (format == "markdown") {
    res.status = 200;
    res.set_content(trynext::render_report(result, trynext::ReportFormat::markdown), "text/markdown; charset=utf-8");
    return;
  }
  std::string html = trynext::render_report(result, trynext::ReportFormat::html);
  res.set_header("X-Content-Type-Options", "nosniff");
  if (format == "html") {
    res.set_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    res.status = 200;
    res.set_content(html, "text/html; charset=utf-8");
    return;
  }
  // One browser at a time: each PDF starts one, which a 2-core machine feels.
  static std::mutex printing;
  std::string pdf;
  try {
    std::lock_guard<std::mutex> lock(printing);
    pdf = trynext::app::html_to_pdf(html);
  } catch (const trynext::app::PdfError& e) { return send_error(res, 503, "pdf_unavailable", e.what()); }
  res.status = 200;
  res.set_header("Content-Disposition", "inline; filename=\"trynext-report.pdf\"");
  res.set_content(pdf, "application/pdf");
}

json report_operation() {
  json rules_header = {{"X-Trynext-Rules", {{"$ref", "#/components/headers/X-Trynext-Rules"}}}};
  return {{"operationId", "report"},
          {"summary", "The report of an assessment: HTML (with the factor chart), PDF or Markdown"},
          {"description",
           "Evaluates the assessment (with explain on, so the report can name near misses) and answers with the "
           "report trynext report writes (docs/report.md): one self-contained HTML page (inline styles and SVG, no "
           "script), that page printed to A4 (needs chromium or weasyprint on the server), or Markdown. Errors are "
           "JSON, as for /v1/recommendations."},
          {"parameters",
           {{{"name", "format"},
             {"in", "query"},
             {"required", false},
             {"description", "html (default), pdf or markdown."},
             {"schema", {{"enum", {"html", "pdf", "markdown"}}, {"default", "html"}}}}}},
          {"requestBody",
           {{"required", true}, {"content", {{"application/json", {{"schema", schema_ref("Assessment")}}}}}}},
          {"responses",
           {{"200",
             {{"description", "The report."},
              {"headers", rules_header},
              {"content",
               {{"text/html", {{"schema", {{"type", "string"}}}}},
                {"application/pdf", {{"schema", {{"type", "string"}, {"contentMediaType", "application/pdf"}}}}},
                {"text/markdown", {{"schema", {{"type", "string"}}}}}}}}},
            {"400", error_response("The body is not JSON or not a valid assessment (error.problems lists each, by JSON "
                                   "path), or format is not html, pdf or markdown.")},
            {"408", error_response("The body took longer than the request timeout to arrive.")},
            {"413", error_response("The body is larger than the limit (--max-body, 1 MiB by default).")},
            {"415", error_response("A multipart form, or a Content-Encoding other than gzip, deflate or br.")},
            {"500", error_response("A bug in trynext.")},
            {"503", error_response("format=pdf, but the server has neither chromium nor weasyprint (the message names "
                                   "the Debian packages), or printing failed or took too long.")}}}};
}

}  // namespace trynext_serve
