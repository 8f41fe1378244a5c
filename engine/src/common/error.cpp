#include "trynext/error.h"

namespace trynext {

std::string Problem::to_string() const {
  if (line > 0) return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message;
  if (path.empty()) return message;
  return path + ": " + message;
}

std::string Diagnostic::to_string() const {
  std::string s = file;
  if (line > 0) s += ":" + std::to_string(line);
  s += ": ";
  if (warning) s += "warning: ";
  if (!code.empty()) s += code + ": ";
  return s + message;
}

static std::string summarise(const std::vector<Problem>& problems) {
  if (problems.empty()) return "invalid input";
  std::string s = problems.front().to_string();
  if (problems.size() > 1) s += " (and " + std::to_string(problems.size() - 1) + " more)";
  return s;
}

static std::string summarise(const std::vector<Diagnostic>& diagnostics) {
  if (diagnostics.empty()) return "load failed";
  std::string s = diagnostics.front().to_string();
  if (diagnostics.size() > 1) s += " (and " + std::to_string(diagnostics.size() - 1) + " more)";
  return s;
}

InputError::InputError(std::vector<Problem> problems) : Error(summarise(problems)), problems_(std::move(problems)) {}

LoadError::LoadError(std::vector<Diagnostic> diagnostics)
    : Error(summarise(diagnostics)), diagnostics_(std::move(diagnostics)) {}

LoadError::LoadError(std::string file, std::string code, std::string message)
    : LoadError(std::vector<Diagnostic>{Diagnostic{std::move(file), 0, std::move(code), std::move(message), false}}) {}

}  // namespace trynext
