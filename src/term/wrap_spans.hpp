#pragma once
// The wrapping engine behind wrap_text and the Markdown renderer (private to term).

#include <vector>

#include "term/styled_text.hpp"

namespace genai_quiz {

/// Fills lines greedily with the words of `spans` (see wrap_text for where lines may break);
/// the first line holds `first_width` columns, the others `rest_width`. A "\n" inside a span is
/// a hard line break. A line narrower than one grapheme still takes one, so wrapping always ends.
std::vector<SpanLine> wrap_spans(const std::vector<Span>& spans, int first_width, int rest_width);

/// Cuts `spans` into lines of exactly `width` columns (the last shorter), ignoring word
/// boundaries and keeping every space: used for code, which must not be reflowed.
std::vector<SpanLine> cut_spans(const std::vector<Span>& spans, int width);

}  // namespace genai_quiz
