#pragma once
// Environmental failures (an unreadable file, a locked database, a full disk): one typed error
// that carries its exit code, thrown by the edges and caught once in main.

#include <stdexcept>
#include <string>

namespace genai_quiz {

/// Process exit codes used by every command.
enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

/// An error the user must see, with the exit code the process should end with.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message, int exit_code = kExitFailure)
      : std::runtime_error(message), exit_code_(exit_code) {}
  int exit_code() const { return exit_code_; }

 private:
  int exit_code_;
};

/// A mistake in how the program was called (unknown section, bad flag value): exit code 2.
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(message, kExitUsage) {}
};

}  // namespace genai_quiz
