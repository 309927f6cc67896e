#include "cli/cli_app.hpp"

#include <fmt/core.h>

#include <filesystem>
#include <string>

#include "genai_quiz/version.hpp"

namespace genai_quiz {
namespace {

void add_global_options(CLI::App& app, GlobalOptions& global) {
  // A file that exists, or the word 'bundled'. No description, else --help shows FILE:FILE.
  const CLI::Validator deck_file(
      [](std::string& value) -> std::string {
        if (value == kBundledDeckArg || std::filesystem::is_regular_file(value)) return "";
        return "no such deck file: " + value + " (a YAML deck, or 'bundled' for the bundled deck)";
      },
      "");
  app.add_option(kDeckOption, global.decks,
                 "Deck file to use instead of the bundled deck (repeatable; 'bundled' names the bundled deck)")
      ->check(deck_file)
      ->type_name("FILE");
  app.add_option("--data-dir", global.data_dir,
                 "Where progress is kept (default: $GENAI_QUIZ_HOME, else $XDG_DATA_HOME/genai-quiz)")
      ->type_name("DIR");
  app.add_option("--now", global.now, "Pretend it is this time (ISO 8601), for scripts and tests")
      ->type_name("TIME");
  app.add_option("--color", global.color, "Colour output: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN")
      ->option_text("WHEN");  // the help says the choices in words, not "WHEN:{auto,always,never}"
}

}  // namespace

CliApp build_app() {
  CliApp cli;
  cli.global = std::make_unique<GlobalOptions>();
  cli.app = std::make_unique<CLI::App>("genai-quiz: spaced-repetition flashcards for Generative-AI interviews",
                                       "genai-quiz");
  CLI::App& app = *cli.app;
  app.set_version_flag("-v,--version", fmt::format("genai-quiz {} ({})", kVersion, kRevision),
                       "Print the version and the source revision it was built from");
  app.footer("Run 'genai-quiz COMMAND --help' for a command's options and an example.");
  add_global_options(app, *cli.global);
  for (const CommandSpec& spec : commands()) {
    CLI::App* sub = app.add_subcommand(spec.name, spec.summary);
    sub->fallthrough();
    cli.runners.emplace_back(sub, spec.setup(*sub, *cli.global));
  }
  app.require_subcommand(1);
  return cli;
}

}  // namespace genai_quiz
