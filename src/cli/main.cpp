#include <cstdio>
#include <exception>

#include "genai_quiz/cli/commands.hpp"
#include "genai_quiz/core/error.hpp"

int main(int argc, char** argv) {
  try {
    return genai_quiz::run_cli(argc, argv);
  } catch (const genai_quiz::Error& e) {
    std::fprintf(stderr, "genai-quiz: %s\n", e.what());
    return e.exit_code();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "genai-quiz: internal error: %s\n", e.what());
    return genai_quiz::kExitFailure;
  }
}
