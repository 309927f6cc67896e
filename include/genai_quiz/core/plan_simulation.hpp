#pragma once
// `genai-quiz plan`: the days until an interview simulated with the person's own cards, to show
// how many reviews and minutes a day a plan costs and how much of the cards will be recalled on
// the interview morning. Every answer goes through the project's Scheduler (FSRS-6, learning
// steps) and the --by interview cap; the simulation only draws the ratings. Pure: `now` and the
// seed are parameters, and the same seed gives the same figures (docs/scheduling.md, "Planning").

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "genai_quiz/core/calendar.hpp"
#include "genai_quiz/core/card_record.hpp"
#include "genai_quiz/core/card_state.hpp"
#include "genai_quiz/core/review_record.hpp"
#include "genai_quiz/core/scheduler_settings.hpp"

namespace genai_quiz {

/// Where an answer is given: a new card's first answer, a (re)learning step, or a review.
enum class AnswerKind : int { kFirst = 0, kStep = 1, kReview = 2 };

/// How a person answers, as the simulation draws it. The defaults come from fsrs-rs's simulator
/// (`SimulatorConfig::default`: first_rating_prob, review_rating_prob, the learning-step
/// transitions after a Good, state_rating_costs); answer_model_from_log replaces each table the
/// person's review log has enough answers for.
struct AnswerModel {
  std::array<double, 4> first{0.24, 0.094, 0.495, 0.171};      ///< Again..Easy, a new card's first answer
  std::array<double, 4> step{0.0519, 0.047, 0.8462, 0.055};    ///< Again..Easy at a (re)learning step
  std::array<double, 3> recalled{0.224, 0.631, 0.145};         ///< Hard, Good, Easy when a review is recalled
  /// Seconds an answer takes, by kind (first, step, review) and rating (Again first).
  std::array<std::array<double, 4>, 3> seconds{{{19.58, 18.79, 13.78, 10.71},
                                                {16.44, 15.25, 12.32, 8.03},
                                                {19.38, 17.59, 12.38, 8.94}}};
  /// How many logged answers each table came from (first, step, review probabilities, then
  /// first, step, review durations); 0 means the default was kept.
  std::array<int, 6> answers_used{};

  bool operator==(const AnswerModel&) const = default;
};

inline constexpr int kMinAnswersForModel = 20;     ///< fewer logged answers of a kind keep the default
inline constexpr double kLongestAnswerSeconds = 120;  ///< longer logged durations count as this long

/// The answer model of a review log: rating shares and mean durations (each capped at
/// kLongestAnswerSeconds, zero durations left out) for every table with at least
/// kMinAnswersForModel answers; cram answers are left out.
AnswerModel answer_model_from_log(std::span<const ReviewRecord> log);

/// One plan: a desired retention, new cards a day and a daily time budget.
struct PlanSettings {
  double desired_retention = 0.90;
  int new_per_day = 20;
  int minutes_per_day = 0;  ///< 0: no limit

  bool operator==(const PlanSettings&) const = default;
};

/// Everything a simulation starts from.
struct PlanInput {
  std::vector<CardState> cards;  ///< the person's cards, new ones in the order study shows them
  SchedulerSettings scheduling;  ///< desired retention is replaced by each plan's
  std::shared_ptr<const Calendar> calendar;  ///< the scheduler's calendar
  TimePoint now{};               ///< the simulation starts now; later days at the same time of day
  std::int64_t interview_day = 0;  ///< calendar day of the interview; days before it are studied
  int introduced_today = 0;      ///< new cards already introduced today (they count to today's limit)
  bool cap_to_interview = true;  ///< intervals capped as study --by caps them
  AnswerModel answers;
};

/// What one plan gives, averaged over the simulation runs.
struct PlanOutcome {
  PlanSettings plan;
  int runs = 0;
  std::vector<double> answers_per_day;  ///< mean answers on each study day, today first
  std::vector<double> minutes_per_day;  ///< mean minutes on each study day
  std::vector<double> new_per_day;      ///< mean new cards introduced each day
  double mean_minutes = 0;              ///< minutes a day, averaged over the study days
  double backlog = 0;  ///< mean cards still due and not done when the interview comes
  double unseen = 0;   ///< mean cards never introduced by then
  /// The share of all cards recalled on the interview morning (the mean retrievability then,
  /// 0 for a card never studied): its mean over runs, standard deviation, 5th and 95th percentile.
  double recall_mean = 0, recall_sd = 0, recall_low = 0, recall_high = 0;
};

/// The states of `cards` a plan simulates: every card but the suspended ones (set aside, as
/// study sets them aside), in their order.
std::vector<CardState> plan_cards(std::span<const CardRecord> cards);

/// Simulates `plan` `runs` times from `input`; run k draws from a generator seeded by `seed` and k.
/// With no study day left (the interview is today) the outcome is the recall now.
PlanOutcome simulate_plan(const PlanInput& input, const PlanSettings& plan, int runs, std::uint64_t seed);

/// The plans `plan` compares: each desired retention of kPlanRetentions with each of `new_per_day`
/// and each of `minutes_per_day`.
std::vector<PlanSettings> plan_grid(std::span<const int> new_per_day, std::span<const int> minutes_per_day);

inline constexpr std::array<double, 4> kPlanRetentions{0.80, 0.85, 0.90, 0.95};

/// The index of the cheapest outcome (fewest minutes a day, then fewest answers) whose mean recall
/// reaches `target`; nothing when none does.
std::optional<std::size_t> cheapest_reaching(std::span<const PlanOutcome> outcomes, double target);

}  // namespace genai_quiz
