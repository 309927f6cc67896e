#include "genai_quiz/core/fingerprint.hpp"

#include <catch2/catch.hpp>

namespace genai_quiz {

TEST_CASE("A card's fingerprint changes with its text but not with line endings", "[core]") {
  std::string base = card_fingerprint("What is attention?", "Weights over positions.\n");
  CHECK(base.size() == 16);
  CHECK(base.find_first_not_of("0123456789abcdef") == std::string::npos);

  struct Case {
    const char* question;
    const char* answer;
    bool same;
  } cases[] = {
      {"What is attention?", "Weights over positions.\n", true},
      {"What is attention?", "Weights over positions.", true},
      {"What is attention?\r\n", "Weights over positions.\r\n", true},
      {"What is attention?  \n", "Weights over positions.\n\n", true},
      {"What is attention ?", "Weights over positions.\n", false},
      {"What is attention?", "Weights over tokens.\n", false},
      {"What is attention?Weights", " over positions.\n", false},
      {"", "What is attention?Weights over positions.", false},
  };
  for (const Case& c : cases) {
    INFO(c.question << " | " << c.answer);
    CHECK((card_fingerprint(c.question, c.answer) == base) == c.same);
  }
}

}  // namespace genai_quiz
