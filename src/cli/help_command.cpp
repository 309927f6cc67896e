// genai-quiz help [COMMAND]: the list of commands, or what one command's --help says.

#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <optional>

#include "cli/command_setups.hpp"
#include "cli/usage_errors.hpp"
#include "genai_quiz/core/error.hpp"

namespace genai_quiz {

Runner setup_help(CLI::App& sub, const GlobalOptions&) {
  auto command = std::make_shared<std::string>();
  sub.add_option("command", *command, "The command to describe")->type_name("COMMAND");
  sub.footer("Example:\n  genai-quiz help\n  genai-quiz help study");
  return [&sub, command] {
    const CLI::App& app = *sub.get_parent();
    if (command->empty()) {
      std::fputs(command_overview(app).c_str(), stdout);
      return static_cast<int>(kExitOk);
    }
    if (std::optional<std::string> unknown = unknown_command_message(app, *command)) throw UsageError(*unknown);
    const CLI::App* described = app.get_subcommand(*command);
    std::fputs(described->help("genai-quiz").c_str(), stdout);
    return static_cast<int>(kExitOk);
  };
}

}  // namespace genai_quiz
