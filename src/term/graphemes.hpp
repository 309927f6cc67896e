#pragma once
// Stepping through UTF-8 text by grapheme clusters and escape sequences (private to term).

#include <cstddef>
#include <string>
#include <string_view>

namespace genai_quiz::graphemes {

/// The length in bytes of the escape sequence starting at `s[i]` (an ESC byte): a CSI sequence
/// `ESC [ ... final`, an OSC or string sequence ended by BEL or `ESC \`, or `ESC` plus one byte.
std::size_t escape_length(std::string_view s, std::size_t i);

/// Advances `i` past the grapheme cluster starting at `s[i]` and returns its width in columns:
/// the sum of its code points' widths, at least 2 for an emoji presentation (U+FE0F) sequence.
/// A malformed byte is one cluster of width 1.
int next(std::string_view s, std::size_t& i);

/// Decodes the code point at `s[i]` and advances `i`; a malformed byte gives -1 and advances one.
int decode(std::string_view s, std::size_t& i);

/// Appends the UTF-8 encoding of `codepoint` to `out`.
void append(std::string& out, int codepoint);

/// The width of one code point in columns (0 for combining marks, 2 for wide characters).
int codepoint_width(int codepoint);

}  // namespace genai_quiz::graphemes
