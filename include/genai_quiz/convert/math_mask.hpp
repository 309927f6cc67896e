#pragma once
// Protecting TeX math from Markdown's emphasis rules: `$a*b$ and $c*d$` must not turn into
// emphasis. The Markdown parser is given a copy of the text in which the inside of every math
// span is overwritten byte for byte, so that every source position still points at the original.

#include <cstddef>
#include <string>

namespace genai_quiz {

/// Overwrites, in text[begin, end), the content of each `$…$` and `$$…$$` math span with `fill`,
/// keeping its length, its dollar signs, its line breaks and (when `keep_pipes`) its '|'. Code
/// spans are skipped. An inline span opens at a '$' followed by a non-space, closes at a '$'
/// preceded by a non-space and not followed by a digit, and stays on one line (pandoc's rule);
/// a `$$` span may cross lines, leaving each line's leading spaces and '>' untouched.
void mask_math(std::string& text, std::size_t begin, std::size_t end, bool keep_pipes = false,
               char fill = 'x');

}  // namespace genai_quiz
