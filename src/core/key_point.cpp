#include "genai_quiz/core/key_point.hpp"

#include "genai_quiz/core/answer_words.hpp"

namespace genai_quiz {

std::string key_point_label(const KeyPoint& point) {
  std::string out;
  for (const std::string& alternative : point.alternatives) {
    if (!out.empty()) out += " / ";
    out += alternative;
  }
  return out;
}

bool phrase_has_content(std::string_view phrase) {
  for (const TextWord& word : split_words(phrase)) {
    if (!is_stop_word(word.text)) return true;
  }
  return false;
}

}  // namespace genai_quiz
