// POST /v1/reports: the report of an assessment as a document (HTML, PDF or Markdown), the same as
// trynext report writes. service.cpp reads the body and routes here.
#pragma once

#include <string>

#include <httplib.h>

#include "trynext/engine.h"

namespace trynext_serve {

// Evaluates body (an assessment) with explain on and answers with its report in the format the query
// names (html by default). Errors are the JSON error documents of POST /v1/recommendations; a PDF
// asked of a machine without chromium or weasyprint is 503 pdf_unavailable, naming the package.
void send_report(const trynext::Engine& engine, int top, const httplib::Request& req, httplib::Response& res,
                 const std::string& body);

}  // namespace trynext_serve
