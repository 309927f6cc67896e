#pragma once
// Readable ids for converted decks: "Describe the backpropagation algorithm." becomes
// "backpropagation-algorithm". Words are those of the project's slug rule (core/card_id.hpp).

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

namespace genai_quiz {

/// The slug of `text` (core/card_id.hpp's rule) cut at a word boundary to at most `max_length`
/// bytes; a single longer word is cut on a character boundary. Empty when `text` has no letter
/// or digit.
std::string short_slug(std::string_view text, std::size_t max_length);

/// A card id made from a question: its slug without formulas, and without question and filler
/// words ("what", "is", "the", "of", ...) unless nothing else is left, cut to `max_length`.
std::string question_slug(std::string_view question, std::size_t max_length = 40);

/// Hands out ids that are unique among those it has given: "x", then "x-2", "x-3", ...
class IdAllocator {
 public:
  /// Returns `wanted` (or `fallback` when `wanted` is empty), suffixed if already taken.
  std::string allocate(const std::string& wanted, const std::string& fallback);

 private:
  std::set<std::string> taken_;
  std::unordered_map<std::string, int> next_suffix_;  // keeps many equal ids linear
};

}  // namespace genai_quiz
