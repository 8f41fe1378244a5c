// The JSON writer's pieces against nlohmann::json's dump, which they must match byte for byte:
// numbers (std::to_chars formatted as dump formats them), strings (escapes, and U+FFFD for each
// invalid UTF-8 sequence as error_handler_t::replace writes it) and whole documents.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <random>

#include <catch2/catch.hpp>

#include "common/utf8.h"
#include "render/json_writer.h"

namespace {

using nlohmann::json;

std::string ours(double d) {
  if (!std::isfinite(d)) return "null";
  char buf[32];
  return std::string(buf, trynext::write_double(buf, d));
}

std::string dumped(double d) { return json(d).dump(); }

std::string written_string(std::string_view s) {
  trynext::JsonBuffer out(64);
  trynext::JsonWriter w(out, -1);
  w.string(s);
  return out.str();
}

std::string dumped_string(const std::string& s) { return json(s).dump(-1, ' ', false, json::error_handler_t::replace); }

// The digits of a number's text without its exponent, point, and leading or trailing zeros.
std::string significant_digits(const std::string& text) {
  std::string digits;
  for (char c : text.substr(0, text.find('e')))
    if (c >= '0' && c <= '9') digits += c;
  digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));
  while (!digits.empty() && digits.back() == '0') digits.pop_back();
  return digits;
}

// Fixed or exponent notation, as dump chose it.
bool has_exponent(const std::string& text) { return text.find('e') != std::string::npos; }

}  // namespace

TEST_CASE("numbers are written as dump writes them", "[json][writer]") {
  for (double d : {0.0, -0.0, 1.0, -1.0, 3.0, 0.5, 2.25, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.1 + 0.2, 1e-4, 1e-5,
                   0.0001234, 0.00001234, 1e15, 1e16, 123456789012345.0, 1234567890123456.0, 999999999999999.0,
                   1e20, 1.5e20, 1e21, 1e100, 1e-100, 1e-300, 5e-324, 2.2250738585072014e-308,
                   1.7976931348623157e308, 12.5, 100.0, 1000000.0, 4.35, 7.1, 65.3, 0.005, 0.015, 9.999}) {
    INFO(d);
    CHECK(ours(d) == dumped(d));
    CHECK(ours(-d) == dumped(-d));
  }
  CHECK(ours(NAN) == "null");
  CHECK(ours(INFINITY) == "null");
}

TEST_CASE("numbers the contract rounds are written as dump writes them", "[json][writer]") {
  // Scores (2 places), factor scores (3), microseconds (1), weights a rule gives: all of them.
  int differ = 0;
  for (long k = -200000; k <= 2000000; ++k) {
    for (double d : {k / 100.0, k / 1000.0, k / 10.0, std::round(k * 0.37) / 100})
      if (ours(d) != dumped(d) && ++differ <= 5) FAIL_CHECK(d << ": " << ours(d) << " vs " << dumped(d));
  }
  CHECK(differ == 0);
}

TEST_CASE("any double is written so that it reads back the same, in dump's notation", "[json][writer]") {
  std::mt19937_64 random(20240601);
  int exact = 0, total = 0;
  for (int i = 0; i < 200000; ++i) {
    std::uint64_t bits = random();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    if (!std::isfinite(d)) continue;
    std::string a = ours(d), b = dumped(d);
    ++total;
    if (a == b) {
      ++exact;
      continue;
    }
    // dump's Grisu2 sometimes gives a digit more than the shortest; never fewer, never another value.
    INFO(a << " vs " << b);
    CHECK(json::parse(a).get<double>() == d);
    CHECK(a.size() <= b.size());
    CHECK(has_exponent(a) == has_exponent(b));
  }
  CHECK(exact > total * 99 / 100);
}

TEST_CASE("short decimals are written with the shortest digits, as std::to_chars gives them", "[json][writer]") {
  std::mt19937_64 random(99);
  for (int i = 0; i < 200000; ++i) {
    double scale = std::pow(10.0, static_cast<int>(random() % 4));
    double d = static_cast<double>(random() % (i % 3 ? 100000000000000ull : 100000ull)) / scale;
    std::string text = ours(d);
    INFO(text);
    CHECK(json::parse(text).get<double>() == d);
    char sci[40];
    char* end = std::to_chars(sci, sci + sizeof sci, d, std::chars_format::scientific).ptr;
    CHECK(significant_digits(text) == significant_digits(std::string(sci, end)));
  }
}

TEST_CASE("every string of one and two bytes is written as dump replaces it", "[json][writer][utf8]") {
  for (int a = 0; a < 256; ++a) {
    std::string s(1, static_cast<char>(a));
    REQUIRE(written_string(s) == dumped_string(s));
    for (int b = 0; b < 256; ++b) {
      std::string t = s + static_cast<char>(b);
      if (written_string(t) != dumped_string(t)) FAIL("bytes " << a << " " << b);
    }
  }
}

TEST_CASE("strings of three and four awkward bytes are written as dump replaces them", "[json][writer][utf8]") {
  // The bytes where UTF-8's rules change: ASCII and escapes, continuation ranges, lead bytes and their
  // special second bytes, bytes that never appear.
  const unsigned char alphabet[] = {0x00, 0x1F, 0x22, 0x41, 0x5C, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
                                    0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  int checked = 0;
  for (unsigned char a : alphabet)
    for (unsigned char b : alphabet)
      for (unsigned char c : alphabet) {
        std::string s{static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)};
        if (written_string(s) != dumped_string(s)) FAIL("bytes " << +a << " " << +b << " " << +c);
        for (unsigned char d : alphabet) {
          std::string t = s + static_cast<char>(d);
          if (written_string(t) != dumped_string(t)) FAIL("bytes " << +a << " " << +b << " " << +c << " " << +d);
          ++checked;
        }
      }
  CHECK(checked == 24 * 24 * 24 * 24);
}

TEST_CASE("the UTF-8 check agrees with nlohmann's and replaces as it does", "[json][utf8]") {
  std::mt19937_64 random(7);
  for (int i = 0; i < 100000; ++i) {
    std::string s;
    int n = static_cast<int>(random() % 12);
    for (int k = 0; k < n; ++k) {
      auto x = random();
      // Mostly the bytes of multi-byte sequences, so that valid and invalid ones both come up.
      s += static_cast<char>(x % 4 == 0 ? 0x41 : 0x80 + (x >> 8) % 0x80);
    }
    bool strict_ok = true;
    try {
      (void)json(s).dump();
    } catch (const json::type_error&) { strict_ok = false; }
    INFO(json(s).dump(-1, ' ', true, json::error_handler_t::replace));
    CHECK(trynext::is_valid_utf8(s) == strict_ok);
    // dump writes nothing here that needs escaping, so its replaced text is replace_invalid_utf8's.
    CHECK('"' + trynext::replace_invalid_utf8(s) + '"' == dumped_string(s));
    CHECK(written_string(s) == dumped_string(s));
  }
  CHECK(trynext::replace_invalid_utf8("\xFF\xFE") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(trynext::replace_invalid_utf8("a\xE2\x82") == "a\xEF\xBF\xBD");
  CHECK(trynext::replace_invalid_utf8("\xE2\x82\xAC") == "\xE2\x82\xAC");
}

TEST_CASE("documents are written as dump writes them, at every indent", "[json][writer]") {
  json doc = {{"b", {1, -2, 3.5, true, false, nullptr, "x\ty"}},
              {"a", json::object()},
              {"c", json::array()},
              {"nested", {{"z", {{"deep", {json::array({json::object()})}}}}, {"y", 18446744073709551615ull}}},
              {"\xC3\xA9", "caf\xC3\xA9"},
              {"min", -9223372036854775807ll - 1}};
  for (int indent : {-1, 0, 1, 2, 4}) {
    INFO(indent);
    CHECK(trynext::write_json(doc, indent) == doc.dump(indent));
  }
  json bad = {{"k\xFF", "v\xC3"}};
  CHECK(trynext::write_json(bad) == bad.dump(-1, ' ', false, json::error_handler_t::replace));
}

TEST_CASE("recorded JSON text is written as parsing and dumping it would, at every indent", "[json][writer]") {
  // The shapes json_text copies or writes without a document, and ones next to them that it must not.
  const std::vector<std::string> texts = {
      "0.08",   "1.50",      "-0.0",    "0.1e1",  "1E5",      "2e-7",    "12345678901234567890.5",
      "1e400",  "-1.5e-300", "1.",      ".5",     "01.5",     "1.e5",    "+1.5",
      "1.5 ",   "5",         "-0",      "007",    "[]",       "[\"a\",\"b\"]",
      "[\"a,b]\",\"c\"]",   "[1,true,null,\"x\"]", "[1,]",     "[,]",     "[\"a\" ]",  "[ 1]",
      "[1.5,2]", "[[1]]",   "[\"a\\\"b\"]",         "[\"caf\xC3\xA9\"]",  "[\"bad \xC3\"]", "[\"",
      "\"plain\"", "{\"a\":[1]}", "true",  "nul",    ""};
  for (const auto& t : texts) {
    json parsed = json::parse(t, nullptr, /*allow_exceptions=*/false);
    for (int indent : {-1, 2, 4}) {
      INFO("text " << t << ", indent " << indent);
      trynext::JsonBuffer out(64);
      trynext::JsonWriter w(out, indent);
      w.open_object();
      w.key("v");
      w.json_text(t);
      w.close();
      json want = {{"v", parsed.is_discarded() ? json(t) : parsed}};
      CHECK(out.str() == want.dump(indent, ' ', false, json::error_handler_t::replace));
    }
  }
}
