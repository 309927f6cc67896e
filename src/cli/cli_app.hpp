#pragma once
// The whole command line as CLI11 definitions, built once and used three ways: parsed by
// run_cli, walked by the man page generator, and walked by shell completion. Private to cli.

#include <CLI/CLI.hpp>

#include <memory>
#include <utility>
#include <vector>

#include "genai_quiz/app/deck_library.hpp"
#include "genai_quiz/cli/commands.hpp"

namespace genai_quiz {

/// The global option naming deck files; completion reads its values to offer their sections.
inline constexpr const char* kDeckOption = "--deck";

/// The root App with the global options and one subcommand per entry of commands(), each paired
/// with the runner its setup returned. Runners read `global`, so it lives on the heap.
struct CliApp {
  std::unique_ptr<GlobalOptions> global;
  std::unique_ptr<CLI::App> app;
  std::vector<std::pair<CLI::App*, Runner>> runners;
};

/// Declares every option and command without parsing anything.
CliApp build_app();

}  // namespace genai_quiz
