#pragma once
// The setup function of each command, one per file in src/cli/ (private to the cli layer).

#include "genai_quiz/cli/commands.hpp"

namespace genai_quiz {

/// `config`: the effective settings and where each comes from, or one setting saved in config.yaml.
Runner setup_config(CLI::App& sub, const GlobalOptions& global);

}  // namespace genai_quiz
