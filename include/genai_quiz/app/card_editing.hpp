#pragma once
// Editing a card's deck file in the person's editor, for `genai-quiz edit` and the `e` key of
// study (docs/deck-format.md, "Editing a card").

#include <iosfwd>
#include <optional>
#include <string>

#include "genai_quiz/app/global_options.hpp"
#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/deck/deck_loader.hpp"

namespace genai_quiz {

/// Asks `question` on `out` and reads the answer from `in`: y or yes (any case) is true, n or no
/// false, an empty line `default_yes`; the end of the input is always false.
bool ask_yes_no(const std::string& question, bool default_yes, std::istream& in, std::ostream& out);

/// The file to edit `deck` in: its own file, or, for the bundled deck (read-only), a copy of it
/// in the decks folder, made after asking on `in`/`out` unless `yes`. The copy takes the
/// bundled deck's place for every command (same id, same progress). Nothing when the person
/// declines; Error, changing nothing, when the copy cannot be written.
std::optional<std::string> editable_deck_file(const GlobalOptions& global, const Deck& deck, bool yes,
                                              std::istream& in, std::ostream& out);

/// Opens `file` at `line` in $VISUAL, $EDITOR or vi, then reads the deck again. While it has
/// errors, writes its first problems to `out` and asks whether to edit again (at the first
/// error's line). Returns the deck once it has no errors, or nothing when the person leaves it
/// with errors. Throws Error when the editor cannot be run or fails, or the file is gone.
std::optional<LoadedDeck> edit_deck_file(const std::string& file, int line, std::istream& in, std::ostream& out);

}  // namespace genai_quiz
