#pragma once
// What a person sees when the command line is wrong: the command that was probably meant, the
// option that was probably meant, and what a value should look like, instead of CLI11's own
// wording. Private to the cli layer.

#include <CLI/CLI.hpp>

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace genai_quiz {

/// A short overview of the commands of `app` (the program, or a command with commands of its
/// own such as `deck`), as git prints it for a bare `git`: the usage line, one line a command
/// from the command table, and where to read more.
std::string command_overview(const CLI::App& app);

/// The command words of `args` (argv without the program name): the first word that is neither
/// an option nor the value of one, then, for a command with commands of its own (`deck`), its
/// next such word, and so on; the path ends at the first word that names no command. A
/// misspelt option is taken to take a value when the option it is nearest does ("--dek a.yaml").
std::vector<std::string> command_path(const CLI::App& app, std::span<const std::string> args);

/// For the first word of `path` that names no command: "unknown command 'stduy'; did you mean
/// 'study'?" (for a command's own commands "deck: unknown command 'lsit'; ..."), then a line
/// naming the help to run. Nothing when every word names a command.
std::optional<std::string> unknown_command_in(const CLI::App& app, std::span<const std::string> path);

/// The command whose own command is missing after a failed parse ("genai-quiz deck", or a bare
/// "genai-quiz": the program), or null when `error` is about something else.
const CLI::App* command_missing_subcommand(const CLI::App& app, const CLI::ParseError& error);

/// "unknown command 'stduy'; did you mean 'study'?" when `word` names no command of `app`;
/// nothing when it does.
std::optional<std::string> unknown_command_message(const CLI::App& app, const std::string& word);

/// One line for a parse error of `app` (after a failed parse): it names the option or argument,
/// says what was expected and suggests the nearest option name, e.g.
/// "study: unknown option '--lmit'; did you mean '--limit'?" or
/// "--new: 'five' is not a whole number (N)".
std::string explain_parse_error(const CLI::App& app, const CLI::ParseError& error);

}  // namespace genai_quiz
