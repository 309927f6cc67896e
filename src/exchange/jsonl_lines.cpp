#include "genai_quiz/exchange/jsonl_lines.hpp"

namespace genai_quiz {

CompleteLines complete_lines(std::string_view text) {
  CompleteLines out;
  std::size_t start = 0;
  for (std::size_t end = text.find('\n'); end != std::string_view::npos; end = text.find('\n', start)) {
    std::string_view line = text.substr(start, end - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.find_first_not_of(" \t") != std::string_view::npos) out.lines.push_back(line);
    start = end + 1;
    out.consumed = start;
  }
  return out;
}

}  // namespace genai_quiz
