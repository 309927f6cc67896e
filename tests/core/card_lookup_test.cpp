#include <catch2/catch.hpp>

#include "genai_quiz/core/card_lookup.hpp"

using namespace genai_quiz;

namespace {

Deck make_deck(std::string id, std::vector<std::string> card_ids) {
  Deck deck;
  deck.id = std::move(id);
  deck.sections.emplace_back();
  deck.sections.back().id = "s";
  deck.sections.emplace_back();
  deck.sections.back().id = "t";
  for (std::size_t i = 0; i < card_ids.size(); ++i) {
    Card card;
    card.id = card_ids[i];
    deck.sections[i % 2].cards.push_back(card);
  }
  return deck;
}

const std::vector<Deck> kDecks = {make_deck("genai", {"softmax", "attention", "basics/what-is-rag"}),
                                  make_deck("theory", {"softmax", "regression"})};

}  // namespace

TEST_CASE("A card is found by its id, or by DECK/ID", "[core]") {
  struct Case {
    const char* name;
    std::size_t deck, section, card;
  };
  const Case cases[] = {
      {"attention", 0, 1, 0},
      {"regression", 1, 1, 0},
      {"basics/what-is-rag", 0, 0, 1},  // a derived id holds a '/'
      {"genai/basics/what-is-rag", 0, 0, 1},
      {"genai/softmax", 0, 0, 0},
      {"theory/softmax", 1, 0, 0},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const CardLocation at = find_card(kDecks, c.name);
    REQUIRE(at.ok());
    CHECK(at.deck == c.deck);
    CHECK(at.section == c.section);
    CHECK(at.card == c.card);
  }
}

TEST_CASE("An unknown or shared card name gives an error naming it", "[core]") {
  struct Case {
    const char* name;
    const char* error;
  };
  const Case cases[] = {
      {"attenton", "unknown card 'attenton'; did you mean 'attention'?"},
      {"theory/regresion", "unknown card 'theory/regresion'; did you mean 'theory/regression'?"},
      {"zzz", "unknown card 'zzz' (genai-quiz search WORDS finds cards by their text)"},
      {"genai/regression", "unknown card 'genai/regression' (genai-quiz search WORDS finds cards by their text)"},
      {"softmax", "card 'softmax' is in more than one deck; name one of 'genai/softmax' 'theory/softmax'"},
      {"", "unknown card '' (genai-quiz search WORDS finds cards by their text)"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(find_card(kDecks, c.name).error == c.error);
  }
}
