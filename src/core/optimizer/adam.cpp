#include "genai_quiz/core/optimizer/adam.hpp"

#include <cmath>
#include <numbers>

namespace genai_quiz::optimizer {

void Adam::step(Parameters& w, const Gradient& grad, double lr) {
  constexpr double kBeta1 = 0.9, kBeta2 = 0.999, kEpsilon = 1e-8;
  ++t_;
  double bias1 = 1.0 - std::pow(kBeta1, t_);
  double bias2 = 1.0 - std::pow(kBeta2, t_);
  for (std::size_t i = 0; i < w.size(); ++i) {
    m_[i] = kBeta1 * m_[i] + (1.0 - kBeta1) * grad[i];
    v_[i] = kBeta2 * v_[i] + (1.0 - kBeta2) * grad[i] * grad[i];
    w[i] -= lr * (m_[i] / bias1) / (std::sqrt(v_[i] / bias2) + kEpsilon);
  }
}

double CosineAnnealing::next() {
  using std::numbers::pi;
  steps_ += 1;
  if (std::fmod(steps_ - 1 - t_max_, 2 * t_max_) == 0) {
    lr_ = initial_ * (1 - std::cos(pi / t_max_)) / 2;
  } else {
    lr_ = (1 + std::cos(pi * steps_ / t_max_)) / (1 + std::cos(pi * (steps_ - 1) / t_max_)) * lr_;
  }
  return lr_;
}

}  // namespace genai_quiz::optimizer
