#include "genai_quiz/term/line_reader.hpp"

namespace genai_quiz {

std::optional<std::string> LineReader::read_line() {
  std::string line;
  if (!std::getline(in_, line)) return std::nullopt;
  ++line_number_;
  const char* blanks = " \t\r\v\f";
  std::size_t first = line.find_first_not_of(blanks);
  if (first == std::string::npos) return std::string();
  return line.substr(first, line.find_last_not_of(blanks) - first + 1);
}

}  // namespace genai_quiz
