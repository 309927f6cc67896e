#include <catch2/catch.hpp>

#include "genai_quiz/config/config_edit.hpp"
#include "genai_quiz/config/config_file.hpp"

using namespace genai_quiz;

namespace {

Weights fitted() {
  Weights w = kDefaultWeights;
  w[0] = 0.1394, w[8] = 1.6929, w[20] = 0.3711;
  return w;
}

const char* const kFitted =
    "parameters: [0.1394, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,\n"
    "%s0.001, 1.6929, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,\n"
    "%s1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.3711]";

std::string fitted_text(int indent) {
  std::string pad(std::size_t(indent) + 13, ' ');
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, kFitted, pad.c_str(), pad.c_str());
  return std::string(std::size_t(indent), ' ') + buffer;
}

}  // namespace

static std::string block_list() {
  std::string out;
  for (double v : kDefaultWeights) out += "  - " + std::to_string(v) + "\n";
  return out;
}

TEST_CASE("Saving parameters edits config.yaml in place and keeps the rest", "[config]") {
  const std::string p2 = fitted_text(2), p4 = fitted_text(4);
  struct Case {
    std::string before;
    std::string after;
  } cases[] = {
      {"", "scheduling:\n" + p2 + "\n"},
      {"# my settings\n", "# my settings\n\nscheduling:\n" + p2 + "\n"},
      {"scheduling:\n  desired_retention: 0.85  # a bit lower\n",
       "scheduling:\n  desired_retention: 0.85  # a bit lower\n" + p2 + "\n"},
      {"scheduling:\n    parameters: [1, 2, 3, 4, 5, 0.5, 1, 0.1, 1, 0.1, 1, 1, 0.1, 0.3, 1, 0.5, 2, 0.5, 0.1, 0.1,\n"
       "        0.2]   \n    day_start_hour: 5\n",
       "scheduling:\n" + p4 + "\n    day_start_hour: 5\n"},
      {"scheduling:\n  parameters:\n" + block_list() + "\n  # steps\n  learning_steps: [1m]\n",
       "scheduling:\n" + p2 + "\n\n  # steps\n  learning_steps: [1m]\n"},
  };
  for (const Case& c : cases) {
    INFO(c.before);
    std::optional<std::string> after = set_parameters(c.before, fitted());
    REQUIRE(after);
    CHECK(*after == c.after);
    ConfigParse parsed = parse_config(*after, "config.yaml");
    CHECK(parsed.diagnostics.empty());
    CHECK(parsed.config.scheduling.parameters[20] == Approx(0.3711));
  }
}

TEST_CASE("A config layout the editor does not understand is left alone", "[config]") {
  CHECK_FALSE(set_parameters("scheduling: {desired_retention: 0.9}\n", fitted()));
  CHECK_FALSE(set_parameters("scheduling:\n  desired_retention: 2\n", fitted()));  // invalid file
  CHECK_FALSE(set_parameters("scheduling:\n  parameters: [1, 2]\n", fitted()));
}
