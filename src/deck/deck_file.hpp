#pragma once
// Reading a deck file's bytes, shared by the plain and the cached load.

#include <optional>
#include <string>

#include "genai_quiz/deck/deck_loader.hpp"

namespace genai_quiz {

/// The bytes of the deck file at `path`; nothing when the file is larger than a deck may be
/// (then too_large_deck says so). Throws genai_quiz::Error naming the path when it cannot be read.
std::optional<std::string> read_deck_file(const std::string& path);

/// The result of loading a file too large to be a deck: its default id and one error.
LoadedDeck too_large_deck(const std::string& path);

}  // namespace genai_quiz
