// The engine's one JSON writer: the bytes of a document written straight into a buffer, exactly as
// nlohmann::json's dump(indent) writes them (keys in the order the caller gives, which the contract
// writers keep sorted as nlohmann's std::map does; the same escapes, numbers and indentation), but
// without building the document first, and never failing on text: each invalid UTF-8 sequence is
// written as U+FFFD, as dump(..., error_handler_t::replace) does.
#pragma once

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/utf8.h"

namespace trynext {

// An append-only byte buffer: std::string's appends check and grow capacity on every call, which
// costs more than the few bytes most calls here write.
class JsonBuffer {
 public:
  explicit JsonBuffer(std::size_t capacity = 1u << 16) { grow(capacity); }
  void clear() { size_ = 0; }
  const char* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  std::string str() const { return std::string(data(), size()); }
  // Room for n more bytes; write them at the pointer returned, then commit(n).
  char* room(std::size_t n) {
    if (capacity_ - size_ < n) grow(n);
    return data_.get() + size_;
  }
  void commit(std::size_t n) { size_ += n; }
  void append(const char* p, std::size_t n) {
    std::memcpy(room(n), p, n);
    size_ += n;
  }
  void append(std::string_view v) { append(v.data(), v.size()); }
  void append(std::size_t n, char c) {
    std::memset(room(n), c, n);
    size_ += n;
  }
  JsonBuffer& operator+=(char c) {
    *room(1) = c;
    ++size_;
    return *this;
  }
  JsonBuffer& operator+=(std::string_view v) {
    append(v);
    return *this;
  }

 private:
  void grow(std::size_t n) {
    std::size_t capacity = std::max(capacity_ * 2, size_ + n);
    std::unique_ptr<char[]> bigger(new char[capacity]);
    if (size_) std::memcpy(bigger.get(), data_.get(), size_);
    data_ = std::move(bigger);
    capacity_ = capacity;
  }
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0, capacity_ = 0;
};

// Writes d (finite) at out as nlohmann::json's dump writes a double: the shortest digits that read
// back as d (std::to_chars), in fixed notation for decimal exponents from -4 to 15 with ".0" on
// whole numbers ("3.0", "0.0001"), otherwise as "1e-05", "1.5e+20". Needs 32 bytes; returns the end.
// nlohmann finds its digits with Grisu2, which for about one double in a thousand with 16 or 17
// significant digits gives one digit more than the shortest; both read back as the same double.
char* write_double(char* out, double d);

class JsonWriter {
 public:
  // indent < 0: compact, as dump(-1); otherwise that many spaces per level and a newline per item.
  JsonWriter(JsonBuffer& out, int indent)
      : s_(out), pretty_(indent >= 0), step_(indent >= 0 ? static_cast<unsigned>(indent) : 0) {}

  void open_object() { stack_.push_back({'}', false}); }
  void open_array() { stack_.push_back({']', false}); }
  void close() {
    Level top = stack_.back();
    stack_.pop_back();
    if (!top.has_items) {
      s_ += top.closer == '}' ? "{}" : "[]";
      return;
    }
    if (pretty_) {
      s_ += '\n';
      s_.append(step_ * stack_.size(), ' ');
    }
    s_ += top.closer;
  }
  // Before each element of an array.
  void item() {
    Level& top = stack_.back();
    std::size_t spaces = pretty_ ? step_ * stack_.size() : 0;
    char* p = s_.room(2 + spaces);
    if (!top.has_items) {
      *p++ = top.closer == '}' ? '{' : '[';
      top.has_items = true;
    } else {
      *p++ = ',';
    }
    if (pretty_) {
      *p++ = '\n';
      std::memset(p, ' ', spaces);
    }
    s_.commit(1 + (pretty_ ? 1 + spaces : 0));
  }
  // Before each member of an object: the key, then the caller writes the value.
  void key(std::string_view k) {
    item();
    string(k);
    if (pretty_)
      s_ += ": ";
    else
      s_ += ':';
  }
  // The same for a key written in the engine's code: plain ASCII that needs no escaping.
  template <std::size_t N>
  void key(const char (&k)[N]) {
    item();
    s_ += '"';
    s_.append(k, N - 1);
    if (pretty_)
      s_ += "\": ";
    else
      s_ += "\":";
  }

  void string(std::string_view v) {
    s_ += '"';
    std::size_t run = 0;  // start of the bytes not yet copied
    const std::size_t n = v.size();
    for (std::size_t i = 0; i < n;) {
      // Eight bytes at a time while none is a control character, a quote, a backslash or non-ASCII.
      while (i + 8 <= n && !needs_care(v.data() + i)) i += 8;
      if (i >= n) break;
      auto c = static_cast<unsigned char>(v[i]);
      if (c >= 0x80) {
        if (std::size_t len = utf8_sequence(v, i)) {
          i += len;
        } else {
          s_.append(v.data() + run, i - run);
          s_ += "\xEF\xBF\xBD";
          run = i += invalid_utf8_length(v, i);
        }
        continue;
      }
      if (c >= 0x20 && c != '"' && c != '\\') {
        ++i;
        continue;
      }
      s_.append(v.data() + run, i - run);
      escape(c);
      run = ++i;
    }
    s_.append(v.data() + run, n - run);
    s_ += '"';
  }
  void number(double d);
  void integer(long long v) {
    char* p = s_.room(24);
    s_.commit(static_cast<std::size_t>(std::to_chars(p, p + 24, v).ptr - p));
  }
  void unsigned_integer(unsigned long long v) {
    char* p = s_.room(24);
    s_.commit(static_cast<std::size_t>(std::to_chars(p, p + 24, v).ptr - p));
  }
  void boolean(bool b) { s_ += b ? "true" : "false"; }
  void null() { s_ += "null"; }

  // Bytes this writer wrote earlier at the same depth, copied as they are: members of the object or
  // items of the array open now, with their separators (the first one's opening bracket included
  // when nothing came before them). The level has items after them.
  void splice(std::string_view bytes) {
    if (bytes.empty()) return;
    stack_.back().has_items = true;
    s_.append(bytes);
  }

  // Any document, as dump would write it (objects in their std::map order).
  void value(const nlohmann::json& v);

  // A value recorded as JSON text (an input or an actual value): written as dump would write
  // json::parse(text). Text that is not JSON, which the engine never records, is written as a string.
  void json_text(std::string_view text);

  // key: list of strings.
  template <std::size_t N>
  void strings(const char (&k)[N], const std::vector<std::string>& list) {
    key(k);
    open_array();
    for (const auto& x : list) {
      item();
      string(x);
    }
    close();
  }

 private:
  struct Level {
    char closer;
    bool has_items;
  };

  // Whether any of the eight bytes at p is below 0x20, '"', '\\' or 0x80 and above.
  static bool needs_care(const char* p) {
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    auto zero_byte = [&](std::uint64_t y) { return (y - kOnes) & ~y & kHigh; };
    std::uint64_t below_space = (x - kOnes * 0x20) & ~x & kHigh;
    return ((x & kHigh) | below_space | zero_byte(x ^ (kOnes * '"')) | zero_byte(x ^ (kOnes * '\\'))) != 0;
  }
  void escape(unsigned char c);

  JsonBuffer& s_;
  bool pretty_;
  unsigned step_;
  std::vector<Level> stack_;
};

// j as dump(indent) writes it, through JsonWriter: never throws on text.
std::string write_json(const nlohmann::json& j, int indent = -1);

}  // namespace trynext
