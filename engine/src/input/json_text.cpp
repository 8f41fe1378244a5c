#include "input/json_text.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "common/utf8.h"
#include "input/json_fast_path.h"
#include "input/json_slips.h"

namespace trynext {

std::string number_text(double d) {
  nlohmann::json j = d;
  if (std::floor(d) == d && std::fabs(d) < 1e15) j = static_cast<long long>(d);
  return j.dump();
}

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

std::string valid_utf8_text(std::string_view raw, std::size_t max_bytes) {
  std::string out;
  out.reserve(std::min(raw.size(), max_bytes) + 8);
  for (std::size_t i = 0; i < raw.size();) {
    std::size_t n = utf8_sequence(raw, i);
    std::size_t add = n ? n : 3;
    if (out.size() + add > max_bytes) {
      // Make room for the mark, cutting at a character boundary.
      while (!out.empty() && out.size() + 3 > max_bytes) {
        std::size_t last = out.size() - 1;
        while (last > 0 && (static_cast<unsigned char>(out[last]) & 0xC0u) == 0x80u) --last;
        out.resize(last);
      }
      out += "...";
      break;
    }
    if (n)
      out.append(raw.substr(i, n));
    else
      out += "\xEF\xBF\xBD";
    i += n ? n : 1;
  }
  return out;
}

namespace {

// Thrown from the parse callback; turned into a Problem with the position where it was detected.
struct Refusal {
  std::string message;
};

// Parser messages quote what was read ("last read: '...'"), which may be long and not UTF-8.
constexpr std::size_t kMaxMessageBytes = 300;

void refuse_size(std::string_view text) {
  if (text.size() > kMaxJsonBytes) {
    Problem p;
    p.message = "not accepted: the document is " + std::to_string(text.size()) +
                " bytes; an assessment may be at most " + std::to_string(kMaxJsonBytes) + " bytes";
    throw InputError({p});
  }
}

}  // namespace

nlohmann::json parse_json_text(std::string_view text) {
  // The fast path takes nothing over kMaxJsonBytes; the careful path refuses it with the message.
  if (auto document = read_json_fast(text)) return std::move(*document);
  return parse_json_text_carefully(text);
}

nlohmann::json parse_json_text_carefully(std::string_view text) {
  refuse_size(text);
  // One set of keys per open object, to refuse duplicates (nlohmann keeps the last one silently).
  std::vector<std::set<std::string>> open_objects;
  std::string last_key;
  std::size_t values = 0;
  auto callback = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
    using E = nlohmann::json::parse_event_t;
    if (depth > kMaxJsonDepth) throw Refusal{"nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels"};
    if ((event == E::value || event == E::object_start || event == E::array_start) && ++values > kMaxJsonValues)
      throw Refusal{"more than " + std::to_string(kMaxJsonValues) + " values; an assessment has a few hundred"};
    switch (event) {
      case E::object_start:
        open_objects.emplace_back();
        break;
      case E::object_end:
        if (!open_objects.empty()) open_objects.pop_back();
        break;
      case E::key: {
        last_key = parsed.get<std::string>();
        if (!open_objects.empty() && !open_objects.back().insert(last_key).second)
          throw Refusal{"duplicate key \"" + last_key + "\""};
        break;
      }
      default:
        break;
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
    // A person fixing a hand-filled template needs the fix first; the parser's words follow.
    std::string fix = diagnose_json_slip(text, e.byte == 0 ? 0 : e.byte - 1);
    p.message =
        "not valid JSON: " + (fix.empty() ? valid_utf8_text(detail, kMaxMessageBytes)
                                          : fix + " (the parser: " + valid_utf8_text(detail, kMaxMessageBytes) + ")");
    throw InputError({p});
  } catch (const Refusal& r) {
    Problem p;
    p.message = "not accepted: " + valid_utf8_text(r.message, kMaxMessageBytes);
    throw InputError({p});
  } catch (const nlohmann::json::exception& e) {
    // Valid JSON that JSON for Modern C++ will not hold: a number beyond double ("1e400").
    std::string what = e.what();
    auto bracket = what.find("] ");
    Problem p;
    p.message = "not accepted: " +
                valid_utf8_text(bracket == std::string::npos ? what : what.substr(bracket + 2), kMaxMessageBytes);
    throw InputError({p});
  }
}

}  // namespace trynext
