#include <catch2/catch.hpp>

#include "genai_quiz/core/typo.hpp"

namespace genai_quiz {

TEST_CASE("Edit distance counts insertions, deletions, substitutions and swaps, up to a limit", "[core]") {
  struct Case {
    const char* a;
    const char* b;
    int limit;
    int distance;
  } cases[] = {
      {"", "", 2, 0},
      {"abc", "abc", 2, 0},
      {"gradient", "gradeint", 2, 1},   // swap
      {"softmax", "softmx", 2, 1},      // deletion
      {"layer", "layers", 2, 1},        // insertion
      {"token", "taken", 2, 1},         // substitution
      {"kitten", "sitting", 5, 3},
      {"kitten", "sitting", 2, 3},      // over the limit: limit + 1
      {"ab", "abcdef", 2, 3},           // lengths alone exceed the limit
      {"caf\xC3\xA9", "cafe", 2, 1},    // é is one character
  };
  for (const Case& c : cases) {
    INFO(c.a << " / " << c.b);
    CHECK(bounded_edit_distance(to_code_points(c.a), to_code_points(c.b), c.limit) == c.distance);
    CHECK(bounded_edit_distance(to_code_points(c.b), to_code_points(c.a), c.limit) == c.distance);
  }
}

TEST_CASE("Longer words may have more typing mistakes", "[core]") {
  struct Case {
    std::size_t length;
    int allowed;
  } cases[] = {{0, 0}, {4, 0}, {5, 0}, {6, 1}, {9, 1}, {10, 2}, {15, 2}};
  for (const Case& c : cases) {
    INFO(c.length);
    CHECK(typo_allowance(c.length) == c.allowed);
  }
}

}  // namespace genai_quiz
