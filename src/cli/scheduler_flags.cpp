#include "cli/scheduler_flags.hpp"

#include <CLI/CLI.hpp>

#include "genai_quiz/core/error.hpp"

namespace genai_quiz {
namespace {

// The flag that sets each config key, for messages.
std::string flag_for(const std::string& key) {
  if (key == "desired_retention") return "--desired-retention";
  if (key == "learning_steps") return "--learning-steps";
  if (key == "relearning_steps") return "--relearning-steps";
  if (key == "maximum_interval") return "--max-interval";
  if (key == "day_start_hour") return "--day-start-hour";
  if (key == "enable_fuzz") return "--fuzz";
  return key;
}

std::vector<std::chrono::minutes> parse_steps(const char* flag, const std::vector<std::string>& texts) {
  std::vector<std::chrono::minutes> out;
  if (texts.size() == 1 && texts[0] == "none") return out;
  for (const std::string& t : texts) {
    std::optional<std::chrono::minutes> step = parse_step(t);
    if (!step) {
      throw UsageError(std::string(flag) + ": '" + t +
                       "' is not a step (allowed: a whole number and m, h or d, e.g. 10m; or 'none')");
    }
    out.push_back(*step);
  }
  return out;
}

}  // namespace

void add_scheduler_flags(CLI::App& app, SchedulerFlags& flags) {
  app.add_option("--desired-retention", flags.desired_retention,
                 "Target probability of recall when a card is due, 0.70 to 0.99 (default 0.90)")
      ->type_name("R");
  app.add_option("--learning-steps", flags.learning_steps,
                 "Steps for new cards, e.g. '1m 10m' (default), or 'none'")
      ->type_name("STEP")
      ->expected(1, kMaxStepCount);
  app.add_option("--relearning-steps", flags.relearning_steps,
                 "Steps after a lapse, e.g. '10m' (default), or 'none'")
      ->type_name("STEP")
      ->expected(1, kMaxStepCount);
  app.add_option("--max-interval", flags.maximum_interval, "Longest interval in days, 1 to 36500 (default 36500)")
      ->type_name("DAYS");
  app.add_option("--day-start-hour", flags.day_start_hour, "Local hour at which a new day starts, 0 to 23 (default 4)")
      ->type_name("HOUR");
  app.add_flag_callback("--fuzz", [&flags] { flags.fuzz = true; }, "Spread intervals a little (default)");
  app.add_flag_callback("--no-fuzz", [&flags] { flags.fuzz = false; }, "Give exactly the computed intervals");
}

std::vector<FlaggedKey> flagged_keys(const SchedulerFlags& flags) {
  std::vector<FlaggedKey> out;
  auto add = [&out](bool set, const char* key) {
    if (set) out.push_back({key, flag_for(key)});
  };
  add(flags.desired_retention.has_value(), "desired_retention");
  add(!flags.learning_steps.empty(), "learning_steps");
  add(!flags.relearning_steps.empty(), "relearning_steps");
  add(flags.maximum_interval.has_value(), "maximum_interval");
  add(flags.day_start_hour.has_value(), "day_start_hour");
  add(flags.fuzz.has_value(), "enable_fuzz");
  if (flags.fuzz == false) out.back().flag = "--no-fuzz";
  return out;
}

SchedulerSettings apply_scheduler_flags(SchedulerSettings settings, const SchedulerFlags& flags) {
  if (flags.desired_retention) settings.desired_retention = *flags.desired_retention;
  if (!flags.learning_steps.empty()) settings.learning_steps = parse_steps("--learning-steps", flags.learning_steps);
  if (!flags.relearning_steps.empty()) {
    settings.relearning_steps = parse_steps("--relearning-steps", flags.relearning_steps);
  }
  if (flags.maximum_interval) settings.maximum_interval = *flags.maximum_interval;
  if (flags.day_start_hour) settings.day_start_hour = *flags.day_start_hour;
  if (flags.fuzz) settings.enable_fuzz = *flags.fuzz;
  std::vector<SettingProblem> problems = validate_settings(settings);
  if (!problems.empty()) {
    SettingProblem p = problems.front();
    p.key = flag_for(p.key);
    throw UsageError(describe(p));
  }
  return settings;
}

}  // namespace genai_quiz
