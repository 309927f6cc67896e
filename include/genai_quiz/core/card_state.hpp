#pragma once
// The scheduling state of one card and the vocabulary shared by the scheduler, the store and the
// session: ratings, learning phases and points in time.

#include <chrono>
#include <cstdint>
#include <optional>

namespace genai_quiz {

/// An instant in UTC with millisecond resolution. The core never reads the clock: callers pass it.
using TimePoint = std::chrono::sys_time<std::chrono::milliseconds>;

/// The answer a person gives to a card, as in Anki and FSRS.
enum class Rating : int { kAgain = 1, kHard = 2, kGood = 3, kEasy = 4 };

/// Where a card is in its life: never seen, in (re)learning steps, or on day intervals.
enum class Phase : int { kNew = 0, kLearning = 1, kReview = 2, kRelearning = 3 };

/// Everything the scheduler needs to know about a card between two reviews.
struct CardState {
  Phase phase = Phase::kNew;
  double stability = 0;               ///< days until recall probability falls to 90%; 0 when new
  double difficulty = 0;              ///< 1 (easy) to 10 (hard); 0 when new
  TimePoint due{};                    ///< when the card is next due; unused while new
  std::optional<TimePoint> last_review;
  int scheduled_days = 0;             ///< the day interval given at the last review (0 in steps)
  int learning_step = 0;              ///< index into the (re)learning steps
  int reps = 0;                       ///< reviews so far
  int lapses = 0;                     ///< times forgotten while in review

  bool operator==(const CardState&) const = default;
};

}  // namespace genai_quiz
