#pragma once
// The command line as plain data, read from the CLI11 definitions (build_app): what the man page
// and shell completion are made from, so neither keeps its own list of commands or flags.
// Private to cli.

#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace genai_quiz {

/// What an option's value is, as far as completing it goes. Read from the option's value name
/// (type_name) and checks: FILE, PATH or a name with an extension (NOTES.md) is a file; DIR a
/// directory; SECTION a section of the decks; TAG a card tag of the decks; DECK a deck id;
/// SETTING a config.yaml key; an IsMember check a fixed choice. Anything else is free text.
enum class ValueKind { kNone, kText, kFile, kDirectory, kSection, kTag, kDeck, kCard, kSetting, kChoice };

/// One option or positional argument.
struct OptionInfo {
  std::vector<std::string> names;    ///< "-s", "--section": short names first; empty for a positional
  std::string value_name;            ///< "SECTION"; empty for a flag
  ValueKind kind = ValueKind::kNone;
  std::vector<std::string> choices;  ///< the allowed values of a kChoice
  bool repeats = false;              ///< takes several values ("VALUE...")
  bool required = false;
  std::string description;
};

/// One command (the root has an empty name) and what it accepts.
struct CommandInfo {
  std::string name;
  std::string description;
  std::string footer;                    ///< text after the options, with the example
  std::vector<OptionInfo> options;       ///< in declaration order, --help first
  std::vector<OptionInfo> positionals;   ///< in order
  std::vector<CommandInfo> subcommands;  ///< in declaration order; hidden ones left out
};

/// Reads `app` and its subcommands; hidden options and commands (empty group) are left out.
CommandInfo describe_command_line(const CLI::App& app);

/// The subcommand named `name`, or nullptr.
const CommandInfo* find_subcommand(const CommandInfo& command, std::string_view name);

/// The option of `command` called `name` ("-s" or "--section"), or nullptr.
const OptionInfo* find_option(const CommandInfo& command, std::string_view name);

}  // namespace genai_quiz
