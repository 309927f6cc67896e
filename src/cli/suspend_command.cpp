// genai-quiz suspend CARD... / unsuspend CARD...: sets cards aside from study, or brings them
// back (a leech included; it keeps its leech tag). Each change is an event in the card's event
// log, at --now when time is pinned.

#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/card_names.hpp"
#include "cli/command_setups.hpp"
#include "genai_quiz/core/card_marks.hpp"
#include "genai_quiz/core/error.hpp"

namespace genai_quiz {
namespace {

struct SuspendOptions {
  std::vector<std::string> cards;
};

int run_marks(const SuspendOptions& options, const GlobalOptions& global, bool suspend) {
  change_named_cards(global, options.cards, [&](SqliteStore& store, TimePoint now, const NamedCardProgress& card) {
    const CardMarks marks = card.saved ? card.saved->marks : CardMarks{};
    if (marks.suspended == suspend) {
      std::printf("%s is %s\n", card.name.c_str(), suspend ? "already suspended" : "not suspended");
      return;
    }
    store.add_event({0, card.card.deck_id, card.card.card_id, now,
                     suspend ? CardEventKind::kSuspend : CardEventKind::kUnsuspend});
    std::printf("%s %s%s\n", suspend ? "Suspended" : "Unsuspended", card.name.c_str(),
                !suspend && marks.leech ? " (still tagged leech)" : "");
  });
  return kExitOk;
}

Runner setup_marks(CLI::App& sub, const GlobalOptions& global, bool suspend) {
  auto options = std::make_shared<SuspendOptions>();
  add_card_argument(sub, options->cards);
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
