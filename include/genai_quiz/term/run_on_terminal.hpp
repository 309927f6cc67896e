#pragma once
// Running a program on the terminal and waiting for it (the editor of genai-quiz edit).

#include <string>
#include <vector>

namespace genai_quiz {

/// Runs `argv` (its first word looked up in PATH, no shell) with this process's standard input,
/// output and error, and waits for it; Ctrl-C and Ctrl-\ go to it, not to genai-quiz, meanwhile.
/// Returns its exit status, or 128 + the signal that ended it. Throws genai_quiz::Error naming
/// the program when it cannot be started (e.g. it is not installed).
int run_on_terminal(const std::vector<std::string>& argv);

}  // namespace genai_quiz
