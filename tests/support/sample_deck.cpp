#include "support/sample_deck.hpp"

namespace genai_quiz::testing {
namespace {

Card card(const char* id, std::vector<std::string> tags = {}) {
  Card c;
  c.id = id;
  c.explicit_id = true;
  c.question = std::string("Question ") + id + "?";
  c.answer = std::string("Answer ") + id + ".";
  c.tags = std::move(tags);
  return c;
}

Section section(const char* id, const char* title, std::vector<Card> cards, int stubs = 0) {
  Section s;
  s.id = id;
  s.title = title;
  s.cards = std::move(cards);
  s.stubs = stubs;
  return s;
}

}  // namespace

Deck sample_deck() {
  Deck deck;
  deck.id = "ml";
  deck.title = "Machine learning";
  deck.file = "ml.yaml";
  deck.sections.push_back(section("basics", "Basics", {card("a", {"math"}), card("b"), card("c", {"math", "x"})}));
  deck.sections.push_back(section("stubs", "Stubs only", {}, 2));
  deck.sections.push_back(section("advanced", "Advanced", {card("d"), card("e", {"Math"})}));
  return deck;
}

}  // namespace genai_quiz::testing
