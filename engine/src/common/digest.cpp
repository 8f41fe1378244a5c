#include "common/digest.h"

#include <cstdio>

namespace trynext {

void Digest::add(std::string_view bytes) {
  for (unsigned char c : bytes) {
    state_ ^= c;
    state_ *= 1099511628211ull;  // FNV-1a 64-bit prime
  }
}

void Digest::add_field(std::string_view bytes) {
  add(std::to_string(bytes.size()));
  add(":");
  add(bytes);
}

std::string Digest::hex() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(state_));
  return std::string("fnv1a64:") + buf;
}

}  // namespace trynext
