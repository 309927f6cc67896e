#pragma once
// Calibration: how a person's ratings of typed answers compare with what the key points their
// answers covered suggested (docs/interview.md).

#include <span>
#include <string>

#include "genai_quiz/core/card_state.hpp"

namespace genai_quiz {

/// One typed answer checked against key points: its coverage (0 to 1) and the rating given.
struct RatedCoverage {
  double coverage = 0;
  Rating rating = Rating::kGood;
};

/// How many ratings were above, at and below the rating their coverage suggested.
struct Calibration {
  int answers = 0;
  int higher = 0;  ///< rated higher than suggested (e.g. Good for 1 point of 3)
  int same = 0;
  int lower = 0;
  int picks = 0;        ///< answers to multiple-choice cards with an option picked
  int right_picks = 0;  ///< ... of which the option was a right one

  bool operator==(const Calibration&) const = default;
};

/// Compares each rating with suggested_rating(coverage); Easy is higher than a suggested Good.
Calibration calibrate(std::span<const RatedCoverage> answers);

/// "3 of 12 typed answers (25%) were rated higher than their key points suggested, 1 lower"; or
/// "no typed answers checked against key points yet".
std::string format_calibration(const Calibration& calibration);

/// "3 of 4 picks (75%) on multiple-choice cards were right"; "" when nothing was picked.
std::string format_picks(const Calibration& calibration);

}  // namespace genai_quiz
