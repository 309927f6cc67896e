#pragma once
// The text fold that genai-quiz search compares cards with (core/card_search.hpp), by utf8proc.

#include <string>
#include <string_view>

namespace genai_quiz {

/// `text` with case folded, compatibility forms decomposed and accents (combining marks)
/// stripped, and every character that is neither a letter nor a digit turned into a space:
/// "Été — Self-Attention" gives "ete   self attention". Malformed UTF-8 bytes become spaces.
std::string fold_for_search(std::string_view text);

}  // namespace genai_quiz
