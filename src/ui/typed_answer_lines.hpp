#pragma once
// The answer being typed, as screen lines with its cursor: shared by the study --type screen and
// the interview's asking screen.

#include <cstddef>
#include <string>
#include <vector>

#include "genai_quiz/term/answer_editor.hpp"
#include "genai_quiz/term/capabilities.hpp"

namespace genai_quiz {

/// The typed lines as drawn: each behind "> ", wrapped to `width` columns in all, and the cursor.
struct TypedAnswerLines {
  std::vector<std::string> lines;
  std::size_t cursor_row = 0;  ///< the index in `lines` of the line the cursor is drawn on
};

/// Draws `typed` (one entry per line; none is one empty line) with the cursor, a bar between
/// characters, where `cursor` says, not at the end of the text.
TypedAnswerLines typed_answer_lines(const std::vector<std::string>& typed, AnswerEditor::Cursor cursor, int width,
                                    const Capabilities& caps);

}  // namespace genai_quiz
