#include <catch2/catch.hpp>

#include "genai_quiz/core/card_record.hpp"

using namespace genai_quiz;

TEST_CASE("Phase names read back as the same phase", "[core]") {
  struct Case {
    Phase phase;
    const char* name;
  } cases[] = {{Phase::kNew, "new"},
               {Phase::kLearning, "learning"},
               {Phase::kReview, "review"},
               {Phase::kRelearning, "relearning"}};
  for (const Case& c : cases) {
    CHECK(phase_name(c.phase) == c.name);
    CHECK(phase_from_name(c.name) == c.phase);
  }
  CHECK_FALSE(phase_from_name("Review"));
  CHECK_FALSE(phase_from_name(""));
}
