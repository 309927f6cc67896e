#pragma once
// What the two study front ends (the screen and the line protocol) share: the program's clock,
// the answer timer and the answer typed for the question on screen.

#include <cstdint>
#include <functional>
#include <string>
#include <utility>

#include "genai_quiz/core/study_loop.hpp"

namespace genai_quiz {

class ClockedStudyIo : public StudyIo {
 public:
  TimePoint now() override { return clock_(); }
  std::int64_t steady_ms() override { return steady_(); }
  std::string take_typed_answer() override { return std::move(typed_); }

 protected:
  /// A front end on the program's clock `clock` and the answer timer `steady`.
  ClockedStudyIo(std::function<TimePoint()> clock, std::function<std::int64_t()> steady)
      : clock_(std::move(clock)), steady_(std::move(steady)) {}

  std::string typed_;  ///< the answer typed for the question shown (study --type)

 private:
  std::function<TimePoint()> clock_;
  std::function<std::int64_t()> steady_;
};

}  // namespace genai_quiz
