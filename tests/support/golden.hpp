#pragma once
// Golden files: expected outputs kept under tests/data/. After a deliberate change of an output,
// regenerate them with
//   GENAI_QUIZ_UPDATE_GOLDEN=1 build/tests/genai-quiz-tests "[tag]"
// and review every changed line with `git diff` before committing. Where the CI environment
// variable is set, GENAI_QUIZ_UPDATE_GOLDEN is refused: the test fails instead of rewriting its
// expectation, so that a CI run cannot pass by writing down what it got.

#include <string>

namespace genai_quiz::testing {

/// What a golden test does with its file, from GENAI_QUIZ_UPDATE_GOLDEN and CI (each null when
/// unset; an empty value counts as unset).
enum class GoldenMode { kCompare, kUpdate, kRefused };
GoldenMode golden_mode(const char* update_golden, const char* ci);

/// True when the golden file is to be rewritten (GENAI_QUIZ_UPDATE_GOLDEN set); fails the test,
/// saying why, and returns false when CI is set too.
bool update_golden();

/// `text` with each ESC written as "\e", so that golden files of coloured output can be read.
std::string escapes_visible(std::string text);

/// Checks `actual` (escapes made visible) against tests/data/<relative_path>, or rewrites that
/// file when update_golden() says so.
void check_golden(const std::string& relative_path, const std::string& actual);

}  // namespace genai_quiz::testing
