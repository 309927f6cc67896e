#include <catch2/catch.hpp>

#include "genai_quiz/core/optimizer/training_data.hpp"

using namespace genai_quiz;
using namespace genai_quiz::optimizer;

namespace {

FsrsItem item(std::vector<ItemReview> reviews, std::int64_t card = -1) { return FsrsItem{std::move(reviews), card}; }

/// `n` items first rated `rating`, then reviewed once after `delta_t` days.
void add_first_intervals(std::vector<FsrsItem>& items, int rating, int delta_t, int n) {
  for (int i = 0; i < n; ++i) items.push_back(item({{rating, 0}, {i % 4 ? 3 : 1, delta_t}}));
}

}  // namespace

TEST_CASE("The outlier filter drops rare and long first intervals, and their cards", "[optimizer]") {
  std::vector<FsrsItem> items;
  add_first_intervals(items, 3, 1, 200);
  add_first_intervals(items, 3, 3, 100);
  add_first_intervals(items, 3, 5, 5);    // rare: within the 5% / 20 budget
  add_first_intervals(items, 3, 7, 10);   // rare: within the budget as well (5 + 10 < 20)
  add_first_intervals(items, 3, 150, 30); // frequent but longer than 100 days
  add_first_intervals(items, 4, 200, 30); // kept: Easy allows up to 365 days, and 30 exceed the budget
  add_first_intervals(items, 4, 20, 40);
  items.push_back(item({{3, 0}, {3, 7}, {3, 15}}));   // its first interval was dropped
  items.push_back(item({{3, 0}, {3, 1}, {3, 4}}));    // kept
  items.push_back(item({{4, 0}, {3, 20}, {3, 40}}));  // kept

  TrainingData data = prepare_training_data(items, true);
  CHECK(data.initialization.size() == 300 + 70);
  CHECK(data.train.size() == 300 + 70 + 2);
  CHECK(data.train.back() == items.back());

  TrainingData unfiltered = prepare_training_data(items, false);
  CHECK(unfiltered.initialization.size() == 415);
  CHECK(unfiltered.train.size() == items.size());
}

TEST_CASE("Recency weights grow from 0.25 to 1 with the cube of position", "[optimizer]") {
  std::vector<double> w = recency_weights(5);
  const double expected[] = {0.25, 0.25 + 0.75 / 64, 0.25 + 0.75 / 8, 0.25 + 0.75 * 27 / 64, 1.0};
  for (int i = 0; i < 5; ++i) CHECK(w[i] == Approx(expected[i]));
  CHECK(recency_weights(1) == std::vector<double>{0.25});
}

TEST_CASE("A card's items share one replay with the same loss and gradient as separate items", "[optimizer]") {
  std::vector<FsrsItem> items = {
      item({{4, 0}, {3, 2}}, 1),
      item({{1, 0}, {3, 0}, {1, 1}}, 2),
      item({{4, 0}, {3, 2}, {1, 5}}, 1),
      item({{4, 0}, {3, 2}, {1, 5}, {3, 0}, {2, 3}}, 1),
      item({{3, 0}, {3, 4}}),  // no card: its own sequence
  };
  std::vector<double> weights = {0.5, 0.7, 1.1, 0.9, 1.3};
  SequenceSet grouped = build_sequences(items, weights, true);
  SequenceSet separate = build_sequences(items, weights, false);
  REQUIRE(grouped.sequences.size() == 3);
  REQUIRE(separate.sequences.size() == 5);

  Parameters w = kDefaultWeights;
  w[7] = 0.05;
  auto total = [&](const SequenceSet& set, Gradient& grad) {
    TrainingModel model(w);
    double loss = 0;
    for (const TrainingSequence& seq : set.sequences) loss += model.loss_and_gradient(seq, grad);
    return loss;
  };
  Gradient g1{}, g2{};
  CHECK(total(grouped, g1) == Approx(total(separate, g2)).epsilon(1e-12));
  for (int i = 0; i < 21; ++i) CHECK(g1[i] == Approx(g2[i]).margin(1e-12));

  int scored = 0;
  for (const auto& order : grouped.item_of_score) scored += int(order.size());
  CHECK(scored == 5);
}

TEST_CASE("Batches hold at most the batch size of scored reviews", "[optimizer]") {
  std::vector<TrainingSequence> sequences(6);
  const int scored[] = {3, 2, 4, 1, 5, 2};
  for (int i = 0; i < 6; ++i) {
    sequences[i].scored = scored[i];
    sequences[i].steps.resize(scored[i] + 1);
  }
  std::vector<int> order = sort_by_length(sequences);
  CHECK(order == std::vector<int>{3, 1, 5, 0, 2, 4});
  auto batches = make_batches(sequences, order, 5);
  CHECK(batches == std::vector<std::vector<int>>{{3, 1, 5}, {0}, {2}, {4}});
  CHECK(make_batches(sequences, std::vector<int>{4, 0, 1}, 4) == std::vector<std::vector<int>>{{4}, {0}, {1}});
}
