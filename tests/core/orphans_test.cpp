#include <catch2/catch.hpp>

#include <vector>

#include "genai_quiz/core/orphans.hpp"

using namespace genai_quiz;

namespace {

Deck deck_of(const char* id, std::vector<std::vector<const char*>> sections) {
  Deck deck;
  deck.id = id;
  for (const auto& cards : sections) {
    Section& section = deck.sections.emplace_back();
    for (const char* id : cards) section.cards.emplace_back().id = id;
  }
  return deck;
}

}  // namespace

TEST_CASE("Orphans are stored cards that no deck holds, and with named decks only theirs are judged", "[core]") {
  const std::vector<Deck> decks = {deck_of("genai", {{"backprop", "attention"}, {"rag/chunking"}}),
                                   deck_of("mine", {{"softmax"}})};
  const std::vector<StoredCard> stored = {
      {"genai", "attention"}, {"genai", "backprop"},  {"genai", "old-card"}, {"genai", "rag/chunking"},
      {"mine", "backprop"},   {"mine", "softmax"},    {"removed", "a"},      {"removed", "b"},
  };
  struct Row {
    OrphanScope scope;
    std::vector<StoredCard> orphans;
  };
  const Row rows[] = {
      {OrphanScope::kLibrary, {{"genai", "old-card"}, {"mine", "backprop"}, {"removed", "a"}, {"removed", "b"}}},
      {OrphanScope::kNamedDecks, {{"genai", "old-card"}, {"mine", "backprop"}}},
  };
  for (const Row& row : rows) CHECK(orphan_cards(decks, stored, row.scope) == row.orphans);
  CHECK(orphan_cards(decks, {}, OrphanScope::kLibrary).empty());
  CHECK(orphan_cards({}, stored, OrphanScope::kNamedDecks).empty());
  CHECK(orphan_cards({}, stored, OrphanScope::kLibrary) == stored);
}
