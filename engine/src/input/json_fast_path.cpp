#include "input/json_fast_path.h"

#include <cstdint>
#include <string>

#include <simdjson.h>

#include "input/json_text.h"

namespace trynext {

namespace {

// A parser keeps its buffers between documents; one per thread, because the engine evaluates on
// many. The buffers take about 15 bytes per byte of text (tape, strings, structural indexes and a
// padded copy), so documents above this size (an assessment is 2 to 3 kB) get a parser of their
// own: a large or hostile one does not leave megabytes allocated in every service thread.
constexpr std::size_t kReusedParserBytes = 16 * 1024;

// Converts a simdjson element the way nlohmann's own parser would have built it. Values are counted
// as the careful path counts them; depth is counted one level stricter, so that at the edge of the
// limit the careful path decides. False means "let the careful path decide".
class Converter {
 public:
  bool convert(simdjson::dom::element element, nlohmann::json& out, int depth) {
    if (depth > kMaxJsonDepth || ++values_ > kMaxJsonValues) return false;
    switch (element.type()) {
      case simdjson::dom::element_type::OBJECT: {
        out = nlohmann::json::object();
        auto& fields = out.get_ref<nlohmann::json::object_t&>();
        for (auto field : simdjson::dom::object(element)) {
          auto [slot, inserted] = fields.try_emplace(std::string(field.key));
          if (!inserted) return false;  // a duplicate key: the careful path names it
          if (!convert(field.value, slot->second, depth + 1)) return false;
        }
        return true;
      }
      case simdjson::dom::element_type::ARRAY: {
        out = nlohmann::json::array();
        auto& items = out.get_ref<nlohmann::json::array_t&>();
        for (auto item : simdjson::dom::array(element)) {
          if (!convert(item, items.emplace_back(), depth + 1)) return false;
        }
        return true;
      }
      case simdjson::dom::element_type::STRING:
        out = std::string(std::string_view(element));
        return true;
      // nlohmann reads an integer without a sign as unsigned and one with a minus as signed.
      case simdjson::dom::element_type::INT64: {
        std::int64_t n = std::int64_t(element);
        if (n >= 0)
          out = static_cast<std::uint64_t>(n);
        else
          out = n;
        return true;
      }
      case simdjson::dom::element_type::UINT64:
        out = std::uint64_t(element);
        return true;
      case simdjson::dom::element_type::DOUBLE:
        out = double(element);
        return true;
      case simdjson::dom::element_type::BOOL:
        out = bool(element);
        return true;
      case simdjson::dom::element_type::NULL_VALUE:
        out = nullptr;
        return true;
    }
    return false;
  }

 private:
  std::size_t values_ = 0;
};

// nlohmann reads the integer "-0" as a signed zero and "0" as an unsigned one; simdjson gives both
// as the same int64 0. Rare in an assessment, so such a text goes the careful way (a false alarm,
// "-0" inside a string, only costs time).
bool has_negative_zero_integer(std::string_view text) {
  for (auto at = text.find("-0"); at != std::string_view::npos; at = text.find("-0", at + 2)) {
    char next = at + 2 < text.size() ? text[at + 2] : ' ';
    if (next != '.' && next != 'e' && next != 'E' && (next < '0' || next > '9')) return true;
  }
  return false;
}

std::optional<nlohmann::json> convert_document(simdjson::dom::parser& parser, std::string_view text) {
  simdjson::dom::element root;
  if (parser.parse(text.data(), text.size()).get(root) != simdjson::SUCCESS) return std::nullopt;
  nlohmann::json document;
  Converter converter;
  if (!converter.convert(root, document, 1)) return std::nullopt;
  return document;
}

}  // namespace

std::optional<nlohmann::json> read_json_fast(std::string_view text) {
  if (text.size() > kMaxJsonBytes || has_negative_zero_integer(text)) return std::nullopt;
  try {
    if (text.size() <= kReusedParserBytes) {
      thread_local simdjson::dom::parser parser;
      return convert_document(parser, text);
    }
    simdjson::dom::parser parser;
    return convert_document(parser, text);
  } catch (const std::exception&) {
    return std::nullopt;  // out of memory, or a simdjson accessor refusing: the careful path decides
  }
}

}  // namespace trynext
