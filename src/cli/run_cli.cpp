#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/cli_app.hpp"
#include "cli/command_line_model.hpp"
#include "cli/completion.hpp"
#include "cli/completion_values.hpp"
#include "cli/man_page.hpp"
#include "cli/usage_errors.hpp"
#include "genai_quiz/app/deck_source.hpp"
#include "genai_quiz/cli/commands.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/term/output.hpp"
#include "genai_quiz/version.hpp"

namespace genai_quiz {
namespace {

// `genai-quiz __man [FILE]`: the manual page, for the build.
int write_man_page(int argc, const char* const* argv) {
  CliApp cli = build_app();
  const std::string page = render_man_page(describe_command_line(*cli.app), kVersion);
  if (argc < 3) {
    std::fputs(page.c_str(), stdout);
    return kExitOk;
  }
  std::ofstream out(argv[2], std::ios::binary);
  out << page;
  out.close();
  if (!out) throw Error(std::string("cannot write ") + argv[2]);
  return kExitOk;
}

// `genai-quiz __complete WORD...`: what fits the last word, for the completion scripts. Never
// fails loudly: a shell would print the error in the middle of the command line.
int print_completion(int argc, const char* const* argv) {
  std::vector<std::string> words(argv + 2, argv + argc);
  if (words.empty()) words.emplace_back();
  std::string answer = "words\n";
  try {
    CliApp cli = build_app();
    answer = format_completion(complete(describe_command_line(*cli.app), words, complete_values));
  } catch (const std::exception&) {
  }
  std::fputs(answer.c_str(), stdout);
  return kExitOk;
}

}  // namespace

int run_cli(int argc, const char* const* argv) {
  // Entry points for the build and the shells' completion scripts rather than for people: they
  // are not in the command table, --help or the man page.
  if (argc >= 2 && std::string_view(argv[1]) == "__man") return write_man_page(argc, argv);
  if (argc >= 2 && std::string_view(argv[1]) == "__complete") return print_completion(argc, argv);

  CliApp cli = build_app();
  const std::vector<std::string> args(argv + 1, argv + argc);
  const std::vector<std::string> path = command_path(*cli.app, args);
  if (std::optional<std::string> unknown = unknown_command_in(*cli.app, path)) {
    write_text(stderr, "genai-quiz: " + *unknown + "\n");
    return kExitUsage;
  }
  try {
    cli.app->parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return cli.app->exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return cli.app->exit(e);
  } catch (const CLI::CallForVersion& e) {
    return cli.app->exit(e);
  } catch (const CLI::ParseError& e) {
    if (const CLI::App* command = command_missing_subcommand(*cli.app, e)) {
      // A bare `genai-quiz` or `genai-quiz deck`: what there is to do.
      std::fputs(command_overview(*command).c_str(), stderr);
      return kExitUsage;
    }
    std::string hint = "genai-quiz help";
    for (const std::string& word : path) hint += " " + word;
    if (path.empty()) hint = "genai-quiz --help";
    write_text(stderr, "genai-quiz: " + explain_parse_error(*cli.app, e) + "\nRun '" + hint + "' for the options.\n");
    return kExitUsage;
  }
  for (auto& [sub, run] : cli.runners) {
    if (sub->parsed()) {
      const int code = run();
      return code == kExitOk && decks_left_out() > 0 ? kExitFailure : code;
    }
  }
  return kExitUsage;
}

}  // namespace genai_quiz
