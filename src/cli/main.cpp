#include <cstdio>
#include <exception>
#include <string>

#include "genai_quiz/cli/commands.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/term/output.hpp"

int main(int argc, char** argv) {
  try {
    return genai_quiz::run_cli(argc, argv);
  } catch (const genai_quiz::Error& e) {
    genai_quiz::write_text(stderr, std::string("genai-quiz: ") + e.what() + "\n");  // may quote a deck
    return e.exit_code();
  } catch (const std::exception& e) {
    genai_quiz::write_text(stderr, std::string("genai-quiz: internal error: ") + e.what() + "\n");
    return genai_quiz::kExitFailure;
  }
}
