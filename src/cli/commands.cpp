#include "genai_quiz/cli/commands.hpp"

#include <array>

#include "cli/command_setups.hpp"

namespace genai_quiz {

std::span<const CommandSpec> commands() {
  static const std::array kCommands = {
      CommandSpec{"study", "Review the cards that are due, one at a time", setup_study},
      CommandSpec{"list", "Show the sections of the decks with their cards and stubs", setup_list},
      CommandSpec{"validate", "Check deck files and report every problem in them", setup_validate},
      CommandSpec{"convert", "Turn a Markdown interview Q&A document into a deck", setup_convert},
      CommandSpec{"optimize", "Fit the FSRS-6 parameters to a review history", setup_optimize},
      CommandSpec{"config", "Show the settings and where each comes from, or save one in config.yaml", setup_config},
  };
  return kCommands;
}

}  // namespace genai_quiz
