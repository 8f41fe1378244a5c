// The PDF report: the HTML report printed to A4 by a well-kept Debian tool found at run time
// (headless chromium, else weasyprint), in a subprocess. Kept out of the engine library, which never
// starts processes; the command line and the service use it.
#pragma once

#include <stdexcept>
#include <string>

namespace trynext::app {

// Why no PDF could be made; the message says what to install or what the tool said.
struct PdfError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct PdfOptions {
  int timeout_seconds = 60;  // the tool is killed (with its children) after this long
};

// The program that would print the PDF ("/usr/bin/chromium", "/usr/bin/weasyprint"), or empty when
// neither is on PATH. TRYNEXT_PDF_TOOL, when set, names it instead (a path; its base name says which
// tool it is: one containing "weasyprint" is run as weasyprint, anything else as chromium).
std::string pdf_tool();

// html printed to A4 (the page numbers come from the report's print stylesheet). Throws PdfError when
// no tool is found (naming the Debian packages), when the tool fails (with what it wrote) or takes
// longer than the timeout. The HTML is written to a private temporary directory (mode 0700), which
// is removed afterwards; the tool is started with an argument vector, never through a shell.
std::string html_to_pdf(const std::string& html, const PdfOptions& options = {});

}  // namespace trynext::app
