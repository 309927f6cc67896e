#pragma once
// Readable ids made from text: "What is RAG?" becomes "what-is-rag".

#include <set>
#include <string>
#include <string_view>

namespace genai_quiz {

/// A lowercase ASCII slug of `text`: letters and digits in words joined by '-', at most
/// `max_length` characters, cut at a word boundary. Accented Latin letters lose their accents;
/// other characters separate words. Empty when `text` has no ASCII letter or digit.
std::string slugify(std::string_view text, std::size_t max_length = 48);

/// A short slug for a card id: like slugify, but leading question words and filler words
/// ("what", "is", "the", "of", ...) are dropped when enough other words remain.
std::string question_slug(std::string_view question, std::size_t max_length = 40);

/// Hands out ids that are unique among those it has given: "x", then "x-2", "x-3", ...
class IdAllocator {
 public:
  /// Returns `wanted` (or `fallback` when `wanted` is empty), suffixed if already taken.
  std::string allocate(const std::string& wanted, const std::string& fallback);

 private:
  std::set<std::string> taken_;
};

}  // namespace genai_quiz
