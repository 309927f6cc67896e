#include <catch2/catch.hpp>

#include "genai_quiz/core/optimizer/initial_stability.hpp"
#include "genai_quiz/core/fsrs_parameters.hpp"

using namespace genai_quiz;
using namespace genai_quiz::optimizer;

namespace {
// fsrs-rs `parameter_initialization.rs` tests: first rating Again, first intervals 1..5 days.
const std::vector<RecallBucket> kBuckets = {
    {1, 0.86666667, 435}, {2, 0.90721649, 97}, {3, 0.73015873, 63}, {4, 0.76315789, 38}, {5, 0.67857143, 28}};
}  // namespace

TEST_CASE("The S0 loss matches fsrs-rs", "[optimizer]") {
  CHECK(initial_stability_loss(kBuckets, 0.7840586, kDefaultWeights[0]) == Approx(279.9206961069712).epsilon(1e-9));
}

TEST_CASE("The ternary search finds fsrs-rs's S0", "[optimizer]") {
  CHECK(search_initial_stability(kBuckets, 0.94302857, kDefaultWeights[0]) == Approx(0.7355089).margin(1e-5));
}

TEST_CASE("Smoothing orders S0 by rating and fills the missing ratings", "[optimizer]") {
  struct Case {
    std::map<int, double> stability;
    std::map<int, int> counts;
    std::array<double, 4> expected;
  } cases[] = {
      {{{1, 0.4}, {3, 2.3}, {4, 10.9}}, {{1, 1}, {2, 1}, {3, 1}, {4, 1}}, {0.4, 1.1227008, 2.3, 10.9}},
      {{{2, 0.35}}, {{2, 1}}, {0.05738148, 0.35, 0.6242943, 2.2453482}},
      // Out of order: the rating with more items wins.
      {{{1, 3.0}, {2, 2.0}, {3, 4.0}, {4, 9.0}}, {{1, 50}, {2, 10}, {3, 40}, {4, 5}}, {3.0, 3.0, 4.0, 9.0}},
  };
  for (const Case& c : cases) {
    auto actual = smooth_and_fill(c.stability, c.counts);
    REQUIRE(actual);
    for (int i = 0; i < 4; ++i) CHECK((*actual)[i] == Approx(c.expected[i]).margin(1e-6));
  }
  CHECK_FALSE(smooth_and_fill({{1, 0.5}}, {{2, 3}}));
}
