#pragma once
// Planning reviews towards an interview date: intervals are capped so that every card is reviewed
// at least once more before the day (docs/interview.md, "Interview date").

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "genai_quiz/core/calendar.hpp"
#include "genai_quiz/core/card_state.hpp"

namespace genai_quiz {

/// What the study header says about the interview.
struct Countdown {
  std::int64_t days_to_go = 0;  ///< 0 on the day itself, negative once it has passed
  int cards_to_review = 0;      ///< cards with a review due before the interview, new cards included

  bool operator==(const Countdown&) const = default;
};

/// Reviews planned towards an interview on one calendar day of the user.
class InterviewPlan {
 public:
  /// An interview on day `interview_day` of `calendar` (the scheduler's calendar).
  InterviewPlan(std::int64_t interview_day, std::shared_ptr<const Calendar> calendar);

  /// The interview's day number.
  std::int64_t interview_day() const { return interview_day_; }

  /// Days from `now` to the interview: 1 on the eve, 0 on the day, negative after.
  std::int64_t days_to_go(TimePoint now) const;

  /// When `card` should next be reviewed. Its own due time when that falls before the interview
  /// day; otherwise, when its last review left at least one whole day before the eve, a day in the
  /// last fifth of the days between that review and the interview (the eve at the latest),
  /// chosen from the card's history so that it is the same every time it is asked.
  TimePoint planned_due(const CardState& card) const;

  /// `next`, the state a review has just given, with its due time set to planned_due(next) (and
  /// its interval shortened to match): apply to every state the scheduler returns.
  CardState cap(const CardState& next) const;

  /// Days to go at `now` and how many of `cards` are new or planned before the interview.
  Countdown countdown(std::span<const CardState> cards, TimePoint now) const;

 private:
  std::int64_t interview_day_;
  std::shared_ptr<const Calendar> calendar_;
};

}  // namespace genai_quiz
