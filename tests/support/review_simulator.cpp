#include "support/review_simulator.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>
#include <string>

#include "genai_quiz/core/optimizer/training_model.hpp"

namespace genai_quiz::testing {

using namespace std::chrono;
using optimizer::SequenceStep;
using optimizer::TrainingModel;
using optimizer::TrainingSequence;

std::vector<ReviewRecord> simulate_reviews(const optimizer::Parameters& truth, int cards, int reviews_per_card,
                                           std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> uniform(0.0, 1.0);
  TrainingModel model(truth);
  std::vector<ReviewRecord> log;
  const sys_days start = 2024y / January / 1;
  auto answer = [&](int card, int day, int rating, bool first) {
    ReviewRecord& r = log.emplace_back();
    r.deck_id = "simulated";
    r.card_id = "card-" + std::to_string(card);
    r.time = TimePoint(start + days(day) + hours(12));
    r.rating = static_cast<Rating>(rating);
    r.before.phase = first ? Phase::kNew : Phase::kReview;
    r.after.phase = Phase::kReview;
  };
  for (int card = 0; card < cards; ++card) {
    int day = card % 60;  // cards start on different days
    double u = uniform(rng);
    int first = u < 0.25 ? 1 : u < 0.3 ? 2 : u < 0.85 ? 3 : 4;
    TrainingSequence seq;
    seq.steps.push_back({0, 0, first, false});
    answer(card, day, first, true);
    double interval = first == 1 ? 1 : first == 4 ? 6 : 2;
    for (int k = 1; k < reviews_per_card; ++k) {
      int delta = std::max(1, int(std::lround(interval * (0.6 + 0.8 * uniform(rng)))));
      seq.steps.push_back({double(delta), 1.0, 3, true});
      std::vector<double> r;
      model.predict(seq, r);
      bool recalled = uniform(rng) < r.back();
      double v = uniform(rng);
      int rating = !recalled ? 1 : v < 0.1 ? 2 : v < 0.9 ? 3 : 4;
      seq.steps.back() = {double(delta), 0.0, rating, recalled};
      day += delta;
      answer(card, day, rating, false);
      interval = recalled ? delta * (rating == 2 ? 1.5 : rating == 4 ? 3.5 : 2.5) : 1;
    }
  }
  return log;
}

}  // namespace genai_quiz::testing
