#pragma once
// The setup function of each command, one per file in src/cli/ (private to the cli layer).

#include "genai_quiz/cli/commands.hpp"

namespace genai_quiz {

/// `genai-quiz convert NOTES.md`: turns a Markdown Q&A document into a deck.
Runner setup_convert(CLI::App& sub, const GlobalOptions& global);

}  // namespace genai_quiz
