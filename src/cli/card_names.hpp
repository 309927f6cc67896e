#pragma once
// The cards a command names on its command line (edit, suspend, unsuspend, reset), found in the
// decks (private to the cli layer).

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "genai_quiz/cli/commands.hpp"
#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/store/sqlite_store.hpp"

namespace genai_quiz {

/// Adds the required argument CARD (an id, or DECK/ID) of a command about one card.
CLI::Option* add_card_argument(CLI::App& sub, std::string& card);

/// Adds the required arguments CARD... of a command about several cards.
CLI::Option* add_card_argument(CLI::App& sub, std::vector<std::string>& cards);

/// A card as its progress is kept: by deck id and card id.
struct NamedCard {
  std::string deck_id;
  std::string card_id;
};

/// The card of each name (its id, or DECK/ID), in order. Throws genai_quiz::Error for the first
/// name that gives no card (with the nearest id suggested), saying that nothing was changed.
std::vector<NamedCard> find_named_cards(const std::vector<Deck>& decks, const std::vector<std::string>& names);

/// One named card as a command that changes it sees it: its saved progress (none for a card
/// never answered) and its DECK/ID, sanitized for printing.
struct NamedCardProgress {
  NamedCard card;
  std::optional<CardProgress> saved;
  std::string name;
};

/// Loads the decks (warnings to standard error), finds the cards `names` name (throwing as
/// find_named_cards does, before anything is opened), opens the progress database and calls
/// `change` with it, the time (--now when pinned) and each card in order.
void change_named_cards(const GlobalOptions& global, const std::vector<std::string>& names,
                        const std::function<void(SqliteStore& store, TimePoint now, const NamedCardProgress& card)>& change);

}  // namespace genai_quiz
