#pragma once
// Reading decks from YAML (format: docs/deck-format.md). Problems in a deck are returned as
// diagnostics, all of them in one pass; only an unreadable file throws.

#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/core/diagnostic.hpp"

namespace genai_quiz {

/// A deck as far as it could be read, and every problem found on the way.
struct LoadedDeck {
  Deck deck;
  std::vector<Diagnostic> diagnostics;  ///< in file order; the deck is unusable if any is an error

  bool operator==(const LoadedDeck&) const = default;
};

/// The file name diagnostics of the bundled deck carry.
inline constexpr const char* kBundledDeckName = "<bundled>";

/// Reads a deck from YAML `text`; `file_name` goes into diagnostics and Deck::file, and its stem
/// is the deck id when the deck gives none. Never throws for anything in `text`: encoding
/// problems, YAML syntax errors, hostile input (deep nesting, aliases, huge lines) and deck
/// mistakes all become diagnostics.
LoadedDeck load_deck(std::string_view text, std::string file_name);

/// Reads the deck file at `path`. Throws genai_quiz::Error naming the path when it cannot be read.
LoadedDeck load_deck_file(const std::string& path);

/// Reads the deck compiled into the program (data/genai-interview.yaml).
LoadedDeck load_bundled_deck();

/// The bytes of the bundled deck's YAML, as compiled in.
std::string_view bundled_deck_yaml();

}  // namespace genai_quiz
