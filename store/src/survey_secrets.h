// The secrets of a team survey: single-use response codes and the shared key of a link. They are
// shown to the manager once and kept only as SHA-256 hashes, so a copy of the store cannot be used to
// answer in someone's name; a response row keeps no trace of which one was used.
#pragma once

#include <string>

namespace trynext::store {

// A new response code: 12 characters in three groups ("K7QF-2M9X-PW4D") from 29 letters and digits
// that cannot be misread for one another on paper (no 0/O, 1/I/L, U/V): about 58 bits, enough for a
// code that is single-use and checked against its hash.
std::string new_survey_code();
// A new shared key for a link: 32 hex digits (128 bits).
std::string new_survey_key();
// The form a code is compared in: upper case, spaces and dashes left out, so "k7qf 2m9x pl4d" is the
// same code as "K7QF-2M9X-PL4D".
std::string normalise_credential(const std::string& credential);
// "sha256:<hex>" of the normalised credential.
std::string credential_hash(const std::string& credential);

}  // namespace trynext::store
