#include <catch2/catch.hpp>

#include "genai_quiz/config/config_set.hpp"

using namespace genai_quiz;

namespace {

ConfigEdit set(const std::string& text, const char* key, const char* typed) {
  const ConfigKey* k = find_config_key(key);
  REQUIRE(k != nullptr);
  return set_config_value(text, *k, value_to_yaml(*k, typed), "config.yaml");
}

}  // namespace

TEST_CASE("Setting a key edits only its line and keeps comments, blank lines and order", "[config]") {
  struct Case {
    const char* before;
    const char* key;
    const char* typed;
    const char* after;
  } cases[] = {
      {"", "desired_retention", "0.85", "scheduling:\n  desired_retention: 0.85\n"},
      {"# Mine.\n", "enable_fuzz", "false", "# Mine.\n\nscheduling:\n  enable_fuzz: false\n"},
      {"# Mine.\nscheduling:\n  # How sure I want to be.\n  desired_retention: 0.9   # for now\n  maximum_interval: 365\n",
       "desired_retention", "0.8",
       "# Mine.\nscheduling:\n  # How sure I want to be.\n  desired_retention: 0.8   # for now\n  maximum_interval: 365\n"},
      {"scheduling:\n  maximum_interval: 365\n\n# The end.\n", "day_start_hour", "0",
       "scheduling:\n  maximum_interval: 365\n  day_start_hour: 0\n\n# The end.\n"},
      {"scheduling:\n    maximum_interval: 365\n", "enable_fuzz", "false",
       "scheduling:\n    maximum_interval: 365\n    enable_fuzz: false\n"},
      {"scheduling:\n  learning_steps:\n    - 1m\n    - 10m\n  enable_fuzz: false\n", "learning_steps", "1m 5m 1h",
       "scheduling:\n  learning_steps: [1m, 5m, 1h]\n  enable_fuzz: false\n"},
      {"scheduling:\n  learning_steps:\n  - 1m\n  # between\n  - 10m\n\n  enable_fuzz: false\n", "learning_steps", "none",
       "scheduling:\n  learning_steps: []\n\n  enable_fuzz: false\n"},
      {"scheduling:\n  relearning_steps: [10m]\n", "relearning_steps", "5m,1h",
       "scheduling:\n  relearning_steps: [5m, 1h]\n"},
      {"scheduling:\n  parameters: [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,\n"
       "               0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,\n"
       "               1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542]\n  day_start_hour: 4\n",
       "parameters", "[0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26, 0.29, 2.61]",
       "scheduling:\n  parameters: [0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, "
       "1.26, 0.29, 2.61]\n  day_start_hour: 4\n"},
      {"scheduling:\n  desired_retention: 0.9\r\n", "desired_retention", "0.95", "scheduling:\n  desired_retention: 0.95\n"},
      {"scheduling:  # settings for the scheduler\n", "desired_retention", "0.95",
       "scheduling:  # settings for the scheduler\n  desired_retention: 0.95\n"},
  };
  for (const Case& c : cases) {
    INFO(c.before);
    ConfigEdit edit = set(c.before, c.key, c.typed);
    CHECK(edit.problems.empty());
    CHECK(edit.layout_kept);
    CHECK(edit.text == c.after);
  }
}

TEST_CASE("Every key can be set in a commented file without losing its layout", "[config]") {
  const std::string before =
      "# genai-quiz settings\nscheduling:\n  # retention\n  desired_retention: 0.9\n\n  maximum_interval: 400  # cap\n";
  for (const ConfigKey& key : config_keys()) {
    INFO(qualified_name(key));
    ConfigEdit edit = set_config_value(before, key, key.example, "config.yaml");
    REQUIRE(edit.ok());
    CHECK(edit.layout_kept);
    CHECK(edit.text.rfind("# genai-quiz settings\nscheduling:\n  # retention\n", 0) == 0);
    ConfigParse after = parse_config(edit.text, "config.yaml");
    CHECK(after.diagnostics.empty());
    CHECK(key.show(after.config) == key.example);
    if (qualified_name(key) != "scheduling.maximum_interval") CHECK(after.config.scheduling.maximum_interval == 400);
  }
}

TEST_CASE("A layout the line editor does not handle is rewritten from the parsed file", "[config]") {
  ConfigEdit edit = set("scheduling: {desired_retention: 0.9, enable_fuzz: false}  # flow\n", "desired_retention", "0.8");
  REQUIRE(edit.ok());
  CHECK_FALSE(edit.layout_kept);
  ConfigParse after = parse_config(edit.text, "config.yaml");
  CHECK(after.diagnostics.empty());
  CHECK(after.config.scheduling.desired_retention == 0.8);
  CHECK_FALSE(after.config.scheduling.enable_fuzz);
}

TEST_CASE("Invalid values are refused with the parser's message and the file is left alone", "[config]") {
  struct Case {
    const char* key;
    const char* typed;
    const char* message;
  } cases[] = {
      {"desired_retention", "1.5", "desired_retention: 1.5 is not allowed (allowed: 0.70 to 0.99)"},
      {"desired_retention", "high", "desired_retention: 'high' is not a number (allowed: 0.70 to 0.99)"},
      {"learning_steps", "1m 5x", "learning_steps: '5x' is not a step (allowed: a whole number and m, h or d, e.g. 10m)"},
      {"enable_fuzz", "maybe", "enable_fuzz: 'maybe' is not true or false"},
      {"maximum_interval", "2.5", "maximum_interval: '2.5' is not a whole number of days (allowed: 1 to 36500)"},
      {"parameters", "1 2 3", "parameters: expected 21 parameters (or 19 from FSRS-5, 17 from FSRS-4.5), got 3"},
      {"learning_steps", "[1m, 10m", "learning_steps: [1m, 10m is not a YAML value"},
  };
  for (const Case& c : cases) {
    INFO(c.key << " " << c.typed);
    ConfigEdit edit = set("scheduling:\n  desired_retention: 0.9\n", c.key, c.typed);
    CHECK(edit.text.empty());
    REQUIRE(edit.problems.size() == 1);
    CHECK(edit.problems[0].message == c.message);
  }
}

TEST_CASE("An error already in the file does not stop setting another key, and can be fixed", "[config]") {
  const std::string broken = "scheduling:\n  desired_retention: 1.5\n";
  ConfigEdit other = set(broken, "enable_fuzz", "false");
  CHECK(other.ok());
  CHECK(other.text == "scheduling:\n  desired_retention: 1.5\n  enable_fuzz: false\n");
  ConfigEdit fix = set(broken, "desired_retention", "0.9");
  CHECK(fix.ok());
  CHECK(parse_config(fix.text, "c").diagnostics.empty());
}

TEST_CASE("A file that is not YAML, or not a mapping, is not rewritten", "[config]") {
  for (const char* text : {"scheduling: [\n", "- a\n- b\n", "scheduling: 5\n"}) {
    INFO(text);
    ConfigEdit edit = set(text, "enable_fuzz", "false");
    CHECK(edit.text.empty());
    CHECK_FALSE(edit.problems.empty());
  }
}

TEST_CASE("Typed values become YAML the way a person means them", "[config]") {
  struct Case {
    const char* key;
    const char* typed;
    const char* yaml;
  } cases[] = {
      {"learning_steps", "1m 10m", "[1m, 10m]"},
      {"learning_steps", " 1m, 10m ,1h ", "[1m, 10m, 1h]"},
      {"learning_steps", "[1m, 10m]", "[1m, 10m]"},
      {"learning_steps", "none", "[]"},
      {"learning_steps", "", "[]"},
      {"desired_retention", "0.85", "0.85"},
      {"desired_retention", " 0.85 ", "0.85"},
      {"day_start_hour", "-1", "-1"},
      {"enable_fuzz", "a: b", "\"a: b\""},
      {"enable_fuzz", "x # y", "\"x # y\""},
      {"enable_fuzz", "[x", "\"[x\""},
      {"enable_fuzz", "say \"hi\"", "say \"hi\""},
      {"enable_fuzz", "- x", "\"- x\""},
  };
  for (const Case& c : cases) {
    INFO(c.typed);
    CHECK(value_to_yaml(*find_config_key(c.key), c.typed) == std::string(c.yaml));
  }
}

TEST_CASE("Setting a key in a file, or to a value, nested too deep is refused without parsing it", "[config]") {
  const std::string deep(1'000'000, '[');
  ConfigEdit in_file = set("scheduling:\n  learning_steps: " + deep, "desired_retention", "0.8");
  REQUIRE(in_file.problems.size() == 1);
  CHECK(format_diagnostic(in_file.problems[0]) ==
        "config.yaml:2:518: error: not valid YAML: nesting is deeper than 499 levels");
  CHECK(in_file.text.empty());
  const ConfigKey* key = find_config_key("learning_steps");
  REQUIRE(key != nullptr);
  ConfigEdit value = set_config_value("", *key, deep, "config.yaml");
  REQUIRE(value.problems.size() == 1);
  CHECK(value.problems[0].message == "learning_steps: the value is not valid YAML: nesting is deeper than 499 levels");
}
