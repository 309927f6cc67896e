#include "genai_quiz/core/answer_coverage.hpp"

#include <algorithm>

namespace genai_quiz {

int Coverage::covered() const {
  return static_cast<int>(std::count_if(points.begin(), points.end(), [](const PointMatch& p) { return p.covered; }));
}

std::optional<double> Coverage::fraction() const {
  if (points.empty()) return std::nullopt;
  return static_cast<double>(covered()) / total();
}

std::optional<Rating> suggested_rating(int covered, int total) {
  if (total <= 0) return std::nullopt;
  if (covered >= total) return Rating::kGood;
  return 2 * covered >= total ? Rating::kHard : Rating::kAgain;
}

Rating suggested_rating(double fraction) {
  // covered / total is exact enough: a fraction below 1/2 is at least 1/(2 total) below it.
  if (fraction >= 1.0) return Rating::kGood;
  return fraction >= 0.5 ? Rating::kHard : Rating::kAgain;
}

}  // namespace genai_quiz
