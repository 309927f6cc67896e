#include "genai_quiz/core/optimizer/training_parameters.hpp"

#include <algorithm>
#include <cmath>

namespace genai_quiz::optimizer {

void clip_parameters(Parameters& w, int relearning_steps, bool enable_short_term) {
  double short_term_ceiling = 2.0;
  if (relearning_steps > 1) {
    // Keeps post-lapse stability times e^(steps * w17 * w18) at or below S (D=1, R=0.7, S=1).
    double w11 = std::clamp(w[11], 0.001, 5.0);
    double w13 = std::clamp(w[13], 0.001, 0.9);
    double w14 = std::clamp(w[14], 0.0, 4.0);
    double value = -(std::log(w11) + std::log(std::pow(2.0, w13) - 1.0) + 0.3 * w14) / relearning_steps;
    short_term_ceiling = std::min(2.0, std::sqrt(std::max(0.01, value)));
  }
  struct Range {
    double lo, hi;
  };
  const Range ranges[21] = {
      {kMinStability, kMaxInitialStability}, {kMinStability, kMaxInitialStability},
      {kMinStability, kMaxInitialStability}, {kMinStability, kMaxInitialStability},
      {1.0, 10.0}, {0.001, 4.0}, {0.001, 4.0}, {0.001, 0.75}, {0.0, 4.5}, {0.0, 0.8},
      {0.001, 3.5}, {0.001, 5.0}, {0.001, 0.25}, {0.001, 0.9}, {0.0, 4.0}, {0.0, 1.0},
      {1.0, 6.0}, {0.0, short_term_ceiling}, {0.0, short_term_ceiling},
      {enable_short_term ? 0.01 : 0.0, 0.8}, {0.1, 0.8}};
  for (int i = 0; i < 21; ++i) w[i] = std::clamp(w[i], ranges[i].lo, ranges[i].hi);
}

}  // namespace genai_quiz::optimizer
