#pragma once
// Word wrapping by display width.

#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/term/style.hpp"

namespace genai_quiz {

/// Splits `text` into lines of at most `width` columns, breaking at spaces, after a hyphen
/// inside a word, and between wide (CJK) characters; a word longer than a line is cut between
/// grapheme clusters. Newlines in `text` are kept as line breaks; runs of spaces collapse.
/// `text` is sanitized first; each line is painted in `role` when `color` is true.
std::vector<std::string> wrap_text(std::string_view text, int width, Role role = Role::kPlain,
                                   bool color = false);

}  // namespace genai_quiz
