// The out-of-line parts of JsonWriter: numbers, escapes, and documents given as nlohmann::json values
// or as JSON text.
#include "render/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace trynext {

namespace {

// dump switches to exponent notation outside these decimal exponents (nlohmann's to_chars: printf's
// %g with the limits of a double).
constexpr int kMinExp = -4;
constexpr int kMaxExp = 15;  // std::numeric_limits<double>::digits10

char* append_exponent(char* out, int e) {
  *out++ = e < 0 ? '-' : '+';
  unsigned k = static_cast<unsigned>(e < 0 ? -e : e);
  if (k < 10) *out++ = '0';  // at least two digits, as printf's %g writes them
  auto [end, ec] = std::to_chars(out, out + 3, k);
  return end;
}

// -?(0|[1-9][0-9]*) short enough to be a 64-bit integer: parses and prints as itself.
bool plain_integer(std::string_view t) {
  std::size_t i = !t.empty() && t[0] == '-' ? 1 : 0;
  std::size_t digits = t.size() - i;
  if (digits == 0 || digits > 18 || t == "-0") return false;  // json::parse("-0") prints as 0
  if (t[i] == '0' && digits > 1) return false;
  for (; i < t.size(); ++i)
    if (t[i] < '0' || t[i] > '9') return false;
  return true;
}

// A JSON number with a fraction or an exponent (JSON's grammar, finite): json::parse reads it as a
// double, as from_chars does, and dump prints that double as write_double does.
bool float_number(std::string_view t, double& out) {
  auto digits = [&](std::size_t& i) {
    std::size_t from = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    return i > from;
  };
  std::size_t i = !t.empty() && t[0] == '-' ? 1 : 0;
  if (i < t.size() && t[i] == '0')
    ++i;
  else if (!digits(i))
    return false;
  bool fraction_or_exponent = false;
  if (i < t.size() && t[i] == '.') {
    ++i;
    if (!digits(i)) return false;
    fraction_or_exponent = true;
  }
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    if (!digits(i)) return false;
    fraction_or_exponent = true;
  }
  if (i != t.size() || !fraction_or_exponent) return false;
  auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), out);
  return error == std::errc() && end == t.data() + t.size() && std::isfinite(out);
}

bool plain_string(std::string_view t);

// Where the item of a list's text that starts at i ends: past a string's closing quote (a string
// without escapes has no quote inside), or at the next comma or bracket; npos for an unclosed string.
std::size_t plain_item_end(std::string_view t, std::size_t i) {
  if (t[i] != '"') return t.find_first_of(",]", i);
  std::size_t quote = t.find('"', i + 1);
  return quote == std::string_view::npos ? quote : quote + 1;
}

// [...] of strings without escapes, true, false, null and plain integers, as dump writes a list (no
// spaces): each item is copied as it is.
bool list_of_plain_values(std::string_view t) {
  if (t.size() < 2 || t.front() != '[' || t.back() != ']') return false;
  if (t.size() == 2) return true;
  for (std::size_t i = 1; i + 1 < t.size();) {
    std::size_t end = plain_item_end(t, i);
    if (end == std::string_view::npos) return false;
    std::string_view item = t.substr(i, end - i);
    if (!(plain_string(item) || plain_integer(item) || item == "true" || item == "false" || item == "null"))
      return false;
    if (end + 1 == t.size()) return true;  // the closing bracket
    if (t[end] != ',' || end + 2 == t.size()) return false;
    i = end + 1;
  }
  return false;
}

// "..." with no escapes, no control characters and valid UTF-8: parses and prints as itself.
bool plain_string(std::string_view t) {
  if (t.size() < 2 || t.front() != '"' || t.back() != '"') return false;
  std::string_view inside = t.substr(1, t.size() - 2);
  for (std::size_t i = 0; i < inside.size();) {
    auto c = static_cast<unsigned char>(inside[i]);
    if (c < 0x20 || c == '"' || c == '\\') return false;
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = utf8_sequence(inside, i);
    if (!len) return false;
    i += len;
  }
  return true;
}

// The numbers the contract writes are nearly all short decimals (scores to two places, weights like
// 1.5, factor scores to three, microseconds to one): n / 10^k for k <= 3 is written without the
// general conversion. The k tried first is the smallest, so the digits are the shortest, as
// std::to_chars would give them; n / 10^k == d (exact integers divided, correctly rounded) is what
// makes them read back as d.
char* write_short_decimal(char* out, double d) {
  static constexpr double kPowers[] = {1, 10, 100, 1000};
  if (!(d < 1e11)) return nullptr;  // n stays far below 2^53 and within fixed notation
  for (int k = 0; k <= 3; ++k) {
    double scaled = d * kPowers[k];
    auto n = static_cast<std::uint64_t>(scaled + 0.5);
    if (static_cast<double>(n) / kPowers[k] != d) continue;
    // Written in place: the digits of n, then the point moved in (k is at most 3, so byte loops).
    if (k == 0) {
      out = std::to_chars(out, out + 24, n).ptr;
      *out++ = '.';
      *out++ = '0';
      return out;
    }
    if (n >= static_cast<std::uint64_t>(kPowers[k])) {  // dig.its
      char* end = std::to_chars(out, out + 24, n).ptr;
      for (int j = 0; j < k; ++j) end[-j] = end[-j - 1];
      end[-k] = '.';
      return end + 1;
    }
    *out++ = '0';  // 0.[000]digits
    *out++ = '.';
    for (auto p = static_cast<std::uint64_t>(kPowers[k]) / 10; p > n; p /= 10) *out++ = '0';
    return std::to_chars(out, out + 24, n).ptr;
  }
  return nullptr;
}

}  // namespace

char* write_double(char* out, double d) {
  if (std::signbit(d)) {
    *out++ = '-';
    d = -d;
  }
  if (d == 0) {
    std::memcpy(out, "0.0", 3);
    return out + 3;
  }
  if (char* end = write_short_decimal(out, d)) return end;
  // The shortest digits, from the scientific form "d.ddde-05".
  char sci[32];
  auto [sci_end, ec] = std::to_chars(sci, sci + sizeof sci, d, std::chars_format::scientific);
  char digits[24];
  int k = 0;  // how many digits
  const char* p = sci;
  for (; p < sci_end && *p != 'e'; ++p)
    if (*p != '.') digits[k++] = *p;
  int exponent = 0;
  const char* e = p + 1;
  bool negative = e < sci_end && *e == '-';
  if (e < sci_end && (*e == '-' || *e == '+')) ++e;
  std::from_chars(e, sci_end, exponent);
  if (negative) exponent = -exponent;
  int n = exponent + 1;  // where the decimal point goes, counted from the first digit

  if (k <= n && n <= kMaxExp) {  // digits[000].0
    std::memcpy(out, digits, static_cast<std::size_t>(k));
    std::memset(out + k, '0', static_cast<std::size_t>(n - k));
    out += n;
    std::memcpy(out, ".0", 2);
    return out + 2;
  }
  if (0 < n && n <= kMaxExp) {  // dig.its
    std::memcpy(out, digits, static_cast<std::size_t>(n));
    out[n] = '.';
    std::memcpy(out + n + 1, digits + n, static_cast<std::size_t>(k - n));
    return out + k + 1;
  }
  if (kMinExp < n && n <= 0) {  // 0.[000]digits
    out[0] = '0';
    out[1] = '.';
    std::memset(out + 2, '0', static_cast<std::size_t>(-n));
    std::memcpy(out + 2 - n, digits, static_cast<std::size_t>(k));
    return out + 2 - n + k;
  }
  *out++ = digits[0];  // d.igitse+XX
  if (k > 1) {
    *out++ = '.';
    std::memcpy(out, digits + 1, static_cast<std::size_t>(k - 1));
    out += k - 1;
  }
  *out++ = 'e';
  return append_exponent(out, n - 1);
}

void JsonWriter::escape(unsigned char c) {
  switch (c) {
    case 0x08:
      s_ += "\\b";
      break;
    case 0x09:
      s_ += "\\t";
      break;
    case 0x0A:
      s_ += "\\n";
      break;
    case 0x0C:
      s_ += "\\f";
      break;
    case 0x0D:
      s_ += "\\r";
      break;
    case '"':
      s_ += "\\\"";
      break;
    case '\\':
      s_ += "\\\\";
      break;
    default: {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      s_ += buf;
    }
  }
}

void JsonWriter::number(double d) {
  if (!std::isfinite(d)) {
    null();
    return;
  }
  char* p = s_.room(32);
  s_.commit(static_cast<std::size_t>(write_double(p, d) - p));
}

void JsonWriter::value(const nlohmann::json& v) {
  using nlohmann::json;
  switch (v.type()) {
    case json::value_t::object:
      open_object();
      for (auto it = v.begin(); it != v.end(); ++it) {
        key(it.key());
        value(*it);
      }
      close();
      break;
    case json::value_t::array:
      open_array();
      for (const auto& e : v) {
        item();
        value(e);
      }
      close();
      break;
    case json::value_t::string:
      string(v.get_ref<const std::string&>());
      break;
    case json::value_t::boolean:
      boolean(v.get<bool>());
      break;
    case json::value_t::number_integer:
      integer(v.get<json::number_integer_t>());
      break;
    case json::value_t::number_unsigned:
      unsigned_integer(v.get<json::number_unsigned_t>());
      break;
    case json::value_t::number_float:
      number(v.get<double>());
      break;
    default:  // null; binary and discarded values are never in the engine's documents
      null();
  }
}

void JsonWriter::json_text(std::string_view text) {
  // The common shapes (true, false, null, a plain integer, a string without escapes) are already
  // written as dump writes them, and are copied.
  if (text == "true" || text == "false" || text == "null" || plain_integer(text) || plain_string(text)) {
    s_.append(text);
    return;
  }
  // A number with a fraction or an exponent, and a list of the shapes above (a team's concerns):
  // written as parsing and dumping them would, without building a document.
  double d = 0;
  if (float_number(text, d)) {
    number(d);
    return;
  }
  if (list_of_plain_values(text)) {
    open_array();
    for (std::size_t i = 1; i + 1 < text.size();) {
      std::size_t end = plain_item_end(text, i);  // list_of_plain_values found each one
      item();
      json_text(text.substr(i, end - i));
      i = end + 1;  // past the comma (or onto the closing bracket)
    }
    close();
    return;
  }
  nlohmann::json parsed = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded())
    string(text);
  else
    value(parsed);
}

std::string write_json(const nlohmann::json& j, int indent) {
  JsonBuffer out(1024);
  JsonWriter w(out, indent);
  w.value(j);
  return out.str();
}

}  // namespace trynext
