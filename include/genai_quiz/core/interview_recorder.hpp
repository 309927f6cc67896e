#pragma once
// Saving the grades of a mock interview to the review log, exactly as study saves an answer.

#include <cstddef>
#include <string>

#include "genai_quiz/core/interview_loop.hpp"
#include "genai_quiz/core/interview_plan.hpp"
#include "genai_quiz/core/progress_store.hpp"
#include "genai_quiz/core/scheduler.hpp"

namespace genai_quiz {

/// A GradeRecorder that schedules each graded card with `scheduler` (capped by `plan` when there
/// is an interview date) and appends the review, with the answer's time and key-point coverage,
/// to `store`. All three must outlive the recorder; `plan` may be null.
class ReviewLogRecorder final : public GradeRecorder {
 public:
  ReviewLogRecorder(const Scheduler& scheduler, ProgressStore& store, const InterviewPlan* plan);

  /// Saves the grade and returns "Saved: Good, next in 12d". The card's state is read from the
  /// store at this moment, so an answer given meanwhile in another session is built upon.
  std::string record(const InterviewRound& round, std::size_t index, TimePoint now) override;

 private:
  const Scheduler& scheduler_;
  ProgressStore& store_;
  const InterviewPlan* plan_;
};

}  // namespace genai_quiz
