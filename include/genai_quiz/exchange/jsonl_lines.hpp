#pragma once
// Splitting an append-only log of one record a line (JSON Lines) into its complete lines. A file
// that another program is still writing or synchronising may end in a partial line: it is not
// returned, and `consumed` stops before it, so it can be read again once it is complete.

#include <cstddef>
#include <string_view>
#include <vector>

namespace genai_quiz {

/// The complete lines of a text, without their line ends; blank lines are left out.
struct CompleteLines {
  std::vector<std::string_view> lines;  ///< views into the text given, in order
  std::size_t consumed = 0;             ///< bytes up to and including the last line end
};

/// Every line of `text` that ends with '\n' ("\r\n" also), without the line end. The text after
/// the last '\n' is a partial line: left out, and not counted in `consumed`.
CompleteLines complete_lines(std::string_view text);

}  // namespace genai_quiz
