#pragma once
// "Did you mean ...?" for misspelt keys and names.

#include <span>
#include <string>
#include <string_view>

namespace genai_quiz {

/// The least number of one-byte insertions, deletions, substitutions and swaps of two
/// neighbouring bytes that turn `a` into `b` (the optimal string alignment distance).
int edit_distance(std::string_view a, std::string_view b);

/// The candidate that `word` most likely misspells, ignoring ASCII case, or "" when none is
/// close: at most 1 edit for words of up to 5 bytes, at most 2 for longer ones. Ties go to the
/// earlier candidate. An exact match (same text) is not a misspelling and gives "".
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace genai_quiz
