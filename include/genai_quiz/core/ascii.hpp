#pragma once
// ASCII helpers: case-insensitive comparison for identifiers typed on the command line (only
// ASCII letters are folded; other characters must match exactly), and white space in text.

#include <string>
#include <string_view>

namespace genai_quiz {

/// `text` with ASCII letters A-Z turned into a-z.
std::string ascii_lower(std::string_view text);

/// True when `a` and `b` are equal ignoring ASCII case.
bool iequals_ascii(std::string_view a, std::string_view b);

/// True when `text` starts with `prefix`, ignoring ASCII case.
bool istarts_with_ascii(std::string_view text, std::string_view prefix);

/// True for the ASCII letters a-z and A-Z.
constexpr bool is_alpha_ascii(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// True for the digits 0-9.
constexpr bool is_digit_ascii(char c) { return c >= '0' && c <= '9'; }

/// True for white space within a line: a space, a tab or a carriage return.
constexpr bool is_blank_ascii(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/// True for white space within a line or a line feed.
constexpr bool is_space_ascii(char c) { return is_blank_ascii(c) || c == '\n'; }

}  // namespace genai_quiz
