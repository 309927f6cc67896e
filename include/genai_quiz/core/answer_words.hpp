#pragma once
// Splitting free text (a typed answer or a key point) into words for key-point matching.
// docs/interview.md states the rules.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace genai_quiz {

/// One word of a text: lower-cased, with the bytes it came from.
struct TextWord {
  std::string text;             ///< ASCII letters lower-cased; apostrophes and a possessive 's removed
  std::size_t begin = 0;        ///< offset of its first byte in the text
  std::size_t end = 0;          ///< offset one past its last byte
  bool sentence_start = false;  ///< a sentence end (. ! ? ; then a space) or a blank line precedes it
};

/// The words of `text`. Words are runs of letters and digits (any non-ASCII character that is not
/// punctuation counts as a letter); everything else separates them. "model's" gives "model" and
/// "doesn't" gives "doesnt".
std::vector<TextWord> split_words(std::string_view text);

/// True for the English function words ("the", "of", "is", ...) that never make a point alone.
/// `word` must already be lower-case.
bool is_stop_word(std::string_view word);

}  // namespace genai_quiz
