#include "rule_set.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "digest.h"
#include "trynext/error.h"

namespace trynext {

namespace fs = std::filesystem;

static bool is_rule_file(const fs::path& relative) {
  std::string name = relative.filename().string();
  if (relative.extension() != ".lua") return false;
  if (name.size() > 6 && name.compare(name.size() - 6, 6, ".d.lua") == 0) return false;
  for (const auto& part : relative) if (part == "tests") return false;
  return true;
}

RuleFiles read_rule_files(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw LoadError(dir.string(), "rules_not_found", "no rules directory at " + fs::absolute(dir).string());
  RuleFiles out;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    fs::path relative = it->path().lexically_relative(dir);
    if (!is_rule_file(relative)) continue;
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) throw LoadError(it->path().string(), "unreadable", "cannot read " + it->path().string());
    std::ostringstream text;
    text << in.rdbuf();
    out.sources.push_back({relative.generic_string(), text.str()});
  }
  if (ec) throw LoadError(dir.string(), "unreadable", "cannot list " + dir.string() + ": " + ec.message());
  std::sort(out.sources.begin(), out.sources.end(), [](const RuleSource& a, const RuleSource& b) { return a.file < b.file; });
  Digest digest;
  for (const auto& s : out.sources) {
    digest.add_field(s.file);
    digest.add_field(s.text);
  }
  out.digest = digest.hex();
  return out;
}

}  // namespace trynext
