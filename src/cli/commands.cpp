#include "genai_quiz/cli/commands.hpp"

#include <array>

#include "cli/command_setups.hpp"

namespace genai_quiz {

std::span<const CommandSpec> commands() {
  static const std::array<CommandSpec, 1> kCommands = {{
      {"optimize", "Fit the FSRS-6 parameters to a review history", setup_optimize},
  }};
  return kCommands;
}

}  // namespace genai_quiz
