// genai-quiz help [COMMAND]: the list of commands, or what one command's --help says.

#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/command_setups.hpp"
#include "cli/usage_errors.hpp"
#include "genai_quiz/core/error.hpp"

namespace genai_quiz {

Runner setup_help(CLI::App& sub, const GlobalOptions&) {
  auto words = std::make_shared<std::vector<std::string>>();
  sub.add_option("command", *words, "The command to describe, and the command of its own (deck list)")
      ->type_name("COMMAND");
  sub.footer("Example:\n  genai-quiz help\n  genai-quiz help study\n  genai-quiz help deck list");
  return [&sub, words] {
    const CLI::App& app = *sub.get_parent();
    if (std::optional<std::string> unknown = unknown_command_in(app, *words)) {
      throw UsageError(unknown->substr(0, unknown->find('\n')));
    }
    const CLI::App* described = &app;
    for (const std::string& word : *words) described = described->get_subcommand(word);
    if (words->empty()) {
      std::fputs(command_overview(*described).c_str(), stdout);
      return static_cast<int>(kExitOk);
    }
    std::string name = "genai-quiz";
    for (const std::string& word : *words) name += " " + word;
    std::fputs(described->help(name.substr(0, name.rfind(' '))).c_str(), stdout);  // "Usage: genai-quiz deck list"
    return static_cast<int>(kExitOk);
  };
}

}  // namespace genai_quiz
