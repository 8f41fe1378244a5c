// Errors the library reports. Two kinds matter to callers: the input was wrong (InputError, the
// caller's data) or the rule set / catalogue could not be loaded (LoadError, the deployment).
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace trynext {

// One problem with an input document, named by its JSON path ("team.headcount") or, for text that
// is not JSON at all, by line and column.
struct Problem {
  std::string path;     // JSON path; empty for the document as a whole
  std::string message;  // what is wrong, naming the rule and the value
  int line = 0;         // for malformed JSON only (1-based)
  int column = 0;

  std::string to_string() const;  // "team.headcount: must be at least 1, got 0"
};

// A problem in a rule file or a catalogue source, named by file and line.
struct Diagnostic {
  std::string file;
  int line = 0;
  std::string code;  // stable identifier, e.g. "syntax_error", "unknown_intervention"
  std::string message;
  bool warning = false;  // warnings do not stop a load

  std::string to_string() const;  // "rules/x.lua:12: unknown_intervention: ..."
};

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The assessment is not valid JSON or does not satisfy the instrument. Every problem is listed.
class InputError : public Error {
 public:
  explicit InputError(std::vector<Problem> problems);
  const std::vector<Problem>& problems() const { return problems_; }

 private:
  std::vector<Problem> problems_;
};

// The rules directory or the catalogue could not be loaded. Every diagnostic is listed.
class LoadError : public Error {
 public:
  explicit LoadError(std::vector<Diagnostic> diagnostics);
  LoadError(std::string file, std::string code, std::string message);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace trynext
