#include "genai_quiz/cli/commands.hpp"

#include <array>

#include "cli/command_setups.hpp"

namespace genai_quiz {

std::span<const CommandSpec> commands() {
  static const std::array kCommands = {
      CommandSpec{"study", "Review the cards that are due, one at a time", setup_study},
      CommandSpec{"stats", "Show where you stand: due cards, retention, weakest cards, charts", setup_stats},
      CommandSpec{"plan", "Simulate the days to an interview: minutes a day and how much you will recall",
                  setup_plan},
      CommandSpec{"interview", "A timed mock interview: questions, typed answers, grades and a transcript",
                  setup_interview},
      CommandSpec{"list", "Show the sections of the decks with their cards and stubs", setup_list},
      CommandSpec{"search", "Find cards by words of their question, answer or tags", setup_search},
      CommandSpec{"edit", "Open a card in your editor at its line, then check its deck", setup_edit},
      CommandSpec{"suspend", "Set cards aside: study never shows them until they are unsuspended", setup_suspend},
      CommandSpec{"unsuspend", "Bring suspended cards (leeches too) back into study", setup_unsuspend},
      CommandSpec{"reset", "Make cards new again, keeping their answers in the history", setup_reset},
      CommandSpec{"prune", "Remove the progress of cards that no deck holds any more, after asking", setup_prune},
      CommandSpec{"deck", "The decks of the library: list them, add a deck file, remove one", setup_deck},
      CommandSpec{"validate", "Check deck files and report every problem in them", setup_validate},
      CommandSpec{"export", "Write your progress to CSV, JSON, YAML or a Markdown report", setup_export},
      CommandSpec{"import", "Merge the review log of an export into your progress", setup_import},
      CommandSpec{"sync", "Keep your progress in step on every machine, through git or a shared folder", setup_sync},
      CommandSpec{"convert", "Turn a Markdown interview Q&A document into a deck", setup_convert},
      CommandSpec{"optimize", "Fit the FSRS-6 parameters to a review history", setup_optimize},
      CommandSpec{"config", "Show the settings and where each comes from, or save one in config.yaml", setup_config},
      CommandSpec{"help", "Show the commands, or one command's options and an example", setup_help},
  };
  return kCommands;
}

}  // namespace genai_quiz
