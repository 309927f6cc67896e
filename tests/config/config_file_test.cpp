#include <catch2/catch.hpp>

#include "genai_quiz/config/config_file.hpp"
#include "genai_quiz/core/interview_plan.hpp"

using namespace genai_quiz;
using std::chrono::minutes;

namespace {

std::vector<std::string> messages(const ConfigParse& p) {
  std::vector<std::string> out;
  for (const Diagnostic& d : p.diagnostics) out.push_back(format_diagnostic(d));
  return out;
}

}  // namespace

TEST_CASE("An empty or absent configuration gives the default settings", "[config]") {
  for (const char* text : {"", "# nothing yet\n", "scheduling:\n"}) {
    ConfigParse p = parse_config(text, "config.yaml");
    CHECK(p.diagnostics.empty());
    CHECK(p.config.scheduling == SchedulerSettings{});
  }
}

TEST_CASE("Every scheduling key is read from config.yaml", "[config]") {
  ConfigParse p = parse_config(R"(scheduling:
  desired_retention: 0.85
  learning_steps: [2m, 15m, 1h]
  relearning_steps: []
  maximum_interval: 365
  enable_fuzz: false
  enable_short_term: true
  day_start_hour: 0
  parameters: [0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26, 0.29, 2.61]
  interview_date: 2025-03-18
)",
                               "config.yaml");
  REQUIRE(messages(p).empty());
  const SchedulerSettings& s = p.config.scheduling;
  CHECK(s.desired_retention == 0.85);
  CHECK(s.learning_steps == std::vector<minutes>{minutes(2), minutes(15), minutes(60)});
  CHECK(s.relearning_steps.empty());
  CHECK(s.maximum_interval == 365);
  CHECK_FALSE(s.enable_fuzz);
  CHECK(s.day_start_hour == 0);
  CHECK(s.parameters[4] == Approx(6.81));  // migrated from FSRS-4.5
  CHECK(s.parameters[20] == 0.5);
  CHECK(p.config.interview_date == parse_calendar_date("2025-03-18"));
}

TEST_CASE("Invalid configuration values are errors naming key, value and allowed range", "[config]") {
  struct Case {
    const char* yaml;
    const char* expected;
  } cases[] = {
      {"scheduling:\n  desired_retention: 1.5\n",
       "config.yaml:2:22: error: desired_retention: 1.5 is not allowed (allowed: 0.70 to 0.99)"},
      {"scheduling:\n  desired_retention: high\n",
       "config.yaml:2:22: error: desired_retention: 'high' is not a number (allowed: 0.70 to 0.99)"},
      {"scheduling:\n  maximum_interval: 0\n",
       "config.yaml:2:21: error: maximum_interval: 0 is not allowed (allowed: 1 to 36500 days)"},
      {"scheduling:\n  maximum_interval: 2.5\n",
       "config.yaml:2:21: error: maximum_interval: '2.5' is not a whole number of days (allowed: 1 to 36500)"},
      {"scheduling:\n  day_start_hour: 24\n",
       "config.yaml:2:19: error: day_start_hour: 24 is not allowed (allowed: 0 to 23)"},
      {"scheduling:\n  enable_fuzz: maybe\n", "config.yaml:2:16: error: enable_fuzz: 'maybe' is not true or false"},
      {"scheduling:\n  learning_steps: [1m, 5x]\n",
       "config.yaml:2:24: error: learning_steps: '5x' is not a step (allowed: a whole number and m, h or d, e.g. 10m)"},
      {"scheduling:\n  learning_steps: 10m\n",
       "config.yaml:2:19: error: learning_steps: '10m' is not a list of steps such as [1m, 10m, 1h, 1d]"},
      {"scheduling:\n  relearning_steps: [40d]\n",
       "config.yaml:2:21: error: relearning_steps: [40d] is not allowed (allowed: at most 10 steps, each 1m to 30d)"},
      {"scheduling:\n  parameters: [1, 2, 3]\n",
       "config.yaml:2:15: error: parameters: expected 21 parameters (or 19 from FSRS-5, 17 from FSRS-4.5), got 3"},
      {"scheduling:\n  parameters: [1, x]\n", "config.yaml:2:19: error: parameters: 'x' is not a number"},
      {"scheduling:\n  desired_retension: 0.9\n",
       "config.yaml:2:3: error: scheduling: unknown key 'desired_retension' (known: desired_retention, learning_steps, "
       "relearning_steps, maximum_interval, enable_fuzz, enable_short_term, day_start_hour, parameters, "
       "interview_date)"},
      {"scheduling:\n  interview_date: next week\n",
       "config.yaml:2:19: error: interview_date: 'next week' is not a date (allowed: YYYY-MM-DD, e.g. 2025-06-30)"},
      {"scheduling:\n  interview_date: 2025-02-30\n",
       "config.yaml:2:19: error: interview_date: '2025-02-30' is not a date (allowed: YYYY-MM-DD, e.g. 2025-06-30)"},
      {"sceduling: {}\n", "config.yaml:1:1: error: unknown section 'sceduling' (known: scheduling, sync)"},
      {"- a\n- b\n", "config.yaml:1:1: error: the configuration must be a mapping of sections (e.g. 'scheduling:')"},
      {"scheduling: [\n", "config.yaml:2:1: error: not valid YAML: end of sequence flow not found"},
  };
  for (const Case& c : cases) {
    ConfigParse p = parse_config(c.yaml, "config.yaml");
    INFO(c.yaml);
    CHECK(messages(p) == std::vector<std::string>{c.expected});
  }
}

TEST_CASE("All problems in a config file are reported at once and leave defaults", "[config]") {
  ConfigParse p = parse_config("scheduling:\n  desired_retention: 0.5\n  day_start_hour: -1\n  maximum_interval: 100\n",
                               "c.yaml");
  CHECK(p.diagnostics.size() == 2);
  CHECK(p.config.scheduling.desired_retention == 0.90);
  CHECK(p.config.scheduling.day_start_hour == 4);
  CHECK(p.config.scheduling.maximum_interval == 100);
}

TEST_CASE("The problems of a config file are listed in the order of their lines", "[config]") {
  ConfigParse p = parse_config("scheduling:\n  desired_retention: 1.5\n  max_interval: 100\n  day_start_hour: 24\n",
                               "c.yaml");
  std::vector<std::string> found = messages(p);
  REQUIRE(found.size() == 3);
  CHECK(found[0].starts_with("c.yaml:2:22: error: desired_retention"));
  CHECK(found[1].starts_with("c.yaml:3:3: error: scheduling: unknown key 'max_interval'"));
  CHECK(found[2].starts_with("c.yaml:4:19: error: day_start_hour"));
}

TEST_CASE("A config file that is not UTF-8 is an error at its first bad byte and every key keeps its default", "[config]") {
  struct Case {
    std::string text;
    std::string expected;
  };
  const Case kCases[] = {
      {"scheduling:\n  desired_retention: 0.85 # caf\xE9\n", "config.yaml:2:32: error: invalid UTF-8 byte 0xE9; save the file as UTF-8"},
      {"\xFF", "config.yaml:1:1: error: invalid UTF-8 byte 0xFF; save the file as UTF-8"},
      {"scheduling:\n  learning_steps: [\"\xED\xA0\x80\"]\n", "config.yaml:2:21: error: invalid UTF-8 byte 0xED; save the file as UTF-8"},
  };
  for (const Case& c : kCases) {
    CAPTURE(c.text);
    ConfigParse p = parse_config(c.text, "config.yaml");
    CHECK(messages(p) == std::vector<std::string>{c.expected});
    CHECK(p.config.scheduling == SchedulerSettings{});
  }
}

TEST_CASE("A config file nested too deep is refused where the limit is passed", "[config]") {
  const std::string text = "scheduling:\n  learning_steps: " + std::string(10'000'000, '[');
  CHECK(messages(parse_config(text, "config.yaml")) ==
        std::vector<std::string>{"config.yaml:2:518: error: not valid YAML: nesting is deeper than 499 levels"});
}
