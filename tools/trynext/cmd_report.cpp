// trynext report FILE [-o OUT] [--format html|pdf|markdown|text]: the answer as a document a manager
// reads at a glance, prints for a team meeting or attaches to a board paper (docs/report.md). The
// format comes from --format, else from the extension of -o, else html. Evaluated with explain on, so
// that the report can say what came close (near misses); the text format is what trynext recommend
// prints.
#include <sys/ioctl.h>
#include <unistd.h>

#include <fstream>
#include <iostream>

#include "common.h"
#include "trynext/app/pdf.h"
#include "trynext/report.h"

namespace trynext_cli {

namespace {

struct ReportFlags {
  std::string file = "-";
  std::string out;
  std::string format;
  std::string date;
  int top = 5;
  EngineFlags engine;
};

// The format an output file's name asks for, or empty.
std::string format_of_name(const std::string& name) {
  auto dot = name.rfind('.');
  if (dot == std::string::npos) return "";
  std::string ext = name.substr(dot + 1);
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "html" || ext == "htm") return "html";
  if (ext == "pdf") return "pdf";
  if (ext == "md" || ext == "markdown") return "markdown";
  if (ext == "txt") return "text";
  return "";
}

std::size_t terminal_width() {
  winsize ws{};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) return ws.ws_col;
  return 80;
}

void run(const ReportFlags& flags) {
  std::string format = flags.format;
  if (format.empty() && !flags.out.empty()) {
    format = format_of_name(flags.out);
    if (format.empty()) {
      complain("report: cannot tell the format from the name " + flags.out +
               ": end it in .html, .pdf, .md or .txt, or give --format html|pdf|markdown|text");
      throw Exit{kBadInput};
    }
  }
  if (format.empty()) format = "html";
  const bool to_stdout = flags.out.empty() || flags.out == "-";
  if (format == "pdf" && to_stdout && ::isatty(STDOUT_FILENO)) {
    complain("report: a PDF is not for a terminal: write it to a file with -o report.pdf (or redirect the output)");
    throw Exit{kBadInput};
  }
  trynext::EvaluateOptions evaluate;
  evaluate.top_n = flags.top;
  // The text report is trynext recommend's answer; the documents also say what came close.
  evaluate.explain = format != "text";
  trynext::Result result = evaluate_file(flags.file, flags.engine, evaluate);
  trynext::ReportOptions options;
  options.date = flags.date;
  options.width = terminal_width();
  std::string document;
  if (format == "pdf") {
    try {
      document = trynext::app::html_to_pdf(trynext::render_report(result, trynext::ReportFormat::html, options));
    } catch (const trynext::app::PdfError& e) {
      complain(std::string("report: ") + e.what());
      throw Exit{kBadInput};
    }
  } else {
    document = trynext::render_report(result, *trynext::parse_report_format(format), options);
  }
  if (to_stdout) {
    std::cout.write(document.data(), static_cast<std::streamsize>(document.size()));
    std::cout.flush();
    return;
  }
  std::ofstream out(flags.out, std::ios::binary | std::ios::trunc);
  out.write(document.data(), static_cast<std::streamsize>(document.size()));
  if (!out.flush()) {
    complain("report: cannot write " + flags.out);
    throw Exit{kBadInput};
  }
  std::cerr << "trynext: wrote " << flags.out << " (" << format << ", " << document.size() << " bytes)\n";
}

}  // namespace

void add_report_command(CLI::App& app) {
  auto flags = std::make_shared<ReportFlags>();
  CLI::App* cmd = app.add_subcommand(
      "report", "The answer as a report to read, print or attach: HTML (with a chart), PDF, Markdown or text");
  cmd->add_option("file", flags->file, "Assessment (JSON); - or nothing reads standard input");
  cmd->add_option("-o,--output", flags->out,
                  "Write the report to this file; its extension (.html, .pdf, .md, .txt) gives the format");
  cmd->add_option("--format", flags->format,
                  "html (default), pdf (needs chromium or weasyprint), markdown or text; wins over -o's extension")
      ->check(CLI::IsMember({"html", "pdf", "markdown", "text"}));
  cmd->add_option("--date", flags->date, "The report's date, YYYY-MM-DD (default: today, UTC)")
      ->check(CLI::Validator(
          [](std::string& d) {
            bool ok = d.size() == 10 && d[4] == '-' && d[7] == '-';
            for (std::size_t i = 0; ok && i < d.size(); ++i)
              ok = i == 4 || i == 7 || std::isdigit(static_cast<unsigned char>(d[i]));
            return ok ? std::string() : "the date must be written YYYY-MM-DD, got \"" + d + "\"";
          },
          "YYYY-MM-DD"));
  cmd->add_option("--top", flags->top, "How many recommendations before 'also considered' (default 5)")
      ->check(CLI::Range(1, 100));
  add_engine_flags(cmd, flags->engine);
  cmd->callback([flags] { run(*flags); });
}

}  // namespace trynext_cli
