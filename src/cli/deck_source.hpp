#pragma once
// The decks a command works on: the --deck files, or else the bundled deck.

#include <iosfwd>
#include <string>
#include <vector>

#include "genai_quiz/cli/commands.hpp"
#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/core/progress_import.hpp"
#include "genai_quiz/deck/deck_loader.hpp"

namespace genai_quiz {

/// Loads every deck of `paths` in order (through the parsed-deck cache in
/// default_deck_cache_dir()), or the bundled deck when `paths` is empty. Throws
/// genai_quiz::Error when a file cannot be read.
std::vector<LoadedDeck> load_deck_files(const std::vector<std::string>& paths);

/// Loads the decks `global` names (see load_deck_files), writes their errors to `err` with one
/// line per deck that has warnings (pointing to `genai-quiz validate`), and throws
/// genai_quiz::Error (exit code 1) when any deck has an error or two decks share an id.
std::vector<Deck> load_decks(const GlobalOptions& global, std::ostream& err);

/// The fingerprint of the current text of each card of `decks`, for answers that carry none.
FingerprintLookup current_fingerprints(const std::vector<Deck>& decks);

}  // namespace genai_quiz
