#include "cli/card_names.hpp"

#include <iostream>

#include "genai_quiz/app/clock.hpp"
#include "genai_quiz/app/deck_source.hpp"
#include "genai_quiz/app/progress_db.hpp"

#include "genai_quiz/core/card_lookup.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/term/sanitize.hpp"

namespace genai_quiz {

CLI::Option* add_card_argument(CLI::App& sub, std::string& card) {
  return sub.add_option("card", card, "The card: its id, or DECK/ID when two decks have the id")
      ->required()
      ->type_name("CARD");
}

CLI::Option* add_card_argument(CLI::App& sub, std::vector<std::string>& cards) {
  return sub.add_option("cards", cards, "The cards: each its id, or DECK/ID when two decks have the id")
      ->required()
      ->type_name("CARD");
}

std::vector<NamedCard> find_named_cards(const std::vector<Deck>& decks, const std::vector<std::string>& names) {
  std::vector<NamedCard> found;
  for (const std::string& name : names) {
    const CardLocation at = find_card(decks, name);
    if (!at.ok()) throw Error(sanitize(at.error) + "; nothing was changed");
    found.push_back({decks[at.deck].id, decks[at.deck].sections[at.section].cards[at.card].id});
  }
  return found;
}

void change_named_cards(const GlobalOptions& global, const std::vector<std::string>& names,
                        const std::function<void(SqliteStore& store, TimePoint now, const NamedCardProgress& card)>& change) {
  const std::vector<Deck> decks = load_decks(global, std::cerr);
  const std::vector<NamedCard> cards = find_named_cards(decks, names);
  const TimePoint now = resolve_now(global);
  std::unique_ptr<SqliteStore> store = open_progress_to_save(global, now);
  for (const NamedCard& card : cards) {
    change(*store, now, {card, store->load_card(card.deck_id, card.card_id), sanitize(card.deck_id + "/" + card.card_id)});
  }
}

}  // namespace genai_quiz
