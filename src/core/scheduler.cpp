#include "genai_quiz/core/scheduler.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "genai_quiz/core/fsrs_fuzz.hpp"

namespace genai_quiz {
namespace {

constexpr int kMinutesPerDay = 1440;

Weights usable_weights(const SchedulerSettings& s) {
  ParameterCheck check = migrate_parameters(s.parameters, static_cast<int>(s.relearning_steps.size()),
                                            s.enable_short_term);
  return check.weights ? *check.weights : kDefaultWeights;
}

double usable_retention(double r) { return std::isfinite(r) ? std::clamp(r, 0.01, 1.0) : 0.9; }

TimePoint plus_minutes(TimePoint t, long long minutes) { return t + std::chrono::minutes(minutes); }
TimePoint plus_days(TimePoint t, int days) { return t + std::chrono::days(days); }

// The state of the card after a review, before its phase and interval are decided.
CardState reviewed(const CardState& card, MemoryState m, TimePoint now) {
  CardState next = card;
  next.stability = m.stability;
  next.difficulty = m.difficulty;
  next.last_review = now;
  next.reps = card.reps + 1;
  return next;
}

}  // namespace

// What the (re)learning steps say for one rating: a delay in minutes, or graduation when absent.
struct Scheduler::Step {
  long long minutes = 0;  // 0: no step, the card goes to day intervals
  int next_step = 0;
};

Scheduler::Scheduler(SchedulerSettings settings, std::shared_ptr<const Calendar> calendar)
    : settings_(std::move(settings)),
      calendar_(calendar ? std::move(calendar)
                         : std::make_shared<FixedOffsetCalendar>(std::chrono::minutes(0),
                                                                 std::clamp(settings_.day_start_hour, 0, 23))),
      model_(usable_weights(settings_), usable_retention(settings_.desired_retention),
             settings_.enable_short_term) {
  settings_.maximum_interval = std::clamp(settings_.maximum_interval, 1, 36500);
}

int Scheduler::elapsed_days(const CardState& card, TimePoint now) const {
  if (card.phase == Phase::kNew || !card.last_review) return 0;
  return static_cast<int>(std::max<std::int64_t>(0, calendar_->day(now) - calendar_->day(*card.last_review)));
}

double Scheduler::retrievability(const CardState& card, TimePoint now) const {
  if (card.phase == Phase::kNew || card.stability <= 0) return 0;
  return model_.retrievability(elapsed_days(card, now), std::max(card.stability, kStabilityMin));
}

// The fuzz factor of one review, drawn only when an interval needs it (ts-fsrs seeds Alea with
// the review time, the reps after the review and D*S before it).
struct Scheduler::Fuzz {
  const CardState& card;
  TimePoint now;
  std::optional<double> u;

  double factor() {
    if (!u) {
      std::string seed = fuzz_seed(now.time_since_epoch().count(), card.reps + 1, card.difficulty * card.stability);
      u = Alea(seed).next();
    }
    return *u;
  }
};

int Scheduler::day_interval(double stability, int t, Fuzz& fuzz) const {
  int ivl = model_.interval_days(stability, settings_.maximum_interval);
  if (!settings_.enable_fuzz || ivl < 2.5) return ivl;
  return fuzz_interval(ivl, t, settings_.maximum_interval, fuzz.factor());
}

Scheduler::Step Scheduler::learning_step(const CardState& card, Rating rating) const {
  bool relearning = card.phase == Phase::kRelearning || card.phase == Phase::kReview;
  const auto& steps = relearning ? settings_.relearning_steps : settings_.learning_steps;
  int n = static_cast<int>(steps.size());
  int cur = std::max(card.learning_step, 0);
  if (n == 0 || cur >= n) return {};
  if (card.phase == Phase::kReview) {
    return rating == Rating::kAgain ? Step{steps[cur].count(), 0} : Step{};
  }
  switch (rating) {
    case Rating::kAgain: return {steps[0].count(), 0};
    case Rating::kHard: {
      double first = static_cast<double>(steps[0].count());
      double m = n == 1 ? first * 1.5 : (first + static_cast<double>(steps[1].count())) / 2;
      return {static_cast<int>(js_round(m)), cur};
    }
    case Rating::kGood:
      if (cur + 1 < n) return {steps[cur + 1].count(), cur + 1};
      return {};
    case Rating::kEasy: return {};
  }
  return {};
}

CardState Scheduler::review_short_term(const CardState& card, Rating rating, TimePoint now, int t) const {
  if (card.phase == Phase::kReview && rating != Rating::kAgain) {
    // Hard ≤ Good < Easy, all computed from the same retrievability.
    double r = model_.retrievability(t, card.stability);
    auto [hard, good, easy] = model_.recall_stabilities({card.stability, card.difficulty}, t, r);
    Fuzz fuzz{card, now, {}};
    int hard_ivl = day_interval(hard, t, fuzz);
    int good_ivl = day_interval(good, t, fuzz);
    hard_ivl = std::min(hard_ivl, good_ivl);
    good_ivl = std::max(good_ivl, hard_ivl + 1);
    double stability = rating == Rating::kHard ? hard : good;
    int ivl = rating == Rating::kHard ? hard_ivl : good_ivl;
    if (rating == Rating::kEasy) {
      stability = easy;
      ivl = std::max(day_interval(easy, t, fuzz), good_ivl + 1);
    }
    MemoryState m{stability, model_.next_difficulty(std::clamp(card.difficulty, kDifficultyMin, kDifficultyMax), rating)};
    CardState next = reviewed(card, m, now);
    next.phase = Phase::kReview;
    next.learning_step = 0;
    next.scheduled_days = ivl;
    next.due = plus_days(now, ivl);
    return next;
  }

  std::optional<MemoryState> prev;
  if (card.phase != Phase::kNew) prev = MemoryState{card.stability, card.difficulty};
  MemoryState m = model_.next_state(prev, card.phase == Phase::kNew ? 0 : t, rating);
  CardState next = reviewed(card, m, now);
  Phase to_phase = card.phase == Phase::kNew      ? Phase::kLearning
                   : card.phase == Phase::kReview ? Phase::kRelearning
                                                  : card.phase;
  if (card.phase == Phase::kReview) next.lapses += 1;
  Step step = learning_step(card, rating);
  if (step.minutes > 0 && step.minutes < kMinutesPerDay) {
    next.phase = to_phase;
    next.learning_step = step.next_step;
    next.scheduled_days = 0;
    next.due = plus_minutes(now, step.minutes);
  } else if (step.minutes >= kMinutesPerDay) {
    next.phase = Phase::kReview;
    next.learning_step = step.next_step;
    next.scheduled_days = static_cast<int>(step.minutes / kMinutesPerDay);
    next.due = plus_minutes(now, step.minutes);
  } else {
    Fuzz fuzz{card, now, {}};
    int ivl = day_interval(m.stability, t, fuzz);
    next.phase = Phase::kReview;
    next.learning_step = 0;
    next.scheduled_days = ivl;
    next.due = plus_days(now, ivl);
  }
  return next;
}

CardState Scheduler::review_long_term(const CardState& card, Rating rating, TimePoint now, int t) const {
  // Every rating goes to day intervals, ordered Again < Hard < Good < Easy.
  bool is_new = card.phase == Phase::kNew;
  std::optional<MemoryState> prev;
  std::optional<double> r;
  if (!is_new) {
    prev = MemoryState{card.stability, card.difficulty};
    r = model_.retrievability(t, card.stability);
  }
  int days = is_new ? 0 : t;
  Fuzz fuzz{card, now, {}};
  std::array<MemoryState, 4> m;
  std::array<int, 4> ivl;
  for (int k = 0; k < 4; ++k) {
    m[k] = model_.next_state(prev, days, static_cast<Rating>(k + 1), r);
    ivl[k] = day_interval(m[k].stability, days, fuzz);
  }
  ivl[0] = std::min(ivl[0], ivl[1]);
  for (int k = 1; k < 4; ++k) ivl[k] = std::max(ivl[k], ivl[k - 1] + 1);
  int g = static_cast<int>(rating) - 1;
  CardState next = reviewed(card, m[g], now);
  next.phase = Phase::kReview;
  next.learning_step = 0;
  next.scheduled_days = ivl[g];
  next.due = plus_days(now, ivl[g]);
  if (rating == Rating::kAgain && !is_new) next.lapses += 1;
  return next;
}

CardState Scheduler::review(const CardState& card, Rating rating, TimePoint now) const {
  int t = elapsed_days(card, now);
  return settings_.enable_short_term ? review_short_term(card, rating, now, t)
                                     : review_long_term(card, rating, now, t);
}

std::array<CardState, 4> Scheduler::preview(const CardState& card, TimePoint now) const {
  return {review(card, Rating::kAgain, now), review(card, Rating::kHard, now),
          review(card, Rating::kGood, now), review(card, Rating::kEasy, now)};
}

CardState Scheduler::replay(std::span<const ReviewRecord> history) const {
  CardState card;
  for (const ReviewRecord& r : history) {
    if (!r.cram) card = review(card, r.rating, r.time);
  }
  return card;
}

}  // namespace genai_quiz
