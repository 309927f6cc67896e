#pragma once
// The letters that name the options of a multiple-choice card, as the transcript and the screens
// spell them.

#include <string>
#include <vector>

namespace genai_quiz {

/// The options at `indices` (0 for a) as letters: "b", "b or d", "a, b or d".
std::string choice_letters(const std::vector<int>& indices);

}  // namespace genai_quiz
