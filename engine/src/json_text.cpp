#include "json_text.h"

#include <set>
#include <string>
#include <vector>

namespace trynext {

void line_and_column(std::string_view text, std::size_t offset, int& line, int& column) {
  line = 1;
  column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
}

namespace {

// Thrown from the parse callback; turned into a Problem with the position where it was detected.
struct Refusal {
  std::string message;
};

}  // namespace

nlohmann::json parse_json_text(std::string_view text) {
  // One set of keys per open object, to refuse duplicates (nlohmann keeps the last one silently).
  std::vector<std::set<std::string>> open_objects;
  std::vector<std::string> path;  // keys of the open objects, for the message
  std::string last_key;
  auto callback = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
    using E = nlohmann::json::parse_event_t;
    if (depth > kMaxJsonDepth) throw Refusal{"nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels"};
    switch (event) {
      case E::object_start: open_objects.emplace_back(); break;
      case E::object_end: if (!open_objects.empty()) open_objects.pop_back(); break;
      case E::key: {
        last_key = parsed.get<std::string>();
        if (!open_objects.empty() && !open_objects.back().insert(last_key).second)
          throw Refusal{"duplicate key \"" + last_key + "\""};
        break;
      }
      default: break;
    }
    return true;
  };
  try {
    return nlohmann::json::parse(text.begin(), text.end(), callback, true, /*ignore_comments=*/true);
  } catch (const nlohmann::json::parse_error& e) {
    Problem p;
    line_and_column(text, e.byte == 0 ? 0 : e.byte - 1, p.line, p.column);
    std::string what = e.what();
    // nlohmann's text starts with "[json.exception.parse_error.101] parse error at line 1, column 2: ".
    auto colon = what.find(": ", what.find("parse error"));
    std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
    p.message = "not valid JSON: " + detail;
    throw InputError({p});
  } catch (const Refusal& r) {
    Problem p;
    p.message = "not accepted: " + r.message;
    throw InputError({p});
  }
}

}  // namespace trynext
