#pragma once
// How far apart two spellings are, and how many typing mistakes a word of a given length may have
// before it stops counting as that word.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace genai_quiz {

/// The characters (code points) of UTF-8 `text`; an invalid byte becomes U+FFFD.
std::u32string to_code_points(std::string_view text);

/// The optimal string alignment distance between `a` and `b` (insertions, deletions,
/// substitutions and swaps of two neighbours), or `limit + 1` as soon as it must exceed `limit`.
int bounded_edit_distance(std::u32string_view a, std::u32string_view b, int limit);

/// Typing mistakes forgiven in a word of `length` characters: none below 6, one for 6 to 9,
/// two from 10 ("gradeint" is "gradient", "backpropogation" is "backpropagation").
int typo_allowance(std::size_t length);

/// The candidate `word` was most likely meant to be, for "did you mean" hints: the nearest by
/// edit distance within a third of the longer length (at least 1, at most 3), or the only
/// candidate that starts with `word`; nothing when none is near or two are equally near.
std::optional<std::string> closest_name(std::string_view word, std::span<const std::string> candidates);

}  // namespace genai_quiz
