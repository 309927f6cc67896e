#include "cli/card_names.hpp"

#include "genai_quiz/core/card_lookup.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/term/sanitize.hpp"

namespace genai_quiz {

std::vector<NamedCard> find_named_cards(const std::vector<Deck>& decks, const std::vector<std::string>& names) {
  std::vector<NamedCard> found;
  for (const std::string& name : names) {
    const CardLocation at = find_card(decks, name);
    if (!at.ok()) throw Error(sanitize(at.error) + "; nothing was changed");
    found.push_back({decks[at.deck].id, decks[at.deck].sections[at.section].cards[at.card].id});
  }
  return found;
}

}  // namespace genai_quiz
