#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "convert/choices.hpp"

namespace genai_quiz {

TEST_CASE("An answer line names the right options by letter", "[convert]") {
  struct Case {
    std::string text;
    std::optional<std::vector<int>> letters;
  } cases[] = {
      {"Answer: C", std::vector<int>{2}},
      {"answer: b", std::vector<int>{1}},
      {"Answers: A and C", std::vector<int>{0, 2}},
      {"Answer: C, A", std::vector<int>{0, 2}},
      {"The correct answer is b) Sigmoid", std::vector<int>{1}},
      {"The correct answer is: d", std::vector<int>{3}},
      {"Correct answer: b.", std::vector<int>{1}},
      {"The right answer is c - pooling", std::vector<int>{2}},
      {"Answer: a linked list", std::nullopt},
      {"Answer: All of them", std::nullopt},
      {"Answer: A, A", std::nullopt},
      {"Answer:", std::nullopt},
      {"The answer is C", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(answer_letters(c.text) == c.letters);
  }
  // After a label the layout took ("- Answer: C"), letters alone.
  CHECK(answer_letters("C", true) == std::vector<int>{2});
  CHECK(answer_letters("a, c", true) == std::vector<int>{0, 2});
  CHECK(answer_letters("b) Sigmoid", true) == std::vector<int>{1});
  CHECK(answer_letters("C", false) == std::nullopt);
  CHECK(answer_letters("A linked list", true) == std::nullopt);
}

TEST_CASE("Options become choices only when the deck format can hold them", "[convert]") {
  struct Case {
    std::string name;
    std::string question;
    std::string answer;
    bool choices;
    std::string problem;
  } cases[] = {
      {"lettered options and an answer line", "Pick one.\n\n- A: x\n- B: y", "**Answer: B**\n\nBecause.", true, ""},
      {"letters after a label the layout took", "Pick one.\n\n- A: x\n- B: y", "B\n\nBecause.", true, ""},
      {"no answer line", "Pick one.\n\n- A: x\n- B: y", "Both are fine.", false, ""},
      {"options in the middle of the question", "Pick one.\n\n- A: x\n- B: y\n\nThen explain.", "Answer: A", false, ""},
      {"an answer naming no option", "Pick one.\n\n- A: x\n- B: y", "Answer: C", false,
       "the answer names option C, but the options are A to B; the question is kept as a card without choices"},
      {"two options alike", "Pick one.\n\n- A: x\n- B: x", "Answer: A", false,
       "options A and B read the same; the question is kept as a card without choices"},
      {"more than eight options",
       "Pick one.\n\n- A: 1\n- B: 2\n- C: 3\n- D: 4\n- E: 5\n- F: 6\n- G: 7\n- H: 8\n- I: 9", "Answer: A", false,
       "the question has 9 options, more than the 8 a card can have; the question is kept as a card without choices"},
      {"a checklist with every box ticked", "How do you release?", "- [x] tag\n- [x] push\n\nThen announce it.", false, ""},
      {"a task list without ticks and an answer line", "Pick one.\n\n- [ ] x\n- [ ] y", "Answer: B", true, ""},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    ChoiceReading reading = read_choices(c.question, c.answer);
    CHECK(reading.item.has_value() == c.choices);
    CHECK(reading.problem == c.problem);
  }
}

}  // namespace genai_quiz
