// The result's JSON contract as a plain nlohmann::json document, built field by field: the reference
// the one writer (trynext::to_json) is checked against. Test-only; a copy of how the engine built the
// document before it had one writer, kept independent of the engine's code on purpose.
#pragma once

#include <nlohmann/json.hpp>

#include "trynext/result.h"

namespace test {

nlohmann::json oracle_result_json(const trynext::Result& result);

// What to_json(result, indent) must write: the oracle's document dumped with the same indent, each
// invalid UTF-8 sequence replaced with U+FFFD.
std::string oracle_text(const trynext::Result& result, int indent);

}  // namespace test
