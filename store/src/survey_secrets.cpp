// Response codes and link keys (survey_secrets.h).
#include "survey_secrets.h"

#include <sys/random.h>

#include <cctype>
#include <cerrno>
#include <cstring>

#include <openssl/evp.h>

#include "trynext/store.h"

namespace trynext::store {

namespace {

void random_bytes(unsigned char* out, std::size_t size) {
  std::size_t got = 0;
  while (got < size) {
    ssize_t n = ::getrandom(out + got, size - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw StoreError("unavailable", std::string("cannot make a survey code: getrandom: ") + std::strerror(errno));
    got += static_cast<std::size_t>(n);
  }
}

}  // namespace

std::string new_survey_code() {
  // 29 symbols: the digits 2-9 and the letters without I, L, O, U and V.
  static const char symbols[] = "23456789ABCDEFGHJKMNPQRSTWXYZ";
  constexpr unsigned kSymbols = sizeof symbols - 1;
  std::string code;
  while (code.size() < 14) {
    if (code.size() == 4 || code.size() == 9) {
      code += '-';
      continue;
    }
    unsigned char b;
    random_bytes(&b, 1);
    // Rejection sampling, so that every symbol is equally likely.
    if (b >= 256 - 256 % kSymbols) continue;
    code += symbols[b % kSymbols];
  }
  return code;
}

std::string new_survey_key() {
  unsigned char bits[16];
  random_bytes(bits, sizeof bits);
  static const char hex[] = "0123456789abcdef";
  std::string key;
  for (unsigned char b : bits) {
    key += hex[b >> 4];
    key += hex[b & 15];
  }
  return key;
}

std::string normalise_credential(const std::string& credential) {
  std::string out;
  for (unsigned char c : credential) {
    if (c == '-' || std::isspace(c)) continue;
    out += static_cast<char>(std::toupper(c));
  }
  return out;
}

std::string credential_hash(const std::string& credential) {
  std::string text = normalise_credential(credential);
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_Digest(text.data(), text.size(), md, &n, EVP_sha256(), nullptr);
  static const char hex[] = "0123456789abcdef";
  std::string out = "sha256:";
  for (unsigned int i = 0; i < n; ++i) {
    out += hex[md[i] >> 4];
    out += hex[md[i] & 15];
  }
  return out;
}

}  // namespace trynext::store
