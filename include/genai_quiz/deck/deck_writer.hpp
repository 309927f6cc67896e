#pragma once
// Writing a deck as a YAML deck file (the format of docs/deck-format.md).

#include <ostream>
#include <string_view>

#include "genai_quiz/core/deck.hpp"

namespace genai_quiz {

/// Writes `deck` to `out` as a YAML deck file. Answers (and questions longer than one line) are
/// literal block scalars, so their Markdown reads as it was written; every string reads back
/// exactly, key points included. Stubs are written as `- stub: true`, with their question when they have one.
/// `comment`, when not empty, is written first as YAML comment lines.
void write_deck_yaml(const Deck& deck, std::ostream& out, std::string_view comment = {});

}  // namespace genai_quiz
