#pragma once
// Saving the grades of a mock interview to the review log, exactly as study saves an answer.

#include <cstddef>
#include <functional>
#include <string>

#include "genai_quiz/core/interview_loop.hpp"
#include "genai_quiz/core/interview_plan.hpp"
#include "genai_quiz/core/progress_store.hpp"
#include "genai_quiz/core/scheduler.hpp"

namespace genai_quiz {

/// Puts a saved grade into words for the front end: the rating, the state it gave the card and
/// the time it was saved (ui's saved_text: "Saved: Good, next in 12d").
using SavedWording = std::function<std::string(Rating rating, const CardState& after, TimePoint now)>;

/// A GradeRecorder that schedules each graded card with `scheduler` (capped by `plan` when there
/// is an interview date) and appends the review, with the answer's time and key-point coverage,
/// to `store`. All three must outlive the recorder; `plan` may be null. `wording` words each
/// saved grade.
class ReviewLogRecorder final : public GradeRecorder {
 public:
  ReviewLogRecorder(const Scheduler& scheduler, ProgressStore& store, const InterviewPlan* plan,
                    SavedWording wording);

  /// Saves the grade and returns it in words ("Saved: Good, next in 12d"). The card's state is read from the
  /// store at this moment, so an answer given meanwhile in another session is built upon.
  std::string record(const InterviewRound& round, std::size_t index, TimePoint now) override;

 private:
  const Scheduler& scheduler_;
  ProgressStore& store_;
  const InterviewPlan* plan_;
  SavedWording wording_;
};

}  // namespace genai_quiz
