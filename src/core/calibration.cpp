#include "genai_quiz/core/calibration.hpp"

#include "genai_quiz/core/answer_coverage.hpp"

namespace genai_quiz {

Calibration calibrate(std::span<const RatedCoverage> answers) {
  Calibration c;
  for (const RatedCoverage& a : answers) {
    const int suggested = static_cast<int>(suggested_rating(a.coverage));
    const int given = static_cast<int>(a.rating);
    ++c.answers;
    if (given > suggested) {
      ++c.higher;
    } else if (given < suggested) {
      ++c.lower;
    } else {
      ++c.same;
    }
  }
  return c;
}

std::string format_calibration(const Calibration& c) {
  if (c.answers == 0) return "no typed answers checked against key points yet";
  const int percent = (200 * c.higher + c.answers) / (2 * c.answers);
  std::string out = std::to_string(c.higher) + " of " + std::to_string(c.answers) +
                    (c.answers == 1 ? " typed answer (" : " typed answers (") + std::to_string(percent) + "%) " +
                    (c.higher == 1 ? "was" : "were") + " rated higher than their key points suggested";
  if (c.lower > 0) out += ", " + std::to_string(c.lower) + " lower";
  return out;
}

std::string format_picks(const Calibration& c) {
  if (c.picks == 0) return "";
  const int percent = (200 * c.right_picks + c.picks) / (2 * c.picks);
  return std::to_string(c.right_picks) + " of " + std::to_string(c.picks) + (c.picks == 1 ? " pick (" : " picks (") +
         std::to_string(percent) + "%) on multiple-choice cards " + (c.right_picks == 1 ? "was" : "were") + " right";
}

}  // namespace genai_quiz
