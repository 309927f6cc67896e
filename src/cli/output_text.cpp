#include "cli/output_text.hpp"

#include <fmt/core.h>

#include <cstdlib>

namespace genai_quiz {

std::string plural(int n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

int terminal_width() {
  if (const char* columns = std::getenv("COLUMNS")) {
    const int n = std::atoi(columns);
    if (n >= 20) return n;
  }
  return 80;
}

}  // namespace genai_quiz
