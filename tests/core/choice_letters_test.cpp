#include "genai_quiz/core/choice_letters.hpp"

#include <catch2/catch.hpp>

namespace genai_quiz {

TEST_CASE("Option indices read as letters joined with commas and a last 'or'", "[core]") {
  struct Case {
    std::vector<int> indices;
    const char* letters;
  } cases[] = {
      {{}, ""},
      {{1}, "b"},
      {{1, 3}, "b or d"},
      {{0, 1, 3}, "a, b or d"},
  };
  for (const Case& c : cases) CHECK(choice_letters(c.indices) == c.letters);
}

}  // namespace genai_quiz
