#pragma once
// The decks a command works on: the --deck files, or else the deck library (app/deck_library.hpp).

#include <iosfwd>
#include <string>
#include <vector>

#include "genai_quiz/app/global_options.hpp"
#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/core/progress_import.hpp"
#include "genai_quiz/deck/deck_loader.hpp"

namespace genai_quiz {

/// Loads the deck at `path` (through the parsed-deck cache in default_deck_cache_dir()), or the
/// bundled deck for kBundledDeckArg. Throws genai_quiz::Error when the file cannot be read.
LoadedDeck load_deck_source(const std::string& path);

/// Loads the decks `global` names: the --deck files, else the library. A deck with errors, one
/// that cannot be read and one whose id an earlier deck has are left out: their first problems
/// go to `err` and the command goes on with the others, exiting with 1 at the end (see
/// decks_left_out). A deck file with the bundled deck's id takes the bundled deck's place (a
/// copy of it in the library, as `edit` makes one). A deck with warnings gets one line pointing to `genai-quiz validate`. When
/// no deck is left, every problem is written and genai_quiz::Error (exit code 1) is thrown.
std::vector<Deck> load_decks(const GlobalOptions& global, std::ostream& err);

/// How many decks (or config.yaml entries) load_decks has left out in this process; run_cli
/// turns a successful exit into 1 when there were any.
int decks_left_out();

/// The fingerprint of the current text of each card of `decks`, for answers that carry none.
FingerprintLookup current_fingerprints(const std::vector<Deck>& decks);

}  // namespace genai_quiz
