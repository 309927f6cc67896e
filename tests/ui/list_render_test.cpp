#include "genai_quiz/ui/list_render.hpp"

#include <catch2/catch.hpp>

#include <vector>

namespace genai_quiz {

TEST_CASE("list tells apart cards whose questions start alike by the first line of their code", "[ui]") {
  Deck deck;
  deck.id = "js";
  deck.title = "JavaScript";
  Section section;
  section.id = "s";
  section.title = "Output";
  auto card = [](std::string id, std::string question) {
    Card c;
    c.id = std::move(id);
    c.question = std::move(question);
    c.answer = "A.";
    return c;
  };
  section.cards = {card("q1-whats-the-output", "What's the output?\n\n```javascript\n  let a = 1;\nconsole.log(a);\n```"),
                   card("q2-whats-the-output", "What's the output?\n\n```js\nconsole.log(typeof null);\n```"),
                   card("copy", "How do you copy an array?\n\n```js\nconst b = [...a];\n```")};
  deck.sections = {section};
  std::vector<Deck> decks = {deck};
  std::vector<ListedSection> listed = {{SectionRef{0, 0}, StudyCounts{}}};
  CHECK(render_list_text(decks, listed, 80) ==
        "js: JavaScript\n\ns  Output\n  3 cards (0 new, 0 due)\n"
        "  q1-whats-the-output  What's the output? · let a = 1;\n"
        "  q2-whats-the-output  What's the output? · console.log(typeof null);\n"
        "  copy                 How do you copy an array?\n");
}

}  // namespace genai_quiz
