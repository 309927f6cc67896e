#include "genai_quiz/ui/output_text.hpp"

#include <fmt/core.h>

#include <charconv>
#include <cstdlib>
#include <string_view>

#include "genai_quiz/term/terminal.hpp"

namespace genai_quiz {

std::string plural(int n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

int terminal_width() {
  if (is_terminal(1)) {  // the terminal's own width: $COLUMNS is seldom exported
    if (const int columns = terminal_size(1).columns; columns >= 20) return columns;
  }
  const char* columns = std::getenv("COLUMNS");
  if (columns == nullptr) return 80;
  const std::string_view text(columns);
  int n = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  return error == std::errc() && end == text.data() + text.size() && n >= 20 ? n : 80;
}

}  // namespace genai_quiz
