#pragma once
// Every subcommand, in one table. Each command lives in its own file `src/cli/<name>_command.cpp`
// as an options struct, a `setup_<name>` that declares its flags, and the work it runs after
// parsing: parsing never does the work and the work never parses.
//
// --help, the manual page (genai-quiz.1) and shell completion are all read from these CLI11
// definitions, so a new command or option appears in all three by itself. Completion goes by an
// option's value name (type_name): FILE, PATH or a name with an extension (NOTES.md) completes
// file names, DIR directories, SECTION the sections, TAG the card tags, DECK the deck ids and
// CARD the card ids of the decks, SETTING the keys of config.yaml, and an IsMember check its
// choices; any other name is free text.

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "genai_quiz/app/global_options.hpp"

namespace CLI {
class App;
}

namespace genai_quiz {

/// The work a command does once its arguments are parsed; returns the exit code.
using Runner = std::function<int()>;

/// Declares a command's flags on `sub` and returns the runner that will read them.
using SetupFn = Runner (*)(CLI::App& sub, const GlobalOptions& global);

/// One subcommand: its name, a one-line summary for --help, and its setup.
struct CommandSpec {
  const char* name;
  const char* summary;
  SetupFn setup;
};

/// The table of every subcommand, in the order --help lists them.
std::span<const CommandSpec> commands();

/// Parses `argv`, runs the chosen command and returns the process exit code. Usage errors
/// return 2, data and runtime errors 1; an uncaught genai_quiz::Error becomes its exit code.
int run_cli(int argc, const char* const* argv);

}  // namespace genai_quiz
