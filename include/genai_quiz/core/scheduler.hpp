#pragma once
// The card-state machine: New → Learning → Review ⇄ Relearning with learning and relearning steps,
// same-day stability and fuzz, with the semantics of ts-fsrs 5.x (BasicScheduler when short-term
// scheduling is on, LongTermScheduler when it is off).

#include <array>
#include <memory>
#include <span>

#include "genai_quiz/core/calendar.hpp"
#include "genai_quiz/core/card_state.hpp"
#include "genai_quiz/core/fsrs.hpp"
#include "genai_quiz/core/review_record.hpp"
#include "genai_quiz/core/scheduler_settings.hpp"

namespace genai_quiz {

/// Decides when each card comes back. Pure: `now` is always a parameter, and fuzz is seeded from
/// the card and the review time (ts-fsrs's seed "<now ms>_<reps after>_<D*S before>"), so the same
/// history always gives the same state.
class Scheduler {
 public:
  /// Invalid settings are clamped, never refused (validate them first with validate_settings).
  /// A null `calendar` means UTC with `settings.day_start_hour`.
  explicit Scheduler(SchedulerSettings settings, std::shared_ptr<const Calendar> calendar = nullptr);

  /// The settings in use (maximum_interval clamped to 1..36500).
  const SchedulerSettings& settings() const { return settings_; }
  /// The model with the clipped weights actually in use.
  const FsrsModel& model() const { return model_; }

  /// The card's state after answering `rating` at `now`.
  CardState review(const CardState& card, Rating rating, TimePoint now) const;
  /// The states Again, Hard, Good and Easy would give at `now` (index = rating - 1).
  std::array<CardState, 4> preview(const CardState& card, TimePoint now) const;
  /// Probability of recalling the card at `now` (0 for a new card), on calendar days elapsed.
  double retrievability(const CardState& card, TimePoint now) const;
  /// Whole calendar days from the card's last review to `now` (0 when new or in the future).
  int elapsed_days(const CardState& card, TimePoint now) const;
  /// The state after replaying the ratings and times of `history` in order from a new card;
  /// cram answers leave the state as it was.
  CardState replay(std::span<const ReviewRecord> history) const;

 private:
  struct Step;
  struct Fuzz;
  CardState review_short_term(const CardState& card, Rating rating, TimePoint now, int t) const;
  CardState review_long_term(const CardState& card, Rating rating, TimePoint now, int t) const;
  Step learning_step(const CardState& card, Rating rating) const;
  int day_interval(double stability, int t, Fuzz& fuzz) const;

  SchedulerSettings settings_;
  std::shared_ptr<const Calendar> calendar_;
  FsrsModel model_;
};

}  // namespace genai_quiz
