#include "genai_quiz/core/orphans.hpp"

#include <set>
#include <string_view>
#include <utility>

namespace genai_quiz {

std::vector<StoredCard> orphan_cards(std::span<const Deck> decks, std::span<const StoredCard> stored,
                                     OrphanScope scope) {
  std::set<std::string_view> deck_ids;
  std::set<std::pair<std::string_view, std::string_view>> held;
  for (const Deck& deck : decks) {
    deck_ids.insert(deck.id);
    for (const Section& section : deck.sections) {
      for (const Card& card : section.cards) held.emplace(deck.id, card.id);
    }
  }
  std::vector<StoredCard> out;
  for (const StoredCard& card : stored) {
    if (scope == OrphanScope::kNamedDecks && !deck_ids.contains(card.deck_id)) continue;
    if (!held.contains({card.deck_id, card.card_id})) out.push_back(card);
  }
  return out;
}

}  // namespace genai_quiz
