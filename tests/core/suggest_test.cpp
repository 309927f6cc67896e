#include <catch2/catch.hpp>

#include <array>
#include <string_view>

#include "genai_quiz/core/suggest.hpp"

using namespace genai_quiz;

TEST_CASE("Edit distance counts insertions, deletions, substitutions and swaps", "[core]") {
  struct Case {
    const char* a;
    const char* b;
    int distance;
  } cases[] = {
      {"", "", 0},        {"answer", "answer", 0}, {"answr", "answer", 1}, {"answers", "answer", 1},
      {"qustion", "question", 1}, {"quesiton", "question", 1}, {"titel", "title", 1},
      {"tag", "tags", 1}, {"", "abc", 3}, {"kitten", "sitting", 3}, {"ca", "abc", 3},
  };
  for (const Case& c : cases) {
    INFO(c.a << " -> " << c.b);
    CHECK(edit_distance(c.a, c.b) == c.distance);
    CHECK(edit_distance(c.b, c.a) == c.distance);
  }
}

TEST_CASE("Did you mean suggests a close candidate and nothing for a far one", "[core]") {
  constexpr std::array<std::string_view, 5> keys = {"id", "question", "answer", "tags", "stub"};
  struct Case {
    const char* word;
    const char* suggestion;
  } cases[] = {
      {"answr", "answer"}, {"Question", "question"}, {"qestion", "question"}, {"tag", "tags"},
      {"ID", "id"},        {"stubs", "stub"},        {"colour", ""},          {"q", ""},
      {"questions!!", ""}, {"answer", ""},
  };
  for (const Case& c : cases) {
    INFO(c.word);
    CHECK(did_you_mean(c.word, keys) == c.suggestion);
  }
}
