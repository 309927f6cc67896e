#pragma once
// Lifting `$…$` and `$$…$$` math out of Markdown before it is parsed, so that Markdown's rules
// for emphasis, escapes and line breaks cannot mangle a formula such as `$x_{1j}*v_j$`.

#include <string>
#include <string_view>
#include <vector>

namespace genai_quiz {

/// One span lifted out of the Markdown source.
struct MathSpan {
  enum class Kind {
    kInline,   ///< `$tex$`
    kDisplay,  ///< `$$tex$$`
    kLiteral,  ///< a character of the source that happened to lie in the placeholder range
  };
  Kind kind = Kind::kInline;
  std::string tex;     ///< the formula between the dollars (empty for kLiteral)
  std::string source;  ///< the exact source text the placeholder replaced, dollars included
};

/// Markdown in which each span is replaced by one placeholder character.
struct ProtectedMarkdown {
  std::string markdown;
  std::vector<MathSpan> spans;  ///< spans[i] is encoded by math_placeholder(i)
};

/// Replaces every math span of `markdown` by a placeholder character. A span opens with `$`
/// followed by a non-blank and closes with a `$` preceded by a non-blank and not followed by a
/// digit (so "costs $5 and $6" is not math); `$$…$$` is display math. Spans never cross a blank
/// line or a backtick; escaped dollars (`\$`), code spans and fenced code blocks are left alone.
ProtectedMarkdown protect_math(std::string_view markdown);

/// The placeholder code point standing for span `index` (a private-use character).
char32_t math_placeholder(int index);

/// The span index encoded by code point `c`, or -1 when `c` is not a placeholder.
int math_placeholder_index(char32_t c);

}  // namespace genai_quiz
