#include "genai_quiz/core/deck.hpp"

#include <algorithm>

namespace genai_quiz {

bool Card::is_correct(int index) const { return std::find(correct.begin(), correct.end(), index) != correct.end(); }

int Deck::card_count() const {
  int n = 0;
  for (const Section& s : sections) n += static_cast<int>(s.cards.size());
  return n;
}

int Deck::stub_count() const {
  int n = 0;
  for (const Section& s : sections) n += s.stubs;
  return n;
}

std::optional<Diagnostic> check_deck_id_unique(const Deck& deck, std::span<const Deck> earlier) {
  for (const Deck& other : earlier) {
    if (other.id != deck.id) continue;
    return Diagnostic{deck.file, deck.pos, Severity::kError,
                      "deck id '" + deck.id + "' is already used by " + other.file +
                          "; give each deck its own 'id'"};
  }
  return std::nullopt;
}

}  // namespace genai_quiz
