#pragma once
// What a person sees when the command line is wrong: the command that was probably meant, the
// option that was probably meant, and what a value should look like, instead of CLI11's own
// wording. Private to the cli layer.

#include <CLI/CLI.hpp>

#include <optional>
#include <span>
#include <string>

namespace genai_quiz {

/// A short overview of the commands, as git prints it for a bare `git`: the usage line, one
/// line a command from the command table, and where to read more.
std::string command_overview(const CLI::App& app);

/// The command word of `args` (argv without the program name): the first word that is neither
/// an option nor the value of a global option. Nothing when there is none.
std::optional<std::string> command_word(const CLI::App& app, std::span<const std::string> args);

/// "unknown command 'stduy'; did you mean 'study'?" when `word` names no command of `app`;
/// nothing when it does.
std::optional<std::string> unknown_command_message(const CLI::App& app, const std::string& word);

/// One line for a parse error of `app` (after a failed parse): it names the option or argument,
/// says what was expected and suggests the nearest option name, e.g.
/// "study: unknown option '--lmit'; did you mean '--limit'?" or
/// "--new: 'five' is not a whole number (N)".
std::string explain_parse_error(const CLI::App& app, const CLI::ParseError& error);

}  // namespace genai_quiz
