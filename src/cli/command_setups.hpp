#pragma once
// The setup function of each command, one per file in src/cli/ (private to the cli layer).

#include "genai_quiz/cli/commands.hpp"

namespace genai_quiz {

Runner setup_optimize(CLI::App& sub, const GlobalOptions& global);

}  // namespace genai_quiz
