#include <catch2/catch.hpp>

#include <vector>

#include "genai_quiz/core/calibration.hpp"

namespace genai_quiz {

TEST_CASE("Calibration counts ratings above, at and below what the coverage suggested", "[core]") {
  std::vector<RatedCoverage> answers = {
      {1.0, Rating::kGood},       // suggested Good: same
      {1.0, Rating::kEasy},       // higher
      {2.0 / 3, Rating::kGood},   // suggested Hard: higher
      {0.5, Rating::kHard},       // same
      {1.0 / 3, Rating::kHard},   // suggested Again: higher
      {0.0, Rating::kAgain},      // same
      {1.0, Rating::kHard},       // lower
  };
  CHECK(calibrate(answers) == Calibration{7, 3, 3, 1});
  CHECK(calibrate({}) == Calibration{});
}

TEST_CASE("Calibration reads as a sentence", "[core]") {
  struct Case {
    Calibration calibration;
    const char* text;
  } cases[] = {
      {{0, 0, 0, 0}, "no typed answers checked against key points yet"},
      {{12, 3, 8, 1}, "3 of 12 typed answers (25%) were rated higher than their key points suggested, 1 lower"},
      {{1, 1, 0, 0}, "1 of 1 typed answer (100%) was rated higher than their key points suggested"},
      {{3, 0, 3, 0}, "0 of 3 typed answers (0%) were rated higher than their key points suggested"},
      {{3, 2, 1, 0}, "2 of 3 typed answers (67%) were rated higher than their key points suggested"},
  };
  for (const Case& c : cases) CHECK(format_calibration(c.calibration) == c.text);
}

}  // namespace genai_quiz

TEST_CASE("How often picks on multiple-choice cards were right is put in words", "[core]") {
  struct Case {
    int picks, right;
    const char* words;
  } cases[] = {
      {0, 0, ""},
      {1, 1, "1 of 1 pick (100%) on multiple-choice cards was right"},
      {4, 3, "3 of 4 picks (75%) on multiple-choice cards were right"},
      {3, 1, "1 of 3 picks (33%) on multiple-choice cards was right"},
  };
  for (const Case& c : cases) {
    genai_quiz::Calibration calibration;
    calibration.picks = c.picks;
    calibration.right_picks = c.right;
    CHECK(genai_quiz::format_picks(calibration) == c.words);
  }
}
