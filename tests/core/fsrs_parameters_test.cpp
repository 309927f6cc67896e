#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

#include "genai_quiz/core/fsrs_parameters.hpp"

using namespace genai_quiz;

TEST_CASE("Parameters are clipped to the reference ranges", "[fsrs]") {
  // fsrs-rs test_parameter_clipper_works (the first 9 values).
  std::vector<double> in = {0, -1000, 1000, 0, 1000, -1000, 1, 0.25, -0.1};
  std::vector<double> expected = {0.001, 0.001, 100, 0.001, 10, 0.001, 1, 0.25, 0};
  CHECK(clip_parameters(in, 1, true) == expected);

  SECTION("two relearning steps leave the default short-term weights alone") {
    std::vector<double> out = clip_parameters(kDefaultWeights, 2, true);
    CHECK(out[17] == 0.5425);
    CHECK(out[18] == 0.0912);
    CHECK(out[19] == 0.0658);
  }
  SECTION("many relearning steps lower the ceiling of w17 and w18") {
    Weights w = kDefaultWeights;
    w[17] = w[18] = 2.0;
    std::vector<double> out = clip_parameters(w, 4, true);
    // sqrt(-(ln 1.4835 + ln(2^0.2629 - 1) + 0.3 * 1.6483) / 4)
    double ceiling = std::sqrt(-(std::log(1.4835) + std::log(std::pow(2, 0.2629) - 1) + 0.3 * 1.6483) / 4);
    CHECK(out[17] == Approx(ceiling).margin(1e-8));
    CHECK(out[18] == Approx(ceiling).margin(1e-8));
    CHECK(out[17] < 2.0);
  }
  SECTION("the floor of w19 depends on short-term scheduling") {
    Weights w = kDefaultWeights;
    w[19] = 0;
    CHECK(clip_parameters(w, 1, true)[19] == 0.01);
    CHECK(clip_parameters(w, 1, false)[19] == 0.0);
  }
}

TEST_CASE("Older parameter sets migrate to FSRS-6", "[fsrs]") {
  SECTION("17 values (FSRS-4.5): fsrs-rs test_convert_parameters") {
    std::vector<double> w17 = {0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18,
                               0.05, 0.34, 1.26, 0.29, 2.61};
    ParameterCheck c = migrate_parameters(w17, 1, false);
    REQUIRE(c.weights);
    const Weights& w = *c.weights;
    CHECK(w[4] == Approx(6.81).margin(1e-6));
    CHECK(w[5] == Approx(0.44675013).margin(1e-7));
    CHECK(w[6] == Approx(1.36).margin(1e-6));
    CHECK(w[16] == 2.61);
    CHECK(w[17] == 0.0);
    CHECK(w[18] == 0.0);
    CHECK(w[19] == 0.0);
    CHECK(w[20] == 0.5);
    CHECK((*migrate_parameters(w17, 1, true).weights)[19] == 0.01);  // as ts-fsrs
  }
  SECTION("19 values (FSRS-5) get w19 = 0 and w20 = 0.5") {
    std::vector<double> w19(kDefaultWeights.begin(), kDefaultWeights.begin() + 19);
    ParameterCheck c = migrate_parameters(w19, 1, false);
    REQUIRE(c.weights);
    CHECK((*c.weights)[18] == 0.0912);
    CHECK((*c.weights)[19] == 0.0);
    CHECK((*c.weights)[20] == 0.5);
  }
  SECTION("21 values are clipped, none means the defaults") {
    CHECK(*migrate_parameters(kDefaultWeights, 1, true).weights == kDefaultWeights);
    CHECK(*migrate_parameters({}, 1, true).weights == kDefaultWeights);
    Weights w = kDefaultWeights;
    w[20] = 2;
    CHECK((*migrate_parameters(w, 1, true).weights)[20] == 0.8);
  }
}

TEST_CASE("Wrong lengths and non-finite parameters are refused with a reason", "[fsrs]") {
  struct Case {
    std::vector<double> values;
    const char* error;
  } cases[] = {
      {std::vector<double>(20, 1.0), "expected 21 parameters (or 19 from FSRS-5, 17 from FSRS-4.5), got 20"},
      {{1, 2, 3}, "expected 21 parameters (or 19 from FSRS-5, 17 from FSRS-4.5), got 3"},
      {std::vector<double>(21, std::numeric_limits<double>::quiet_NaN()), "parameter w0 is not a finite number"},
  };
  for (const Case& c : cases) {
    ParameterCheck r = migrate_parameters(c.values, 1, true);
    CHECK_FALSE(r.weights);
    CHECK(r.error == c.error);
  }
}
