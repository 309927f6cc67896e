#pragma once
// How much study a section holds: cards never studied, and reviews that are due.

#include <functional>

#include "genai_quiz/core/card_state.hpp"
#include "genai_quiz/core/deck.hpp"

namespace genai_quiz {

/// The saved scheduling state of a card, or nullptr when it has never been studied.
using CardStateLookup = std::function<const CardState*(const Card& card)>;

/// A lookup for when no progress is loaded: every card is new.
const CardState* no_saved_state(const Card& card);

/// New cards (no saved state, or still in the new phase) and due ones (studied, due at or
/// before `now`) in one section.
struct StudyCounts {
  int new_cards = 0;
  int due = 0;

  bool operator==(const StudyCounts&) const = default;
};

/// Counts the new and due cards of `section` at `now`, with saved states from `state_of`.
StudyCounts count_study(const Section& section, const CardStateLookup& state_of, TimePoint now);

}  // namespace genai_quiz
