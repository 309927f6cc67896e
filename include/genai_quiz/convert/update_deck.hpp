#pragma once
// Converting a document again into a deck made from it before: what the person added to the
// old deck (ids, key points, tags) survives, the rest follows the document.

#include <string>
#include <vector>

#include "genai_quiz/core/deck.hpp"

namespace genai_quiz {

/// A card of the old deck that the document no longer has.
struct RemovedCard {
  std::string id;
  std::string question;
};

/// The deck to write and what changed.
struct DeckUpdate {
  Deck deck;
  int kept = 0;   ///< cards matched in the old deck
  int added = 0;  ///< cards new in the document
  std::vector<RemovedCard> removed;
};

/// `converted` with each card that matches one of `existing` (same id, else the same question)
/// keeping that card's id, key points and tags (its tags only when it has some); the deck keeps
/// `existing`'s id. Ids stay unique: a new card whose id a kept card took gets "-2", "-3", ...
DeckUpdate update_deck(Deck converted, const Deck& existing);

}  // namespace genai_quiz
