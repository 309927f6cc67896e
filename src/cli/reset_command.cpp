// genai-quiz reset CARD...: makes cards new again. Their answers stay in the review log (and in
// exports), but only the answers after the reset count for their schedule; the leech tag comes
// off. Each reset is an event in the card's event log, at --now when time is pinned.

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/card_names.hpp"
#include "cli/clock.hpp"
#include "cli/command_setups.hpp"
#include "cli/deck_source.hpp"
#include "cli/progress_db.hpp"
#include "genai_quiz/core/card_marks.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/term/sanitize.hpp"

namespace genai_quiz {
namespace {

struct ResetOptions {
  std::vector<std::string> cards;
};

int run_reset(const ResetOptions& options, const GlobalOptions& global) {
  const std::vector<Deck> decks = load_decks(global, std::cerr);
  const std::vector<NamedCard> cards = find_named_cards(decks, options.cards);
  const TimePoint now = resolve_now(global);
  std::unique_ptr<SqliteStore> store = open_progress_to_save(global, now);
  for (const NamedCard& card : cards) {
    const std::optional<CardProgress> saved = store->load_card(card.deck_id, card.card_id);
    const std::string name = sanitize(card.deck_id + "/" + card.card_id);
    if (!saved || (saved->state.phase == Phase::kNew && !saved->marks.leech)) {
      std::printf("%s is already new\n", name.c_str());
      continue;
    }
    store->add_event({0, card.deck_id, card.card_id, now, CardEventKind::kReset});
    std::printf("Reset %s to new (its %d answer%s kept in the history)%s\n", name.c_str(), saved->state.reps,
                saved->state.reps == 1 ? "" : "s", saved->marks.suspended ? "; it is still suspended" : "");
  }
  return kExitOk;
}

}  // namespace

Runner setup_reset(CLI::App& sub, const GlobalOptions& global) {
  auto options = std::make_shared<ResetOptions>();
  sub.add_option("cards", options->cards, "The cards: each its id, or DECK/ID when two decks have the id")
      ->required()
      ->type_name("CARD");
  sub.footer(
      "A reset card is new again: it is studied as a new card and its schedule starts afresh.\n"
      "Its answers stay in the review log (stats, export), and a leech loses its tag;\n"
      "a suspended card stays suspended. Imported or synced answers given before the reset\n"
      "do not count for its schedule either.\n\n"
      "Example:\n  genai-quiz reset backpropagation");
  return [options, &global] { return run_reset(*options, global); };
}

}  // namespace genai_quiz
