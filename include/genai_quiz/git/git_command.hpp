#pragma once
// Running the `git` program, the person's own: their ssh keys, credential helpers and
// configuration apply. Arguments go to git as a vector (posix_spawn), never through a shell.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace genai_quiz {

/// What one run of git did.
struct GitResult {
  int status = 0;    ///< git's exit status; 128 and up also when it was killed by a signal
  std::string out;   ///< its standard output
  std::string err;   ///< its standard error

  bool ok() const { return status == 0; }
};

/// The first line of `git --version` ("git version 2.39.5"), or nothing when no `git` program
/// can be run from PATH.
std::optional<std::string> git_version();

/// How to install git, for the message when git_version() finds none.
std::string git_install_hint();

/// Runs `git -C dir ARGS...` with standard input from /dev/null, waits for it and returns its
/// status and output. Throws genai_quiz::Error when git cannot be started at all.
GitResult run_git(const std::filesystem::path& dir, const std::vector<std::string>& args);

/// git's reason for a failure in one line: its first "fatal: " or "error: " line, else the last
/// non-empty line of its standard error (or output).
std::string git_message(const GitResult& result);

}  // namespace genai_quiz
