#include "genai_quiz/core/scheduler_settings.hpp"

#include <charconv>
#include <cmath>

namespace genai_quiz {
namespace {

std::string steps_text(const std::vector<std::chrono::minutes>& steps) {
  std::string out = "[";
  for (std::size_t i = 0; i < steps.size(); ++i) {
    if (i > 0) out += ", ";
    out += format_step(steps[i]);
  }
  return out + "]";
}

void check_steps(const char* key, const std::vector<std::chrono::minutes>& steps,
                 std::vector<SettingProblem>& problems) {
  std::string allowed = "at most " + std::to_string(kMaxStepCount) + " steps, each 1m to " +
                        format_step(kMaxStep);
  bool bad = static_cast<int>(steps.size()) > kMaxStepCount;
  for (std::chrono::minutes s : steps) bad = bad || s.count() < 1 || s > kMaxStep;
  if (bad) problems.push_back({key, steps_text(steps), allowed});
}

}  // namespace

std::string describe(const SettingProblem& problem) {
  return problem.key + ": " + problem.value + " is not allowed (allowed: " + problem.allowed + ")";
}

std::vector<SettingProblem> validate_settings(const SchedulerSettings& s) {
  std::vector<SettingProblem> problems;
  if (!(s.desired_retention >= kMinDesiredRetention && s.desired_retention <= kMaxDesiredRetention)) {
    problems.push_back({"desired_retention", format_number(s.desired_retention), "0.70 to 0.99"});
  }
  check_steps("learning_steps", s.learning_steps, problems);
  check_steps("relearning_steps", s.relearning_steps, problems);
  if (s.maximum_interval < 1 || s.maximum_interval > 36500) {
    problems.push_back({"maximum_interval", std::to_string(s.maximum_interval), "1 to 36500 days"});
  }
  if (s.day_start_hour < 0 || s.day_start_hour > 23) {
    problems.push_back({"day_start_hour", std::to_string(s.day_start_hour), "0 to 23"});
  }
  for (std::size_t i = 0; i < s.parameters.size(); ++i) {
    if (!std::isfinite(s.parameters[i])) {
      std::string value = "w";
      value.append(std::to_string(i)).append(" = ").append(format_number(s.parameters[i]));
      problems.push_back({"parameters", value, "finite numbers"});
    }
  }
  return problems;
}

std::optional<std::chrono::minutes> parse_step(std::string_view text) {
  if (text.size() < 2) return std::nullopt;
  char unit = text.back();
  std::string_view digits = text.substr(0, text.size() - 1);
  long long value = 0;
  auto res = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (res.ec != std::errc() || res.ptr != digits.data() + digits.size() || value <= 0 ||
      value > 1000000) {
    return std::nullopt;
  }
  switch (unit) {
    case 'm': return std::chrono::minutes(value);
    case 'h': return std::chrono::minutes(value * 60);
    case 'd': return std::chrono::minutes(value * 1440);
    default: return std::nullopt;
  }
}

std::string format_step(std::chrono::minutes step) {
  long long m = step.count();
  if (m > 0 && m % 1440 == 0) return std::to_string(m / 1440) + "d";
  if (m > 0 && m % 60 == 0) return std::to_string(m / 60) + "h";
  return std::to_string(m) + "m";
}

std::string format_number(double value) {
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, res.ptr);
}

}  // namespace genai_quiz
