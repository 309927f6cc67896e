#pragma once
// Command-line flags that override the scheduling settings of config.yaml (private to cli).

#include <optional>
#include <string>
#include <vector>

#include "genai_quiz/core/scheduler_settings.hpp"

namespace CLI {
class App;
}

namespace genai_quiz {

/// The scheduling flags as parsed; empty means "keep the config value".
struct SchedulerFlags {
  std::optional<double> desired_retention;
  std::vector<std::string> learning_steps;    ///< e.g. {"1m", "10m"}; {"none"} for no steps
  std::vector<std::string> relearning_steps;
  std::optional<int> maximum_interval;
  std::optional<int> day_start_hour;
  std::optional<bool> fuzz;                   ///< --fuzz / --no-fuzz
};

/// Declares --desired-retention, --learning-steps, --relearning-steps, --max-interval,
/// --day-start-hour and --fuzz/--no-fuzz on `app`.
void add_scheduler_flags(CLI::App& app, SchedulerFlags& flags);

/// One config key a flag sets, and the flag as typed: {"desired_retention", "--desired-retention"}.
struct FlaggedKey {
  std::string key;   ///< the key in the `scheduling:` section of config.yaml
  std::string flag;
};

/// The keys the given flags set, in the order the flags are declared.
std::vector<FlaggedKey> flagged_keys(const SchedulerFlags& flags);

/// `settings` with the given flags applied. Throws UsageError naming the flag, the value and
/// the allowed range when a value is invalid.
SchedulerSettings apply_scheduler_flags(SchedulerSettings settings, const SchedulerFlags& flags);

}  // namespace genai_quiz
