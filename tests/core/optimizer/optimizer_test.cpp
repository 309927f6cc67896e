#include <catch2/catch.hpp>

#include "genai_quiz/core/optimizer/evaluation.hpp"
#include "genai_quiz/core/optimizer/optimizer.hpp"
#include "support/review_simulator.hpp"

using namespace genai_quiz;
using namespace genai_quiz::optimizer;

namespace {

Parameters truth() {
  Parameters w = kDefaultWeights;
  w[0] = 0.6, w[2] = 4.0, w[8] = 1.4, w[9] = 0.05, w[11] = 2.2, w[20] = 0.35;
  return w;
}

std::vector<FsrsItem> simulated_items(int cards, std::uint64_t seed) {
  return build_items(testing::simulate_reviews(truth(), cards, 8, seed), FixedOffsetCalendar(std::chrono::minutes(0), 4));
}

}  // namespace

TEST_CASE("Fitting recovers most of the gap between defaults and the true parameters", "[optimizer]") {
  std::vector<FsrsItem> items = simulated_items(600, 7);
  FitResult fit = fit_parameters(items, OptimizerOptions{});
  REQUIRE(fit.outcome == FitOutcome::kTrained);
  double defaults = evaluate(items, kDefaultWeights)->log_loss;
  double fitted = evaluate(items, fit.parameters)->log_loss;
  double best = evaluate(items, truth())->log_loss;
  INFO("defaults " << defaults << ", fitted " << fitted << ", truth " << best);
  CHECK(fitted < defaults);
  CHECK(fitted - best < 0.25 * (defaults - best));
}

TEST_CASE("Fitting is deterministic for a seed and depends on it", "[optimizer]") {
  std::vector<FsrsItem> items = simulated_items(200, 11);
  OptimizerOptions options;
  FitResult a = fit_parameters(items, options);
  FitResult b = fit_parameters(items, options);
  CHECK(a.parameters == b.parameters);
  options.seed = 99;
  CHECK(fit_parameters(items, options).parameters != a.parameters);
  options.shuffle = false;
  FitResult c = fit_parameters(items, options);
  options.seed = 7;
  CHECK(fit_parameters(items, options).parameters == c.parameters);
}

TEST_CASE("Without short-term scheduling w0-w3 keep their pre-trained values and w17-w19 stay 0", "[optimizer]") {
  std::vector<FsrsItem> items = simulated_items(200, 5);
  OptimizerOptions options;
  options.enable_short_term = false;
  FitResult fit = fit_parameters(items, options);
  REQUIRE(fit.outcome == FitOutcome::kTrained);
  options.epochs = 0;  // nothing but pre-training
  FitResult pretrained = fit_parameters(items, options);
  for (int i = 0; i < 4; ++i) CHECK(fit.parameters[i] == Approx(pretrained.parameters[i]));
  for (int i = 17; i < 20; ++i) CHECK(fit.parameters[i] == 0.0);
}

TEST_CASE("Little history falls back to the defaults or to pre-trained S0", "[optimizer]") {
  std::vector<FsrsItem> items = simulated_items(200, 3);
  SECTION("fewer than 8 items give the defaults") {
    std::vector<FsrsItem> few(items.begin(), items.begin() + 7);
    FitResult fit = fit_parameters(few, OptimizerOptions{});
    CHECK(fit.outcome == FitOutcome::kTooFewItems);
    CHECK(fit.parameters == kDefaultWeights);
  }
  SECTION("fewer than 64 items fit only w0-w3") {
    std::vector<FsrsItem> some(items.begin(), items.begin() + 60);
    FitResult fit = fit_parameters(some, OptimizerOptions{});
    CHECK(fit.outcome == FitOutcome::kInitialStabilityOnly);
    CHECK(std::equal(fit.parameters.begin() + 4, fit.parameters.end(), kDefaultWeights.begin() + 4));
    CHECK(fit.parameters[2] != kDefaultWeights[2]);
  }
  SECTION("no card with a single long-term review gives the defaults") {
    std::vector<FsrsItem> later;
    for (const FsrsItem& item : items) {
      if (item.long_term_review_count() > 1) later.push_back(item);
    }
    OptimizerOptions options;
    options.filter_outliers = false;
    FitResult fit = fit_parameters(later, options);
    CHECK(fit.outcome == FitOutcome::kNoFirstIntervals);
    CHECK(fit.parameters == kDefaultWeights);
  }
}

TEST_CASE("Progress reaches the total once per epoch's worth of reviews", "[optimizer]") {
  std::vector<FsrsItem> items = simulated_items(200, 4);
  std::size_t last_done = 0, last_total = 0, calls = 0;
  fit_parameters(items, OptimizerOptions{}, [&](std::size_t done, std::size_t total) {
    CHECK(done > last_done);
    last_done = done;
    last_total = total;
    ++calls;
  });
  CHECK(calls > 5);
  CHECK(last_done == last_total);
}
