#pragma once
// Golden files: expected outputs kept under tests/data/. After a deliberate change of an output,
// regenerate them with
//   GENAI_QUIZ_UPDATE_GOLDEN=1 build/tests/genai-quiz-tests "[tag]"
// and review every changed line with `git diff` before committing.

#include <string>

namespace genai_quiz::testing {

/// `text` with each ESC written as "\e", so that golden files of coloured output can be read.
std::string escapes_visible(std::string text);

/// Checks `actual` (escapes made visible) against tests/data/<relative_path>, or rewrites that
/// file when GENAI_QUIZ_UPDATE_GOLDEN is set.
void check_golden(const std::string& relative_path, const std::string& actual);

}  // namespace genai_quiz::testing
