#include "genai_quiz/core/interview_plan.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <utility>

namespace genai_quiz {

namespace {

// A number in [0, 1) that depends only on the card's last review: SplitMix64's finaliser over the
// review time and the review count (cheap, as `plan` asks for it at every simulated answer).
double spread_draw(std::int64_t last_review_ms, int reps) {
  std::uint64_t z = static_cast<std::uint64_t>(last_review_ms) * 0x9e3779b97f4a7c15ULL +
                    static_cast<std::uint64_t>(reps) * 0xd1b54a32d192ed03ULL + 0x2545f4914f6cdd1dULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  z ^= z >> 31;
  return static_cast<double>(z >> 11) * 0x1.0p-53;
}

}  // namespace

InterviewPlan::InterviewPlan(std::int64_t interview_day, std::shared_ptr<const Calendar> calendar)
    : interview_day_(interview_day), calendar_(std::move(calendar)) {}

std::int64_t InterviewPlan::days_to_go(TimePoint now) const { return interview_day_ - calendar_->day(now); }

TimePoint InterviewPlan::planned_due(const CardState& card) const {
  if (card.phase == Phase::kNew || !card.last_review) return card.due;
  if (calendar_->day(card.due) < interview_day_) return card.due;
  const TimePoint last = *card.last_review;
  // Whole days from the last review to the eve of the interview: the longest interval allowed.
  const std::int64_t longest = interview_day_ - 1 - calendar_->day(last);
  if (longest < 1) return card.due;  // reviewed on the eve or later: nothing left to fit in
  // Spread over the last fifth of the stretch so that capped cards do not all land on the eve.
  const std::int64_t spread = longest / 5;
  const double u = spread_draw(last.time_since_epoch().count(), card.reps);
  std::int64_t days = longest - static_cast<std::int64_t>(std::floor(u * static_cast<double>(spread + 1)));
  TimePoint due = last + std::chrono::days(days);
  // A clock change can move `last + days` past a day boundary.
  while (days > 1 && calendar_->day(due) >= interview_day_) due = last + std::chrono::days(--days);
  return due;
}

CardState InterviewPlan::cap(const CardState& next) const {
  CardState capped = next;
  capped.due = planned_due(next);
  if (capped.due != next.due && next.phase == Phase::kReview) {
    capped.scheduled_days =
        static_cast<int>(std::chrono::floor<std::chrono::days>(capped.due - *next.last_review).count());
  }
  return capped;
}

Countdown InterviewPlan::countdown(std::span<const CardState> cards, TimePoint now) const {
  Countdown c;
  c.days_to_go = days_to_go(now);
  for (const CardState& card : cards) {
    if (card.phase == Phase::kNew || calendar_->day(planned_due(card)) < interview_day_) ++c.cards_to_review;
  }
  return c;
}

}  // namespace genai_quiz
