#include <catch2/catch.hpp>

#include <cmath>

#include "genai_quiz/core/optimizer/evaluation.hpp"
#include "support/review_simulator.hpp"

using namespace genai_quiz;
using namespace genai_quiz::optimizer;

TEST_CASE("RMSE bins group by interval, review count and lapses as fsrs-rs does", "[optimizer]") {
  struct Case {
    std::vector<ItemReview> reviews;
    std::tuple<int, int, int> bin;
  } cases[] = {
      {{{3, 0}, {3, 1}}, {248, 4, 0}},
      {{{3, 0}, {3, 4}}, {898, 4, 0}},
      {{{3, 0}, {3, 0}, {3, 13}}, {898, 4, 0}},
      {{{3, 0}, {3, 0}, {3, 14}}, {3250, 4, 0}},
      {{{3, 0}, {3, 2}, {3, 5}}, {898, 4, 0}},
      {{{3, 0}, {3, 2}, {3, 5}, {3, 9}}, {898, 7, 0}},
      {{{3, 0}, {1, 2}, {3, 1}}, {248, 4, 2}},
      {{{3, 0}, {1, 2}, {1, 0}, {1, 3}, {3, 1}, {3, 30}}, {3250, 7, 3}},
  };
  for (const Case& c : cases) {
    FsrsItem item{c.reviews};
    auto [t, n, l] = rmse_bin(item);
    INFO("delta_t " << item.current().delta_t);
    CHECK(t == std::get<0>(c.bin));
    CHECK(n == std::get<1>(c.bin));
    CHECK(l == std::get<2>(c.bin));
  }
}

TEST_CASE("Log loss is the recency-weighted cross-entropy of the predictions", "[optimizer]") {
  std::vector<FsrsItem> items = {
      {{{3, 0}, {3, 3}}, 1},
      {{{1, 0}, {1, 1}}, 2},
      {{{3, 0}, {3, 3}, {3, 8}}, 1},
  };
  TrainingModel model(kDefaultWeights);
  std::vector<double> p;
  for (const FsrsItem& item : items) {
    TrainingSequence seq;
    for (const ItemReview& r : item.reviews) seq.steps.push_back({double(r.delta_t), 0, r.rating, false});
    seq.steps.back().weight = 1;
    model.predict(seq, p);
  }
  const double w[] = {0.25, 0.25 + 0.75 / 8, 1.0};
  double expected = -(w[0] * std::log(p[0]) + w[1] * std::log(1 - p[1]) + w[2] * std::log(p[2])) / (w[0] + w[1] + w[2]);
  auto m = evaluate(items, kDefaultWeights);
  REQUIRE(m);
  CHECK(m->log_loss == Approx(expected).epsilon(1e-12));
  // Items 0 and 1 share a bin (3 and 1 days, one long-term review, no lapse); item 2 has its own.
  double sq = (w[0] + w[1]) * std::pow((p[0] + p[1]) / 2 - 0.5, 2) + w[2] * std::pow(p[2] - 1, 2);
  CHECK(m->rmse_bins == Approx(std::sqrt(sq / (w[0] + w[1] + w[2]))).epsilon(1e-12));
  CHECK_FALSE(evaluate({}, kDefaultWeights));
}

TEST_CASE("The time-series evaluation predicts only later segments", "[optimizer]") {
  std::vector<FsrsItem> items = build_items(testing::simulate_reviews(kDefaultWeights, 300, 8, 2), FixedOffsetCalendar(std::chrono::minutes(0), 4));
  auto m = evaluate_time_series(items, OptimizerOptions{});
  REQUIRE(m);
  CHECK(m->items == items.size() - items.size() / 6);
  CHECK(m->log_loss > 0);
  CHECK(m->log_loss < 1);
  std::vector<FsrsItem> five(items.begin(), items.begin() + 5);
  CHECK_FALSE(evaluate_time_series(five, OptimizerOptions{}));
}
