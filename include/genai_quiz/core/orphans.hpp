#pragma once
// Progress of cards no longer in any deck: a card removed from its deck file, a deck removed
// from the library. `list --orphans` shows them and `prune` removes them.

#include <span>
#include <string>
#include <vector>

#include "genai_quiz/core/deck.hpp"

namespace genai_quiz {

/// A card as the progress database keys it.
struct StoredCard {
  std::string deck_id;
  std::string card_id;

  auto operator<=>(const StoredCard&) const = default;
};

/// Which decks `decks` stand for when orphans are looked for.
enum class OrphanScope {
  kLibrary,     ///< every deck there is: a card of any other deck id is an orphan
  kNamedDecks,  ///< only these decks (--deck): cards of other deck ids are not judged
};

/// The cards of `stored` that no deck of `decks` holds, in the order of `stored`. With
/// kNamedDecks only cards whose deck id is one of `decks` can be orphans.
std::vector<StoredCard> orphan_cards(std::span<const Deck> decks, std::span<const StoredCard> stored,
                                     OrphanScope scope);

}  // namespace genai_quiz
