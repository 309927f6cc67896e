// genai-quiz edit CARD [--yes]: opens the card's deck file in $VISUAL, $EDITOR or vi at the
// card's line, then checks the deck again.

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/card_names.hpp"
#include "cli/command_setups.hpp"
#include "genai_quiz/app/card_editing.hpp"
#include "genai_quiz/app/deck_source.hpp"
#include "genai_quiz/core/card_lookup.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/term/sanitize.hpp"

namespace genai_quiz {
namespace {

struct EditOptions {
  std::string card;
  bool yes = false;
};

int run_edit(const EditOptions& options, const GlobalOptions& global) {
  const std::vector<Deck> decks = load_decks(global, std::cerr);
  const CardLocation at = find_card(decks, options.card);
  if (!at.ok()) throw Error(sanitize(at.error));
  const Deck& deck = decks[at.deck];
  const Card& card = deck.sections[at.section].cards[at.card];
  const std::optional<std::string> file = editable_deck_file(global, deck, options.yes, std::cin, std::cout);
  if (!file) {
    std::fprintf(stderr, "genai-quiz: the bundled deck is left as it is; nothing was edited\n");
    return kExitFailure;
  }
  const std::optional<LoadedDeck> edited = edit_deck_file(*file, card.pos.line, std::cin, std::cout);
  if (!edited) {
    std::fprintf(stderr, "genai-quiz: %s still has errors: the other commands leave it out until they are fixed "
                 "(genai-quiz validate %s lists them)\n", sanitize(*file).c_str(), sanitize(*file).c_str());
    return kExitFailure;
  }
  const int warnings = count_severity(edited->diagnostics, Severity::kWarning);
  std::printf("%s\n", sanitize(*file + ": " + std::to_string(edited->deck.card_count()) + " cards, no errors" +
                               (warnings > 0 ? ", " + std::to_string(warnings) + " warnings" : ""))
                          .c_str());
  return kExitOk;
}

}  // namespace

Runner setup_edit(CLI::App& sub, const GlobalOptions& global) {
  auto options = std::make_shared<EditOptions>();
  add_card_argument(sub, options->card);
  sub.add_flag("-y,--yes", options->yes,
               "For a card of the bundled deck (read-only): copy the deck into the library without asking");
  sub.footer(
      "The editor is $VISUAL, else $EDITOR, else vi, started at the card's line (+LINE). A card of the\n"
      "bundled deck is edited in a copy of the deck in the decks folder, which then takes its place.\n\n"
      "Example:\n  genai-quiz edit self-attention\n  EDITOR='code -w' genai-quiz edit theory/softmax");
  return [options, &global] { return run_edit(*options, global); };
}

}  // namespace genai_quiz
