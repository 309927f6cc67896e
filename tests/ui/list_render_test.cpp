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
  std::vector<ListedSection> listed = {{SectionRef{0, 0}, StudyCounts{}, {{0, {}}, {1, {}}, {2, {}}}}};
  CHECK(render_list_text(decks, listed, 80) ==
        "js: JavaScript\n\ns  Output\n  3 cards (0 new, 0 due)\n"
        "  q1-whats-the-output  What's the output? · let a = 1;\n"
        "  q2-whats-the-output  What's the output? · console.log(typeof null);\n"
        "  copy                 How do you copy an array?\n");
}

TEST_CASE("list shows a card's marks before its question and counts suspended and flagged cards", "[ui]") {
  Deck deck;
  deck.id = "genai";
  deck.title = "GenAI";
  Section& section = deck.sections.emplace_back();
  section.id = "found";
  section.title = "Foundations";
  for (const char* id : {"backprop", "attention", "softmax"}) {
    Card& card = section.cards.emplace_back();
    card.id = id;
    card.question = std::string("What is ") + id + "?";
  }
  const std::vector<Deck> decks = {deck};
  struct Row {
    std::vector<ListedCard> cards;
    StudyCounts counts;  // new, due, suspended, flagged
    const char* text;
  };
  const Row rows[] = {
      {{{0, {}}, {1, {true, false, true}}, {2, {false, true, false}}},
       {2, 0, 1, 1},
       "genai: GenAI\n\nfound  Foundations\n  3 cards (2 new, 0 due, 1 suspended), 1 flagged\n"
       "  backprop   What is backprop?\n"
       "  attention  [leech] What is attention?\n"
       "  softmax    [flagged] What is softmax?\n"},
      {{{2, {true, true, false}}},
       {2, 0, 1, 1},
       "genai: GenAI\n\nfound  Foundations\n  3 cards (2 new, 0 due, 1 suspended), 1 flagged\n"
       "  softmax  [suspended, flagged] What is softmax?\n"},
  };
  for (const Row& row : rows) {
    const std::vector<ListedSection> listed = {{SectionRef{0, 0}, row.counts, row.cards}};
    CHECK(render_list_text(decks, listed, 80) == row.text);
  }
  const std::vector<ListedSection> listed = {{SectionRef{0, 0}, rows[0].counts, rows[0].cards}};
  const std::string json = render_list_json(decks, listed);
  CHECK_THAT(json, Catch::Contains(R"("suspended":1,"flagged":1,"listed":[{"id":"backprop","marks":[]},)"
                                   R"({"id":"attention","marks":["suspended","leech"]},)"
                                   R"({"id":"softmax","marks":["flagged"]}])"));
}

TEST_CASE("list --orphans lines up the cards with their answers, and says when there are none", "[ui]") {
  using namespace std::chrono;
  const TimePoint evening = TimePoint(sys_days(2026y / 11 / 30) + 23h);
  const std::vector<OrphanRow> orphans = {{{"genai", "old-card"}, 3, evening}, {{"removed-deck", "a"}, 0, {}}};
  CHECK(render_orphans_text(orphans, minutes(0), 80) ==
        "2 cards with progress in no deck:\n"
        "  genai/old-card  3 answers, last 2026-11-30\n"
        "  removed-deck/a  0 answers\n");
  // The local date: an hour east of UTC, 23:00 UTC is the next day.
  CHECK_THAT(render_orphans_text(orphans, minutes(60), 80), Catch::Contains("3 answers, last 2026-12-01"));
  // Too narrow for two columns: the answers go under the name.
  CHECK_THAT(render_orphans_text(orphans, minutes(0), 30), Catch::Contains("  genai/old-card\n    3 answers, last"));
  CHECK(render_orphans_text({}, minutes(0), 80) == "Every card with progress is in a deck: nothing to prune.\n");
  CHECK(render_orphans_json(orphans, minutes(0)) ==
        "{\"deck\":\"genai\",\"card\":\"old-card\",\"answers\":3,\"last_answer\":\"2026-11-30T23:00:00Z\"}\n"
        "{\"deck\":\"removed-deck\",\"card\":\"a\",\"answers\":0,\"last_answer\":null}\n");
}

}  // namespace genai_quiz
