#include "support/golden.hpp"

#include <catch2/catch.hpp>

namespace genai_quiz::testing {

TEST_CASE("Golden files are rewritten only on request, and never where CI is set", "[support]") {
  struct Case {
    const char* update;
    const char* ci;
    GoldenMode mode;
  } cases[] = {
      {nullptr, nullptr, GoldenMode::kCompare}, {"", nullptr, GoldenMode::kCompare},
      {nullptr, "true", GoldenMode::kCompare},  {"1", nullptr, GoldenMode::kUpdate},
      {"1", "", GoldenMode::kUpdate},           {"1", "true", GoldenMode::kRefused},
      {"1", "1", GoldenMode::kRefused},
  };
  for (const Case& c : cases) {
    INFO("GENAI_QUIZ_UPDATE_GOLDEN=" << (c.update ? c.update : "(unset)") << " CI=" << (c.ci ? c.ci : "(unset)"));
    CHECK(golden_mode(c.update, c.ci) == c.mode);
  }
}

}  // namespace genai_quiz::testing
