#include <catch2/catch.hpp>
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <time.h>

#include "cli/scheduler_flags.hpp"
#include "genai_quiz/app/load_settings.hpp"
#include "genai_quiz/app/local_calendar.hpp"
#include "genai_quiz/core/error.hpp"
#include "support/time_points.hpp"

using namespace genai_quiz;

namespace {

// Sets an environment variable for the lifetime of the object, then restores it.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    setenv(name, value.c_str(), 1);
    tzset();
  }
  ~ScopedEnv() {
    if (old_) {
      setenv(name_, old_->c_str(), 1);
    } else {
      unsetenv(name_);
    }
    tzset();
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

std::filesystem::path temp_config_home(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("genai-quiz-test-" + name + "-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "genai-quiz");
  return dir;
}

SchedulerSettings parse_flags(std::vector<std::string> args) {
  CLI::App app;
  SchedulerFlags flags;
  add_scheduler_flags(app, flags);
  std::vector<const char*> argv = {"test"};
  for (const std::string& a : args) argv.push_back(a.c_str());
  app.parse(static_cast<int>(argv.size()), argv.data());
  return apply_scheduler_flags(SchedulerSettings{}, flags);
}

}  // namespace

TEST_CASE("config.yaml is found under XDG_CONFIG_HOME", "[cli]") {
  auto home = temp_config_home("xdg");
  ScopedEnv env("XDG_CONFIG_HOME", home.string());
  CHECK(config_file_path() == (home / "genai-quiz" / "config.yaml").string());
  CHECK(load_settings(GlobalOptions{}) == SchedulerSettings{});  // no file: defaults

  std::ofstream(home / "genai-quiz" / "config.yaml") << "scheduling:\n  desired_retention: 0.95\n";
  CHECK(load_settings(GlobalOptions{}).desired_retention == 0.95);

  std::ofstream(home / "genai-quiz" / "config.yaml") << "scheduling:\n  desired_retention: 0.5\n";
  try {
    load_settings(GlobalOptions{});
    FAIL("an invalid config file was accepted");
  } catch (const Error& e) {
    CHECK(e.exit_code() == kExitFailure);
    CHECK(std::string(e.what()).find("config.yaml:2:22: error: desired_retention: 0.5 is not allowed "
                                     "(allowed: 0.70 to 0.99)") != std::string::npos);
  }
  std::filesystem::remove_all(home);
}

TEST_CASE("Without XDG_CONFIG_HOME the config lives in ~/.config", "[cli]") {
  ScopedEnv xdg("XDG_CONFIG_HOME", "");
  ScopedEnv home("HOME", "/home/someone");
  CHECK(config_file_path() == "/home/someone/.config/genai-quiz/config.yaml");
}

TEST_CASE("Scheduling flags override the settings and reject invalid values", "[cli]") {
  SchedulerSettings s = parse_flags({"--desired-retention", "0.8", "--learning-steps", "5m", "1h", "--relearning-steps",
                                     "none", "--max-interval", "400", "--day-start-hour", "0", "--no-fuzz"});
  CHECK(s.desired_retention == 0.8);
  CHECK(s.learning_steps == std::vector<std::chrono::minutes>{std::chrono::minutes(5), std::chrono::minutes(60)});
  CHECK(s.relearning_steps.empty());
  CHECK(s.maximum_interval == 400);
  CHECK(s.day_start_hour == 0);
  CHECK_FALSE(s.enable_fuzz);
  CHECK(parse_flags({}) == SchedulerSettings{});

  struct Case {
    std::vector<std::string> args;
    const char* message;
  } cases[] = {
      {{"--desired-retention", "0.995"}, "--desired-retention: 0.995 is not allowed (allowed: 0.70 to 0.99)"},
      {{"--max-interval", "40000"}, "--max-interval: 40000 is not allowed (allowed: 1 to 36500 days)"},
      {{"--day-start-hour", "25"}, "--day-start-hour: 25 is not allowed (allowed: 0 to 23)"},
      {{"--learning-steps", "10"},
       "--learning-steps: '10' is not a step (allowed: a whole number and m, h or d, e.g. 10m; or 'none')"},
  };
  for (const Case& c : cases) {
    try {
      parse_flags(c.args);
      FAIL("accepted " << c.args[1]);
    } catch (const UsageError& e) {
      CHECK(std::string(e.what()) == c.message);
      CHECK(e.exit_code() == kExitUsage);
    }
  }
}

TEST_CASE("The local calendar follows the time zone and its daylight saving", "[cli]") {
  ScopedEnv tz("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");  // Central Europe, no tzdata needed
  LocalCalendar cal(4);
  using test::utc;
  // 02:59 UTC on 31 March 2024 is 04:59 CEST (summer time began at 01:00 UTC): a new day.
  CHECK(cal.day(utc(2024, 3, 31, 2, 59)) - cal.day(utc(2024, 3, 30, 12, 0)) == 1);
  // 01:30 UTC is 03:30 CEST: still the previous day.
  CHECK(cal.day(utc(2024, 3, 31, 1, 30)) == cal.day(utc(2024, 3, 30, 12, 0)));
  // In winter (UTC+1), 03:30 UTC is 04:30 local: a new day.
  CHECK(cal.day(utc(2024, 1, 10, 3, 30)) - cal.day(utc(2024, 1, 10, 2, 30)) == 1);
}
