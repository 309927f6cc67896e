#pragma once
// The loop that runs a mock interview round through a front end: ask every question, then
// grade every answer, saving each grade as it is given.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "genai_quiz/core/interview_round.hpp"

namespace genai_quiz {

/// An answer as a front end read it.
struct AnswerInput {
  std::string text;      ///< empty: answered aloud
  bool cut_off = false;  ///< the countdown reached zero and ended it
  std::optional<int> choice{};  ///< the option picked on a multiple-choice question (0 for "a")
};

/// A front end for a round: the raw-mode screen with a live countdown, the line protocol, or a
/// scripted fake in tests.
class InterviewIo {
 public:
  virtual ~InterviewIo() = default;
  /// Shows the current question of `round`, whose countdown has started, and returns the answer
  /// once it ends (when the time is up, the screen ends it with what was typed, cut off);
  /// nothing when the person stops the round or the input ends.
  virtual std::optional<AnswerInput> read_answer(const InterviewRound& round) = 0;
  /// Shows the answer being graded and returns the grade; nothing to stop grading.
  virtual std::optional<Rating> read_grade(const InterviewRound& round) = 0;
  /// Shows the outcome of a grade, e.g. "Saved: Good, next in 12d".
  virtual void show_message(const std::string& message) = 0;
  /// A monotonic clock in milliseconds, for the countdown and the time taken.
  virtual std::int64_t steady_ms() = 0;
  /// The time the program believes it is, for the review log.
  virtual TimePoint now() = 0;
};

/// Saves grades to the review log.
class GradeRecorder {
 public:
  virtual ~GradeRecorder() = default;
  /// Saves the grade of answer `index` of `round` as a review at `now`, in one transaction, and
  /// returns the line to show. Throws Error, with nothing saved, when it cannot save.
  virtual std::string record(const InterviewRound& round, std::size_t index, TimePoint now) = 0;
};

/// Runs `round` through `io` until it finishes, saving each grade with `recorder` before the
/// next answer is shown.
void run_interview(InterviewRound& round, InterviewIo& io, GradeRecorder& recorder);

}  // namespace genai_quiz
