#include "genai_quiz/core/choice_letters.hpp"

namespace genai_quiz {

std::string choice_letters(const std::vector<int>& indices) {
  std::string out;
  for (std::size_t i = 0; i < indices.size(); ++i) {
    if (i > 0) out += i + 1 == indices.size() ? " or " : ", ";
    out += static_cast<char>('a' + indices[i]);
  }
  return out;
}

}  // namespace genai_quiz
