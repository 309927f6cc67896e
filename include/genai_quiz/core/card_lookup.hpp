#pragma once
// Naming one card on the command line (study --card, edit): its id, or "<deck id>/<card id>"
// when two decks have a card with that id.
//
// A card id may itself hold a '/' (derived ids are "<section id>/<slug>"), so a name is first
// taken as a card id of any deck; only when no deck has it is the part before its first '/'
// read as a deck id. Ids are compared exactly.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "genai_quiz/core/deck.hpp"

namespace genai_quiz {

/// Where a card is in a list of decks, or why the name did not give one.
struct CardLocation {
  std::size_t deck = 0;     ///< index into the decks
  std::size_t section = 0;  ///< index into that deck's sections
  std::size_t card = 0;     ///< index into that section's cards
  std::string error;        ///< empty when found, e.g. "unknown card 'softmx'; did you mean 'softmax'?"

  bool ok() const { return error.empty(); }
};

/// Finds the card `name` names in `decks` (see the file comment). An unknown name gives an
/// error naming it and the nearest card id; a name two decks share gives one naming the
/// DECK/ID forms to choose from.
CardLocation find_card(std::span<const Deck> decks, std::string_view name);

}  // namespace genai_quiz
