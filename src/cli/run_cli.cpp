#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <cstdio>

#include "genai_quiz/cli/commands.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/version.hpp"

namespace genai_quiz {
namespace {

void add_global_options(CLI::App& app, GlobalOptions& global) {
  app.add_option("--deck", global.decks, "Deck file to use instead of the bundled deck (repeatable)")
      ->check(CLI::ExistingFile)
      ->type_name("FILE");
  app.add_option("--data-dir", global.data_dir,
                 "Where progress is kept (default: $GENAI_QUIZ_HOME, else $XDG_DATA_HOME/genai-quiz)")
      ->type_name("DIR");
  app.add_option("--now", global.now, "Pretend it is this time (ISO 8601), for scripts and tests")
      ->type_name("TIME");
  app.add_option("--color", global.color, "Colour output: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN");
}

}  // namespace

int run_cli(int argc, const char* const* argv) {
  CLI::App app{"genai-quiz: spaced-repetition flashcards for Generative-AI interviews", "genai-quiz"};
  app.set_version_flag("--version", fmt::format("genai-quiz {} ({})", kVersion, kRevision));
  app.footer("Run 'genai-quiz COMMAND --help' for a command's options and an example.");
  GlobalOptions global;
  add_global_options(app, global);

  std::vector<std::pair<CLI::App*, Runner>> runners;
  for (const CommandSpec& spec : commands()) {
    CLI::App* sub = app.add_subcommand(spec.name, spec.summary);
    sub->fallthrough();
    runners.emplace_back(sub, spec.setup(*sub, global));
  }
  app.require_subcommand(1);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }

  for (auto& [sub, run] : runners) {
    if (sub->parsed()) return run();
  }
  return kExitUsage;
}

}  // namespace genai_quiz
