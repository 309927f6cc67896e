#pragma once
// Measuring and fitting text by the columns it takes on a terminal, not by its bytes.

#include <string>
#include <string_view>

namespace genai_quiz {

/// The number of terminal columns `text` (UTF-8) takes: wide CJK characters and emoji count
/// two, combining and zero-width characters none, and escape sequences (SGR styles) none.
int display_width(std::string_view text);

/// `text` cut to at most `width` columns, ending with `ellipsis` when something was cut. Never
/// cuts inside an escape sequence or a grapheme cluster; a cut styled text ends with a reset.
std::string truncate_to_width(std::string_view text, int width, std::string_view ellipsis = "…");

/// `text` followed by spaces up to `width` columns (unchanged when already as wide).
std::string pad_to_width(std::string_view text, int width);

}  // namespace genai_quiz
