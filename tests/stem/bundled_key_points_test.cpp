#include <catch2/catch.hpp>

#include "genai_quiz/core/key_point_matcher.hpp"
#include "genai_quiz/deck/deck_loader.hpp"
#include "genai_quiz/stem/snowball_stemmer.hpp"

// The bundled deck's key points, checked against its own model answers: a model answer that
// missed one of its card's points would mean the point, or the matcher, is wrong.

using namespace genai_quiz;

TEST_CASE("Every bundled card has key points, and its model answer covers all of them", "[stem]") {
  LoadedDeck loaded = load_bundled_deck();
  REQUIRE(loaded.diagnostics.empty());
  KeyPointMatcher matcher(english_stemmer());
  int cards = 0;
  for (const Section& section : loaded.deck.sections) {
    for (const Card& card : section.cards) {
      INFO(card.id);
      ++cards;
      CHECK(card.key_points.size() >= 5);
      Coverage c = matcher.check(card.answer, card.key_points);
      for (std::size_t i = 0; i < c.points.size(); ++i) {
        INFO(key_point_label(card.key_points[i]));
        CHECK(c.points[i].covered);
      }
    }
  }
  CHECK(cards == 3);
}

TEST_CASE("A bundled card's key points tell a partial answer from a full one", "[stem]") {
  LoadedDeck loaded = load_bundled_deck();
  const Card& backprop = loaded.deck.sections.at(0).cards.at(0);
  REQUIRE(backprop.id == "backpropagation");
  KeyPointMatcher matcher(english_stemmer());
  struct Case {
    const char* answer;
    int covered;
    Rating suggested;
  } cases[] = {
      {"You run a forward pass, measure the loss, then use the chain rule to get the derivative of the loss "
       "for every weight, going backwards from the output layer, and update the weights with gradient descent.",
       5, Rating::kGood},
      {"Forward pass, then the chain rule backwards from the output layer, then gradient descent.", 4, Rating::kHard},
      {"It uses the chain rule.", 1, Rating::kAgain},
      {"The network learns from the data.", 0, Rating::kAgain},
  };
  for (const Case& c : cases) {
    INFO(c.answer);
    Coverage coverage = matcher.check(c.answer, backprop.key_points);
    CHECK(coverage.covered() == c.covered);
    CHECK(suggested_rating(coverage.covered(), coverage.total()) == c.suggested);
  }
}
