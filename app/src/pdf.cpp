// The PDF report (pdf.h): the HTML written to a private temporary directory and printed by headless
// chromium (--print-to-pdf) or weasyprint, started with posix_spawn and an argument vector, in its own
// process group so that a timeout kills the browser's helper processes too.
#include "trynext/app/pdf.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

extern char** environ;

namespace trynext::app {

namespace {

namespace fs = std::filesystem;

const char* const kInstall =
    "making a PDF needs a program that prints HTML: install Debian's chromium package (apt-get install "
    "chromium) or weasyprint (apt-get install weasyprint); the html, markdown and text formats need neither";

std::string on_path(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path && *path ? path : "/usr/local/bin:/usr/bin:/bin");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (dir.empty()) continue;
    fs::path candidate = fs::path(dir) / name;
    if (::access(candidate.c_str(), X_OK) == 0 && fs::is_regular_file(candidate)) return candidate.string();
  }
  return "";
}

bool is_weasyprint(const std::string& tool) {
  return fs::path(tool).filename().string().find("weasyprint") != std::string::npos;
}

// A directory only this user can read, removed when the object goes.
struct TempDir {
  fs::path path;
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/trynext-pdf-XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    if (!::mkdtemp(buf.data())) throw PdfError("cannot make a temporary directory under " + pattern);
    path = buf.data();
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs argv with standard output and error into log; the exit status, or throws on a timeout.
int run(const std::vector<std::string>& argv, const fs::path& log, int timeout_seconds) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&actions);
  posix_spawnattr_init(&attr);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attr, 0);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, args[0], &actions, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) throw PdfError("cannot start " + argv[0] + ": " + std::strerror(rc));
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  int status = 0;
  while (true) {
    pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) throw PdfError("waiting for " + argv[0] + " failed");
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(-pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      throw PdfError(argv[0] + " did not finish the PDF within " + std::to_string(timeout_seconds) + " seconds");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ::kill(-pid, SIGKILL);  // helpers the browser left behind, if any
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

}  // namespace

std::string pdf_tool() {
  if (const char* tool = std::getenv("TRYNEXT_PDF_TOOL"); tool && *tool) return tool;
  for (const char* name : {"chromium", "chromium-browser", "weasyprint"})
    if (std::string found = on_path(name); !found.empty()) return found;
  return "";
}

std::string html_to_pdf(const std::string& html, const PdfOptions& options) {
  const std::string tool = pdf_tool();
  if (tool.empty()) throw PdfError(kInstall);
  TempDir dir;
  const fs::path page = dir.path / "report.html", pdf = dir.path / "report.pdf", log = dir.path / "tool.log";
  {
    std::ofstream out(page, std::ios::binary);
    out << html;
    if (!out.flush()) throw PdfError("cannot write " + page.string());
  }
  std::vector<std::string> argv;
  if (is_weasyprint(tool)) {
    argv = {tool, "--quiet", "--encoding", "utf-8", page.string(), pdf.string()};
  } else {
    argv = {tool,
            "--headless",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--user-data-dir=" + (dir.path / "profile").string(),
            "--no-pdf-header-footer",
            "--print-to-pdf=" + pdf.string()};
    // Chromium refuses to run as root with its sandbox; the page is the engine's own, without script.
    if (::geteuid() == 0) argv.push_back("--no-sandbox");
    argv.push_back("file://" + page.string());
  }
  int status = run(argv, log, options.timeout_seconds);
  std::error_code ec;
  if (status != 0 || !fs::exists(pdf, ec) || fs::file_size(pdf, ec) == 0) {
    std::string said = read_file(log);
    if (said.size() > 2000) said = said.substr(said.size() - 2000);
    throw PdfError(tool + " did not make the PDF (exit status " + std::to_string(status) + ")" +
                   (said.empty() ? "" : ": " + said));
  }
  return read_file(pdf);
}

}  // namespace trynext::app
