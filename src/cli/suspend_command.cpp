// genai-quiz suspend CARD... / unsuspend CARD...: sets cards aside from study, or brings them
// back (a leech included; it keeps its leech tag). Each change is an event in the card's event
// log, at --now when time is pinned.

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

struct SuspendOptions {
  std::vector<std::string> cards;
};

int run_marks(const SuspendOptions& options, const GlobalOptions& global, bool suspend) {
  const std::vector<Deck> decks = load_decks(global, std::cerr);
  const std::vector<NamedCard> cards = find_named_cards(decks, options.cards);
  const TimePoint now = resolve_now(global);
  std::unique_ptr<SqliteStore> store = open_progress_to_save(global, now);
  for (const NamedCard& card : cards) {
    const std::optional<CardProgress> saved = store->load_card(card.deck_id, card.card_id);
    const CardMarks marks = saved ? saved->marks : CardMarks{};
    const std::string name = sanitize(card.deck_id + "/" + card.card_id);
    if (marks.suspended == suspend) {
      std::printf("%s is %s\n", name.c_str(), suspend ? "already suspended" : "not suspended");
      continue;
    }
    store->add_event({0, card.deck_id, card.card_id, now,
                      suspend ? CardEventKind::kSuspend : CardEventKind::kUnsuspend});
    std::printf("%s %s%s\n", suspend ? "Suspended" : "Unsuspended", name.c_str(),
                !suspend && marks.leech ? " (still tagged leech)" : "");
  }
  return kExitOk;
}

Runner setup_marks(CLI::App& sub, const GlobalOptions& global, bool suspend) {
  auto options = std::make_shared<SuspendOptions>();
  sub.add_option("cards", options->cards, "The cards: each its id, or DECK/ID when two decks have the id")
      ->required()
      ->type_name("CARD");
  sub.footer(suspend ? "A suspended card is never queued for study (not even by --cram) until it is unsuspended;\n"
                       "its progress is kept. In study, ! suspends the card on screen.\n\n"
                       "Example:\n  genai-quiz suspend backpropagation self-attention"
                     : "Brings suspended cards back into study with the schedule they had, leeches included\n"
                       "(they keep the leech tag).\n\n"
                       "Example:\n  genai-quiz unsuspend backpropagation");
  return [options, &global, suspend] { return run_marks(*options, global, suspend); };
}

}  // namespace

Runner setup_suspend(CLI::App& sub, const GlobalOptions& global) { return setup_marks(sub, global, true); }

Runner setup_unsuspend(CLI::App& sub, const GlobalOptions& global) { return setup_marks(sub, global, false); }

}  // namespace genai_quiz
