#include "genai_quiz/core/deck.hpp"

namespace genai_quiz {

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

}  // namespace genai_quiz
