#pragma once
// Checking a typed answer against a card's key points. The rule, in short (docs/interview.md has
// it in full): every word of a point that is not a stop word must appear in the answer, after
// case folding and stemming, or misspelt by at most typo_allowance() edits with the same first
// letter; in any order, inside one sentence, with at most n + 1 other words among the n, and at
// most max(1, n / 2) of those not stop words.

#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "genai_quiz/core/answer_coverage.hpp"
#include "genai_quiz/core/key_point.hpp"

namespace genai_quiz {

/// Reduces a lower-case word to its stem, e.g. "updates" and "updating" to "updat".
using Stemmer = std::function<std::string(std::string_view word)>;

/// Finds which key points an answer covers. Holds a stemmer, which may keep state: use one
/// matcher per thread.
class KeyPointMatcher {
 public:
  /// A matcher that compares stems made by `stem`; an empty function compares whole words.
  explicit KeyPointMatcher(Stemmer stem = {});

  /// Which of `points` the `answer` covers, with the words that covered each: where several
  /// stretches of the answer make a point, one with the point's word order, then the shortest.
  Coverage check(std::string_view answer, std::span<const KeyPoint> points) const;

 private:
  std::string stem(std::string_view word) const;

  Stemmer stem_;
};

}  // namespace genai_quiz
