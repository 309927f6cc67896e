#pragma once
// Styled runs of text shared by the renderer and the wrapper (private to the term layer).

#include <cstdint>
#include <string>
#include <vector>

#include "genai_quiz/term/style.hpp"

namespace genai_quiz {

/// A set of roles; a run in a bold link inside a heading has three.
using StyleSet = std::uint32_t;

/// The set holding only `role`.
constexpr StyleSet style_bit(Role role) { return StyleSet{1} << static_cast<int>(role); }

/// Not a style but a wrapping rule: no line break after a hyphen inside these runs (math).
constexpr StyleSet kKeepHyphens = StyleSet{1} << 31;

/// A run of sanitized text in one style.
struct Span {
  std::string text;
  StyleSet style = 0;
};

/// One output line as runs.
using SpanLine = std::vector<Span>;

/// `text` in the combined style of `style`: emphases add up, the strongest role's colour wins.
std::string paint_set(std::string_view text, StyleSet style, bool color);

/// The line's runs painted and joined, trailing blanks removed.
std::string paint_line(const SpanLine& line, bool color);

/// The total display width of the runs.
int line_width(const SpanLine& line);

}  // namespace genai_quiz
