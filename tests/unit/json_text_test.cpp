// Reading JSON: the fast path (simdjson) must hand the rest of the engine exactly the document the
// careful path (nlohmann with its checks) would, and leave every refusal to the careful path.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "input/json_fast_path.h"
#include "input/json_text.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Equal values are not enough: 1 and 1.0, or an unsigned and a signed 5, must be read the same way too.
bool same_document(const json& a, const json& b) {
  if (a.type() != b.type()) return false;
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto it = a.begin(); it != a.end(); ++it) {
      auto other = b.find(it.key());
      if (other == b.end() || !same_document(*it, *other)) return false;
    }
    return true;
  }
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!same_document(a[i], b[i])) return false;
    return true;
  }
  return a.dump() == b.dump();
}

// What the engine does with text: the document, or the problem it reports.
std::string outcome(std::string_view text, json (*parse)(std::string_view)) {
  try {
    return "document " + parse(text).dump();
  } catch (const trynext::InputError& e) {
    std::string all = "refused";
    for (const auto& p : e.problems())
      all += " | " + p.to_string() + " @" + std::to_string(p.line) + ":" + std::to_string(p.column);
    return all;
  }
}

void check_agrees(const std::string& text) {
  INFO("text: " << trynext::valid_utf8_text(text, 200));
  CHECK(outcome(text, trynext::parse_json_text) == outcome(text, trynext::parse_json_text_carefully));
  if (auto fast = trynext::read_json_fast(text)) CHECK(same_document(*fast, trynext::parse_json_text_carefully(text)));
}

std::string nested(int levels, const std::string& open, const std::string& close) {
  std::string s;
  for (int i = 0; i < levels; ++i) s += open;
  s += "1";
  for (int i = 0; i < levels; ++i) s += close;
  return s;
}

std::string array_of(std::size_t values) {
  std::string s = "[";
  for (std::size_t i = 0; i + 1 < values; ++i) s += i ? ",0" : "0";
  return s + "]";
}

}  // namespace

TEST_CASE("the fast path reads the bundled assessments, as the careful path does", "[json]") {
  std::vector<fs::path> files{fs::path(TRYNEXT_SOURCE_DIR) / "examples/team-merger.json"};
  for (const auto& entry : fs::directory_iterator(fs::path(TRYNEXT_SOURCE_DIR) / "tests/scenarios"))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  REQUIRE(files.size() > 10);
  for (const auto& file : files) {
    INFO(file);
    std::string text = test::read_file(file);
    auto fast = trynext::read_json_fast(text);
    REQUIRE(fast.has_value());  // an ordinary assessment must not fall back, or the fast path is dead
    CHECK(same_document(*fast, trynext::parse_json_text_carefully(text)));
  }
}

TEST_CASE("numbers are read with the same type and value on both paths", "[json]") {
  for (std::string number : {"0",
                             "-0",
                             "-0.0",
                             "0.0",
                             "1",
                             "-1",
                             "1.0",
                             "1e2",
                             "1E+2",
                             "-1e-2",
                             "0.1",
                             "2.5e-324",
                             "1e-400",
                             "1e400",
                             "-1e400",
                             "9223372036854775807",
                             "9223372036854775808",
                             "-9223372036854775808",
                             "-9223372036854775809",
                             "18446744073709551615",
                             "18446744073709551616",
                             "123456789012345678901234567890",
                             "1.7976931348623157e308",
                             "1.7976931348623159e308",
                             "01",
                             "1.",
                             ".5",
                             "+1",
                             "NaN",
                             "Infinity",
                             "0x10"}) {
    check_agrees("[" + number + "]");
    check_agrees("{\"team\": {\"headcount\": " + number + "}}");
  }
  auto fast = trynext::read_json_fast("[5, -5, 5.0, 18446744073709551615]");
  REQUIRE(fast.has_value());
  CHECK((*fast)[0].is_number_unsigned());
  CHECK((*fast)[1].is_number_integer());
  CHECK((*fast)[1].get<int>() == -5);
  CHECK((*fast)[2].is_number_float());
  CHECK((*fast)[3].get<std::uint64_t>() == 18446744073709551615u);
}

TEST_CASE("strings are read the same on both paths, and refused the same", "[json]") {
  for (std::string s : {R"("")", R"("plain")", R"("\u0000")", R"("\ud83d\ude00")", R"("\u00e9")", "\"\xC3\xA9\"",
                        R"("\ud800")", R"("\udc00")", R"("\ud800\u0041")", "\"\xC0\xAF\"", "\"\xED\xA0\x80\"",
                        "\"\xFF\"", "\"tab\there\"", R"("\/\b\f\n\r\t\"\\")", R"("\x")", R"("unterminated)"}) {
    check_agrees("[" + s + "]");
    check_agrees("{" + s + ": 1}");
  }
}

TEST_CASE("what the careful path refuses or explains never comes from the fast path", "[json]") {
  for (std::string text : {"",
                           "   ",
                           "{",
                           "}",
                           "[1,]",
                           "{\"a\":1,}",
                           "{\"a\" 1}",
                           "[1] [2]",
                           "nul",
                           "truex",
                           "{\"a\": 1, \"a\": 2}",
                           "{\"team\": {\"x\": 1, \"x\": 1}}",
                           "[{\"a\":1,\"b\":2,\"a\":3}]",
                           "// a comment\n{\"a\": 1}",
                           "{\"a\": /* inline */ 1}",
                           "\xEF\xBB\xBF{\"a\": 1}",
                           "{\"a\": 1}\n",
                           "\n\t {\"a\": [true, false, null]} \r\n",
                           "3",
                           "\"text\"",
                           "null"}) {
    check_agrees(text);
  }
  CHECK_FALSE(trynext::read_json_fast("{\"a\": 1, \"a\": 2}").has_value());
  CHECK_FALSE(trynext::read_json_fast("// a comment\n{}").has_value());
  CHECK_FALSE(trynext::read_json_fast("[-0]").has_value());
}

TEST_CASE("the depth and value limits hold on both paths, at their edges", "[json]") {
  for (int levels : {60, 62, 63, 64, 65, 66, 200, 5000}) {
    check_agrees(nested(levels, "[", "]"));
    check_agrees(nested(levels, "{\"k\":", "}"));
  }
  CHECK_FALSE(trynext::read_json_fast(nested(5000, "[", "]")).has_value());
  for (std::size_t values : {9999u, 10000u, 10001u, 10002u, 50000u}) check_agrees(array_of(values));
  CHECK(trynext::read_json_fast(array_of(9000)).has_value());
  CHECK_FALSE(trynext::read_json_fast(array_of(10001)).has_value());
}

TEST_CASE("documents over the size limit are refused before either parser reads them", "[json]") {
  std::string big = "[" + std::string(trynext::kMaxJsonBytes, ' ') + "]";
  CHECK_FALSE(trynext::read_json_fast(big).has_value());
  check_agrees(big);
  // Just under the limit, past the size of the reused parser: read by a parser of its own.
  std::string large = "[\"" + std::string(trynext::kMaxJsonBytes - 10, 'x') + "\"]";
  auto fast = trynext::read_json_fast(large);
  REQUIRE(fast.has_value());
  CHECK((*fast)[0].get_ref<const std::string&>().size() == trynext::kMaxJsonBytes - 10);
}
