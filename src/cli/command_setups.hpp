#pragma once
// The setup function of each command, one per file in src/cli/ (private to the cli layer).

#include "genai_quiz/cli/commands.hpp"

namespace genai_quiz {

/// `list`: the sections of the decks with their cards, stubs, new and due counts.
Runner setup_list(CLI::App& sub, const GlobalOptions& global);

/// `search TEXT...`: the cards whose question, answer or tags have every word of TEXT.
Runner setup_search(CLI::App& sub, const GlobalOptions& global);

/// `edit CARD`: the card's deck file in the person's editor, at the card's line.
Runner setup_edit(CLI::App& sub, const GlobalOptions& global);

/// `suspend CARD...` and `unsuspend CARD...`: cards set aside from study, or brought back.
Runner setup_suspend(CLI::App& sub, const GlobalOptions& global);
Runner setup_unsuspend(CLI::App& sub, const GlobalOptions& global);

/// `reset CARD...`: cards made new again, their answers kept in the log.
Runner setup_reset(CLI::App& sub, const GlobalOptions& global);

/// `study`: a review session over the cards that are due, saving each answer as it is given.
Runner setup_study(CLI::App& sub, const GlobalOptions& global);

/// `validate`: checks deck files and prints every problem with a summary per deck.
Runner setup_validate(CLI::App& sub, const GlobalOptions& global);

/// `genai-quiz convert NOTES.md`: turns a Markdown Q&A document into a deck.
Runner setup_convert(CLI::App& sub, const GlobalOptions& global);

/// `export`: progress to CSV, JSON, YAML or a Markdown report, optionally with the review log.
Runner setup_export(CLI::App& sub, const GlobalOptions& global);

/// `import`: merges the review log of a JSON or YAML export into the progress database.
Runner setup_import(CLI::App& sub, const GlobalOptions& global);

/// `stats`: cards by state, due counts, retention, stability, weakest cards and two charts.
Runner setup_stats(CLI::App& sub, const GlobalOptions& global);

/// `interview`: a timed mock interview round, graded at the end, with a Markdown transcript.
Runner setup_interview(CLI::App& sub, const GlobalOptions& global);
/// `optimize`: fits the FSRS-6 parameters to a review log and can save them in config.yaml.
Runner setup_optimize(CLI::App& sub, const GlobalOptions& global);

/// `prune`: removes the progress of cards that no deck holds any more, after asking.
Runner setup_prune(CLI::App& sub, const GlobalOptions& global);

/// `deck list|add|remove`: the decks of the library.
Runner setup_deck(CLI::App& sub, const GlobalOptions& global);

/// `plan`: simulates the days until an interview for a grid of plans and recommends one.
Runner setup_plan(CLI::App& sub, const GlobalOptions& global);

/// `sync`: progress in step with other devices through a git remote or a shared folder.
Runner setup_sync(CLI::App& sub, const GlobalOptions& global);

/// `config`: the effective settings and where each comes from, or one setting saved in config.yaml.
Runner setup_config(CLI::App& sub, const GlobalOptions& global);

/// `help [COMMAND]`: the overview of the commands, or one command's --help.
Runner setup_help(CLI::App& sub, const GlobalOptions& global);

}  // namespace genai_quiz
