// Content digests for versions.rules and versions.catalogue: the same content always gives the same
// digest. Not cryptographic; it identifies versions, it does not authenticate them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace trynext {

class Digest {
 public:
  void add(std::string_view bytes);
  void add_field(std::string_view bytes);  // length-prefixed, so ("ab","c") differs from ("a","bc")
  std::string hex() const;                 // "fnv1a64:0123456789abcdef"

 private:
  std::uint64_t state_ = 1469598103934665603ull;  // FNV-1a 64-bit offset basis
};

}  // namespace trynext
