#pragma once
// sanitize() as runs, so the renderer can style the made-visible controls (private to term).

#include <string>
#include <string_view>
#include <vector>

namespace genai_quiz {

/// A piece of sanitized text; `control` marks a control made visible (such as "^[").
struct SanitizedRun {
  std::string text;
  bool control = false;
};

/// Splits `text` into safe runs (see sanitize.hpp). Tab stops count from `column`, the column
/// at which `text` starts, and restart after each newline.
std::vector<SanitizedRun> sanitize_runs(std::string_view text, int tab_width, int column = 0);

}  // namespace genai_quiz
