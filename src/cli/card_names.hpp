#pragma once
// The cards a command names on its command line (suspend, unsuspend, reset), found in the decks
// (private to the cli layer).

#include <string>
#include <vector>

#include "genai_quiz/core/deck.hpp"

namespace genai_quiz {

/// A card as its progress is kept: by deck id and card id.
struct NamedCard {
  std::string deck_id;
  std::string card_id;
};

/// The card of each name (its id, or DECK/ID), in order. Throws genai_quiz::Error for the first
/// name that gives no card (with the nearest id suggested), saying that nothing was changed.
std::vector<NamedCard> find_named_cards(const std::vector<Deck>& decks, const std::vector<std::string>& names);

}  // namespace genai_quiz
