// genai-quiz reset CARD...: makes cards new again. Their answers stay in the review log (and in
// exports), but only the answers after the reset count for their schedule; the leech tag comes
// off. Each reset is an event in the card's event log, at --now when time is pinned.

#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/card_names.hpp"
#include "cli/command_setups.hpp"
#include "genai_quiz/core/card_marks.hpp"
#include "genai_quiz/core/error.hpp"

namespace genai_quiz {
namespace {

struct ResetOptions {
  std::vector<std::string> cards;
};

int run_reset(const ResetOptions& options, const GlobalOptions& global) {
  change_named_cards(global, options.cards, [](SqliteStore& store, TimePoint now, const NamedCardProgress& card) {
    const std::optional<CardProgress>& saved = card.saved;
    if (!saved || (saved->state.phase == Phase::kNew && !saved->marks.leech)) {
      std::printf("%s is already new\n", card.name.c_str());
      return;
    }
    store.add_event({0, card.card.deck_id, card.card.card_id, now, CardEventKind::kReset});
    std::printf("Reset %s to new (its %d answer%s kept in the history)%s\n", card.name.c_str(), saved->state.reps,
                saved->state.reps == 1 ? "" : "s", saved->marks.suspended ? "; it is still suspended" : "");
  });
  return kExitOk;
}

}  // namespace

Runner setup_reset(CLI::App& sub, const GlobalOptions& global) {
  auto options = std::make_shared<ResetOptions>();
  add_card_argument(sub, options->cards);
  sub.footer(
      "A reset card is new again: it is studied as a new card and its schedule starts afresh.\n"
      "Its answers stay in the review log (stats, export), and a leech loses its tag;\n"
      "a suspended card stays suspended. Imported or synced answers given before the reset\n"
      "do not count for its schedule either.\n\n"
      "Example:\n  genai-quiz reset backpropagation");
  return [options, &global] { return run_reset(*options, global); };
}

}  // namespace genai_quiz
