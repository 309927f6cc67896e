#include <catch2/catch.hpp>

#include <cmath>

#include "genai_quiz/core/optimizer/adam.hpp"
#include "genai_quiz/core/optimizer/optimizer.hpp"
#include "genai_quiz/core/optimizer/training_model.hpp"

using namespace genai_quiz;
using namespace genai_quiz::optimizer;

namespace {

// fsrs-rs `training.rs` `test_loss_and_grad`: four items, histories given time-major.
std::vector<TrainingSequence> reference_batch() {
  const double t[6][4] = {{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 1}, {0, 1, 1, 3}, {1, 3, 3, 5}, {3, 6, 6, 12}};
  const int r[6][4] = {{1, 2, 3, 4}, {3, 4, 2, 4}, {1, 4, 4, 3}, {4, 3, 3, 3}, {3, 1, 3, 3}, {2, 3, 3, 4}};
  const double delta_t[4] = {4, 11, 12, 23};
  const bool label[4] = {true, true, true, false};
  std::vector<TrainingSequence> batch(4);
  for (int item = 0; item < 4; ++item) {
    for (int k = 0; k < 6; ++k) batch[item].steps.push_back({t[k][item], 0.0, r[k][item], false});
    batch[item].steps.push_back({delta_t[item], 1.0, label[item] ? 3 : 1, label[item]});
    batch[item].scored = 1;
  }
  return batch;
}

double batch_loss(const Parameters& w, Gradient* grad) {
  TrainingModel model(w);
  double loss = 0;
  for (const TrainingSequence& seq : reference_batch()) {
    loss += grad ? model.loss_and_gradient(seq, *grad) : model.loss(seq);
  }
  return loss;
}

void clip(Parameters& w, int relearning_steps, bool enable_short_term) {
  std::vector<double> clipped = genai_quiz::clip_parameters(w, relearning_steps, enable_short_term);
  std::copy(clipped.begin(), clipped.end(), w.begin());
}

void check_close(const Gradient& actual, const Gradient& expected, double tolerance) {
  for (std::size_t i = 0; i < actual.size(); ++i) {
    INFO("w[" << i << "]");
    CHECK(actual[i] == Approx(expected[i]).margin(tolerance).epsilon(1e-3));
  }
}

}  // namespace

TEST_CASE("The loss and gradient on the fixed batch match fsrs-rs", "[optimizer]") {
  Gradient grad{};
  double loss = batch_loss(kDefaultWeights, &grad);
  CHECK(loss == Approx(4.0466027).margin(1e-5));
  const Gradient expected = {-0.095688485, -0.0051607806, -0.0012249565, 0.007462064, 0.03650761,
                             -0.082112335, 0.0593964,     -2.1474836,    0.57626534,  -2.8751316,
                             0.7154875,    -0.028993709,  0.0099172965,  -0.2189217,  -0.0017800558,
                             -0.089381434, 0.299141,      0.068104014,   -0.011605468, -0.25398168,
                             0.27700496};
  check_close(grad, expected, 1e-5);
}

TEST_CASE("The analytic gradient matches central differences", "[optimizer]") {
  Parameters w = kDefaultWeights;
  w[7] = 0.05;  // move mean reversion off its lower clip so every path is active
  Gradient grad{};
  batch_loss(w, &grad);
  for (int i = 0; i < 21; ++i) {
    double h = 1e-6 * std::max(1.0, std::abs(w[i]));
    Parameters plus = w, minus = w;
    plus[i] += h;
    minus[i] -= h;
    double numeric = (batch_loss(plus, nullptr) - batch_loss(minus, nullptr)) / (2 * h);
    INFO("w[" << i << "]");
    CHECK(grad[i] == Approx(numeric).margin(1e-5).epsilon(1e-4));
  }
}

TEST_CASE("Two Adam steps with clipping reproduce fsrs-rs parameters and losses", "[optimizer]") {
  Parameters w = kDefaultWeights;
  Adam adam;
  Gradient grad{};
  batch_loss(w, &grad);
  adam.step(w, grad, 0.04);
  clip(w, 1, true);
  const Parameters after_one = {0.252,  1.3331, 2.3464994, 8.2556, 6.3733,     0.87340003, 2.9794,
                                0.041,  1.8322, 0.20660001, 0.756, 1.5235,     0.021400042, 0.3029,
                                1.6882998, 0.64140004, 1.8329, 0.5025, 0.13119997, 0.1058, 0.1142};
  check_close(w, after_one, 1e-5);

  CHECK(l2_penalty(w, kDefaultWeights, 2.0, 512, 1000) == Approx(0.67711145).epsilon(1e-5));
  Gradient penalty_grad{};
  l2_penalty(w, kDefaultWeights, 2.0, 512, 1000, &penalty_grad);
  const Gradient expected_penalty_grad = {
      0.0019813816, 0.00087788026, 0.00026506148, -0.000105618295, -0.25213888, 1.0448985, -0.22755535,
      5.688889,     -0.5385926,    2.5283954,     -0.75225013,     0.9102214,   -10.113569, 3.1999993,
      0.2521374,    1.3107208,     -0.07721739,   -0.85244584,     0.79999936,  4.1795917,  -1.1237311};
  check_close(penalty_grad, expected_penalty_grad, 1e-4);

  grad = {};
  CHECK(batch_loss(w, &grad) == Approx(3.767796).margin(1e-5));
  const Gradient expected_second = {-0.040530164, -0.0041278866, -0.0010157757, 0.007239434, 0.009321215,
                                    -0.120117955, 0.039143264,   -0.8628009,    0.5794302,   -2.5713828,
                                    0.7669307,    -0.024242667,  0.0,           -0.16912507, -0.0017008218,
                                    -0.061857328, 0.28093633,    0.064058185,   0.0063592787, -0.1903223,
                                    0.6257775};
  check_close(grad, expected_second, 1e-5);
  adam.step(w, grad, 0.04);
  clip(w, 1, true);
  const Parameters after_two = {0.2882918, 1.3726242,  2.3861322, 8.215636,   6.339965,  0.9130969,
                                2.940639,  0.07696985, 1.7921946, 0.2464217,  0.71595186, 1.5631561,
                                0.001,     0.34230903, 1.7282416, 0.68038,    1.7929853, 0.46258268,
                                0.14039303, 0.14509967, 0.1};
  check_close(w, after_two, 1e-5);
}

TEST_CASE("The cosine schedule follows PyTorch's recurrence", "[optimizer]") {
  CosineAnnealing schedule(5, 0.04);
  std::vector<double> rates = {schedule.current()};
  for (int i = 0; i < 10; ++i) rates.push_back(schedule.next());
  const double expected[] = {0.04,      0.0361803, 0.0261803, 0.0138197, 0.0038197, 0.0,
                             0.0038197, 0.0138197, 0.0261803, 0.0361803, 0.04};
  for (int i = 0; i < 11; ++i) {
    INFO("step " << i);
    CHECK(rates[i] == Approx(expected[i]).margin(1e-7));
  }
}
