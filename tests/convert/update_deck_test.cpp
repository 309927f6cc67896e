#include "genai_quiz/convert/update_deck.hpp"

#include <catch2/catch.hpp>

namespace genai_quiz {
namespace {

Card card(std::string id, std::string question, std::vector<std::string> tags = {}) {
  Card c;
  c.id = std::move(id);
  c.question = std::move(question);
  c.answer = "A.\n";
  c.tags = std::move(tags);
  return c;
}

Deck deck(std::string id, std::vector<Card> cards) {
  Deck d;
  d.id = std::move(id);
  Section s;
  s.id = "s";
  s.cards = std::move(cards);
  d.sections = {s};
  return d;
}

}  // namespace

TEST_CASE("Converting again keeps matched cards' ids, key points and tags, adds new ones and lists removed ones",
          "[convert]") {
  Deck old = deck("my-deck", {card("mine", "What is X?", {"hard"}), card("y", "What is Y, as I rewrote it?"),
                              card("gone", "What was Z?"), card("w", "What is an old W?")});
  old.sections[0].cards[0].key_points = {KeyPoint{{"chain rule"}, {}}};
  Deck converted = deck("doc", {card("x", "What is X?", {"easy"}), card("y", "What is Y?"), card("gone", "What is an old W?"),
                                card("mine", "What is V?")});
  DeckUpdate update = update_deck(converted, old);
  const std::vector<Card>& cards = update.deck.sections[0].cards;
  REQUIRE(cards.size() == 4);
  CHECK(update.deck.id == "my-deck");
  struct Row {
    std::string id;
    std::string question;
    std::vector<std::string> tags;
    std::size_t key_points;
  } rows[] = {
      {"mine", "What is X?", {"hard"}, 1},   // by question: the old id, tags and key points
      {"y", "What is Y?", {}, 0},            // by id: the question follows the document
      {"w", "What is an old W?", {}, 0},     // by question, although its id differs
      {"mine-2", "What is V?", {}, 0},       // new: its id was taken by a kept card
  };
  for (std::size_t k = 0; k < 4; ++k) {
    CHECK(cards[k].id == rows[k].id);
    CHECK(cards[k].question == rows[k].question);
    CHECK(cards[k].tags == rows[k].tags);
    CHECK(cards[k].key_points.size() == rows[k].key_points);
  }
  CHECK(update.kept == 3);
  CHECK(update.added == 1);
  REQUIRE(update.removed.size() == 1);
  CHECK(update.removed[0].id == "gone");
  CHECK(update.removed[0].question == "What was Z?");
}

}  // namespace genai_quiz
