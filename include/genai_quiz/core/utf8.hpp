#pragma once
// Reading UTF-8 one code point at a time, strictly: overlong forms, surrogates and code points
// above U+10FFFF are invalid.

#include <cstddef>
#include <string_view>

namespace genai_quiz {

/// The value decode_utf8 gives for a byte that does not start a valid UTF-8 sequence.
inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

/// One decoded character: its code point and how many bytes it took.
struct Utf8Char {
  char32_t code_point = kInvalidCodePoint;
  std::size_t length = 1;
};

/// Decodes the character that starts at byte `i` of `text` (`i` < text.size()); an invalid or
/// truncated sequence gives kInvalidCodePoint with length 1, so a caller can step over it.
Utf8Char decode_utf8(std::string_view text, std::size_t i);

/// The number of characters in `text`, counting each invalid byte as one.
std::size_t count_code_points(std::string_view text);

}  // namespace genai_quiz
