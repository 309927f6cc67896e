#pragma once
// What the four front ends (study and interview, each on the screen and in the line protocol)
// share: the program's clock and the answer timer; and what the two study ones share besides: the
// answer typed for the question on screen.

#include <cstdint>
#include <functional>
#include <string>
#include <utility>

#include "genai_quiz/core/interview_loop.hpp"
#include "genai_quiz/core/study_loop.hpp"

namespace genai_quiz {

/// A front end `Io` (StudyIo or InterviewIo) whose now() and steady_ms() read the clocks it was
/// given, so that a pinned --now reaches the session and the answer timer can stand still.
template <class Io>
class Clocked : public Io {
 public:
  TimePoint now() override { return clock_(); }
  std::int64_t steady_ms() override { return steady_(); }

 protected:
  /// A front end on the program's clock `clock` and the answer timer `steady`.
  Clocked(std::function<TimePoint()> clock, std::function<std::int64_t()> steady)
      : clock_(std::move(clock)), steady_(std::move(steady)) {}

 private:
  std::function<TimePoint()> clock_;
  std::function<std::int64_t()> steady_;
};

/// A study front end on the program's clocks, holding the answer typed for the question shown.
class ClockedStudyIo : public Clocked<StudyIo> {
 public:
  std::string take_typed_answer() override { return std::move(typed_); }

 protected:
  using Clocked<StudyIo>::Clocked;

  std::string typed_;  ///< the answer typed for the question shown (study --type)
};

}  // namespace genai_quiz
