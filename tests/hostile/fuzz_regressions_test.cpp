// Every crash or hang the fuzzers (tests/fuzz) found, as a test with its input. Inputs too awkward
// to write inline live in tests/fuzz/corpus/<target>/ under a name starting with "regression-".
#include <filesystem>

#include <catch2/catch.hpp>

#include "hostile_support.h"

TEST_CASE("fuzz regressions: saved assessment inputs are refused or evaluated, never crash", "[hostile][fuzz]") {
  std::filesystem::path dir = std::filesystem::path(TRYNEXT_FUZZ_CORPUS) / "assessment";
  if (!std::filesystem::exists(dir)) return;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind("regression-", 0) != 0) continue;
    INFO(entry.path().filename().string());
    try {
      auto r = test::default_engine()->recommend(test::read_file(entry.path()));
      CHECK_NOTHROW(trynext::to_json(r));
    } catch (const trynext::InputError& e) {
      CHECK_FALSE(e.problems().empty());
      for (const auto& p : e.problems()) CHECK_NOTHROW(nlohmann::json(p.to_string()).dump());  // valid UTF-8
    }
  }
}
