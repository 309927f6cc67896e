#pragma once
// Everything a user can tune about scheduling, with the defaults and the allowed ranges shared by
// the config file and the command-line flags.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/core/fsrs_parameters.hpp"

namespace genai_quiz {

/// Scheduling settings. Defaults: ts-fsrs's, except fuzz (on here) and the 4 am day start (Anki's).
struct SchedulerSettings {
  double desired_retention = 0.90;  ///< target probability of recall when a card is due
  std::vector<std::chrono::minutes> learning_steps{std::chrono::minutes(1), std::chrono::minutes(10)};
  std::vector<std::chrono::minutes> relearning_steps{std::chrono::minutes(10)};
  int maximum_interval = 36500;     ///< days
  bool enable_fuzz = true;          ///< spread day intervals of 3+ days a little (ts-fsrs ranges)
  /// The fuzz of a review is drawn from its calendar day rather than its millisecond, so the
  /// interval shown for a rating and the one saved agree all day (false: ts-fsrs's seed).
  bool fuzz_by_day = true;
  bool enable_short_term = true;    ///< learning steps and same-day stability (off: days only)
  Weights parameters = kDefaultWeights;  ///< FSRS-6 weights, clipped by the scheduler
  int day_start_hour = 4;           ///< local hour at which a new calendar day begins

  bool operator==(const SchedulerSettings&) const = default;
};

inline constexpr double kMinDesiredRetention = 0.70;
inline constexpr double kMaxDesiredRetention = 0.99;
inline constexpr int kMaxStepCount = 10;
inline constexpr std::chrono::minutes kMaxStep{30 * 1440};

/// One setting outside its allowed range: the key as written in config.yaml, the offending value
/// and the allowed values, e.g. {"desired_retention", "1.5", "0.70 to 0.99"}.
struct SettingProblem {
  std::string key;
  std::string value;
  std::string allowed;

  bool operator==(const SettingProblem&) const = default;
};

/// "desired_retention: 1.5 is not allowed (allowed: 0.70 to 0.99)".
std::string describe(const SettingProblem& problem);

/// Every value of `settings` that is out of range; empty when all are valid.
std::vector<SettingProblem> validate_settings(const SchedulerSettings& settings);

/// Parses a step such as "1m", "10m", "2h" or "1d" (a positive whole number and a unit m/h/d).
std::optional<std::chrono::minutes> parse_step(std::string_view text);

/// Formats a step the shortest way parse_step reads back: 90 minutes → "90m", 120 → "2h", 1440 → "1d".
std::string format_step(std::chrono::minutes step);

/// The shortest text that reads back as `value` (0.9 → "0.9", 36500 → "36500"), as settings show.
std::string format_number(double value);

}  // namespace genai_quiz
