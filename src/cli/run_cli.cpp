#include <CLI/CLI.hpp>

#include <string_view>

#include "cli/cli_app.hpp"
#include "genai_quiz/cli/commands.hpp"
#include "genai_quiz/core/error.hpp"

namespace genai_quiz {

int run_cli(int argc, const char* const* argv) {
  CliApp cli = build_app();
  try {
    cli.app->parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = cli.app->exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  for (auto& [sub, run] : cli.runners) {
    if (sub->parsed()) return run();
  }
  return kExitUsage;
}

}  // namespace genai_quiz
