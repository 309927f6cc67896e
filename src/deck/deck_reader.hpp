#pragma once
// Turning a YAML tree into a Deck by the rules of docs/deck-format.md.

#include <string>
#include <vector>

#include "deck/source_text.hpp"
#include "deck/yaml_tree.hpp"
#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/core/diagnostic.hpp"

namespace genai_quiz {

/// Reads the deck that `root` describes into `deck` (whose `file`, `id` and `pos` hold the
/// defaults), adding a diagnostic for every mistake to `out`; `lines` indexes the text the
/// tree came from. The text of the scalars it reads is moved out of the tree.
void read_deck(YamlNode& root, const LineIndex& lines, Deck& deck, std::vector<Diagnostic>& out);

}  // namespace genai_quiz
