#include "genai_quiz/cli/commands.hpp"

#include <array>

#include "cli/command_setups.hpp"

namespace genai_quiz {

std::span<const CommandSpec> commands() {
  static const std::array<CommandSpec, 1> kCommands = {{
      {"convert", "Turn a Markdown interview Q&A document into a deck", setup_convert},
  }};
  return kCommands;
}

}  // namespace genai_quiz
