#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "convert/card_text.hpp"

namespace genai_quiz {

TEST_CASE("Letters typed right after a difficulty mark go with the mark", "[convert]") {
  const DifficultyMarks marks = difficulty_marks("");
  struct Case {
    std::string question;
    std::string cleaned;
    std::vector<std::string> tags;
  } cases[] = {
      {"Is it a useful metric? \xE2\x80\x8D\xE2\xAD\x90\xEF\xB8\x8FI", "Is it a useful metric?", {"medium"}},
      {"Is it a useful metric? \xE2\xAD\x90xy", "Is it a useful metric?", {"medium"}},
      {"Rate the launch \xF0\x9F\x9A\x80X", "Rate the launch \xF0\x9F\x9A\x80X", {}},
      {"Is it fast? \xF0\x9F\x9A\x80 engine", "Is it fast? \xF0\x9F\x9A\x80 engine", {}},
      {"Is it fast? \xF0\x9F\x9A\x80word", "Is it fast? \xF0\x9F\x9A\x80word", {}},
  };
  for (const Case& c : cases) {
    INFO(c.question);
    Front front = split_front(c.question, marks);
    CHECK(front.question == c.cleaned);
    CHECK(front.tags == c.tags);
  }
}

}  // namespace genai_quiz
