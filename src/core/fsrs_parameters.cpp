#include "genai_quiz/core/fsrs_parameters.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "genai_quiz/core/fsrs.hpp"

namespace genai_quiz {
namespace {

constexpr double kW17W18Ceiling = 2.0;

// The [low, high] range of each weight (fsrs-rs parameter_clipper.rs, ts-fsrs CLAMP_PARAMETERS).
std::array<std::pair<double, double>, 21> clip_ranges(bool enable_short_term) {
  return {{{kStabilityMin, kInitialStabilityMax},
           {kStabilityMin, kInitialStabilityMax},
           {kStabilityMin, kInitialStabilityMax},
           {kStabilityMin, kInitialStabilityMax},
           {1, 10},
           {0.001, 4},
           {0.001, 4},
           {0.001, 0.75},
           {0, 4.5},
           {0, 0.8},
           {0.001, 3.5},
           {0.001, 5},
           {0.001, 0.25},
           {0.001, 0.9},
           {0, 4},
           {0, 1},
           {1, 6},
           {0, kW17W18Ceiling},
           {0, kW17W18Ceiling},
           {enable_short_term ? 0.01 : 0.0, 0.8},
           {0.1, 0.8}}};
}

double clamp(double v, double lo, double hi) { return std::min(std::max(v, lo), hi); }

}  // namespace

std::vector<double> clip_parameters(std::span<const double> values, int relearning_step_count,
                                    bool enable_short_term) {
  auto ranges = clip_ranges(enable_short_term);
  std::size_t n = std::min(values.size(), ranges.size());
  if (relearning_step_count > 1 && n > 14) {
    // Keeps the post-lapse stability times e^(steps * w17 * w18) at most S for D=1, R=0.7, S=1.
    double w11 = clamp(values[11], ranges[11].first, ranges[11].second);
    double w13 = clamp(values[13], ranges[13].first, ranges[13].second);
    double w14 = clamp(values[14], ranges[14].first, ranges[14].second);
    double value = -(std::log(w11) + std::log(std::pow(2.0, w13) - 1) + w14 * 0.3) / relearning_step_count;
    double ceiling = clamp(round8(std::sqrt(std::max(value, 0.0))), 0.01, kW17W18Ceiling);
    ranges[17].second = ceiling;
    ranges[18].second = ceiling;
  }
  std::vector<double> out(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(n));
  for (std::size_t i = 0; i < n; ++i) out[i] = clamp(out[i], ranges[i].first, ranges[i].second);
  return out;
}

ParameterCheck migrate_parameters(std::span<const double> values, int relearning_step_count,
                                  bool enable_short_term) {
  if (values.empty()) {
    std::vector<double> clipped = clip_parameters(kDefaultWeights, relearning_step_count, enable_short_term);
    Weights w{};
    std::copy(clipped.begin(), clipped.end(), w.begin());
    return {w, {}};
  }
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!std::isfinite(values[i])) {
      return {std::nullopt, "parameter w" + std::to_string(i) + " is not a finite number"};
    }
  }
  if (values.size() != 17 && values.size() != 19 && values.size() != 21) {
    return {std::nullopt, "expected 21 parameters (or 19 from FSRS-5, 17 from FSRS-4.5), got " +
                              std::to_string(values.size())};
  }
  std::vector<double> w = clip_parameters(values, relearning_step_count, enable_short_term);
  if (w.size() == 17) {
    // FSRS-4.5 → FSRS-5: D0 changed from w4 - w5 (G-3) to w4 - e^(w5 (G-1)) + 1.
    w[4] = round8(w[5] * 2 + w[4]);
    w[5] = round8(std::log(w[5] * 3 + 1) / 3);
    w[6] = round8(w[6] + 0.5);
    w.insert(w.end(), {0.0, 0.0});
  }
  if (w.size() == 19) w.insert(w.end(), {0.0, kFsrs5Decay});
  w = clip_parameters(w, relearning_step_count, enable_short_term);
  Weights out{};
  std::copy(w.begin(), w.end(), out.begin());
  return {out, {}};
}

}  // namespace genai_quiz
