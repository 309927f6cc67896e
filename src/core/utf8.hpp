#pragma once
// Minimal UTF-8 decoding and encoding for the core (which may not use third-party libraries).

#include <cstddef>
#include <string>
#include <string_view>

namespace genai_quiz::utf8 {

/// The replacement character, returned for malformed input.
inline constexpr char32_t kReplacement = 0xFFFD;

/// Decodes the code point starting at `s[i]` and advances `i` past it; a malformed byte
/// decodes as U+FFFD and advances by one.
char32_t decode(std::string_view s, std::size_t& i);

/// Appends the UTF-8 encoding of `c` to `out`.
void append(std::string& out, char32_t c);

}  // namespace genai_quiz::utf8
