#include "genai_quiz/cli/commands.hpp"

#include <array>

#include "cli/command_setups.hpp"

namespace genai_quiz {

std::span<const CommandSpec> commands() {
  static const std::array<CommandSpec, 0> kCommands = {};
  return kCommands;
}

}  // namespace genai_quiz
