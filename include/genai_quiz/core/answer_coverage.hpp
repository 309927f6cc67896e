#pragma once
// Which key points an answer covered, and the rating that suggests (docs/interview.md).

#include <cstddef>
#include <optional>
#include <vector>

#include "genai_quiz/core/card_state.hpp"

namespace genai_quiz {

/// How one key point fared against an answer.
struct PointMatch {
  bool covered = false;
  int alternative = -1;   ///< the alternative that matched; -1 when the point was missed
  std::size_t begin = 0;  ///< the bytes [begin, end) of the answer that made the point
  std::size_t end = 0;

  bool operator==(const PointMatch&) const = default;
};

/// The result of checking one answer, one entry per key point in the card's order.
struct Coverage {
  std::vector<PointMatch> points;

  /// How many points the answer covered.
  int covered() const;
  /// How many points the card has.
  int total() const { return static_cast<int>(points.size()); }
  /// covered / total, or nothing when the card has no key points.
  std::optional<double> fraction() const;
};

/// The rating `covered` of `total` points suggests: all → Good; at least half ("most") → Hard;
/// fewer than half ("few") → Again. Nothing when `total` is 0. Easy is never suggested.
std::optional<Rating> suggested_rating(int covered, int total);

/// The same rule for a stored fraction in [0, 1]: 1 → Good, at least 0.5 → Hard, else Again.
Rating suggested_rating(double fraction);

}  // namespace genai_quiz
