#pragma once
// The 21 FSRS-6 parameters: defaults, migration of older 17- and 19-value sets, and clipping to
// the ranges the reference implementations enforce.

#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace genai_quiz {

/// The FSRS-6 parameter vector w[0..20].
using Weights = std::array<double, 21>;

/// The FSRS-6 defaults shipped by fsrs-rs, ts-fsrs and py-fsrs (median over 10,000 collections).
inline constexpr Weights kDefaultWeights = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

inline constexpr double kStabilityMin = 0.001;       ///< days
inline constexpr double kStabilityMax = 36500;       ///< days
inline constexpr double kInitialStabilityMax = 100;  ///< upper clip of w0..w3
inline constexpr double kDifficultyMin = 1;
inline constexpr double kDifficultyMax = 10;
inline constexpr double kFsrs5Decay = 0.5;  ///< w20 given to migrated FSRS-5 and FSRS-4.5 sets

/// The outcome of checking a user-supplied parameter list: 21 weights, or why it was refused.
struct ParameterCheck {
  std::optional<Weights> weights;
  std::string error;  ///< empty when `weights` is set
};

/// Clips each value to its allowed range, as ts-fsrs `clipParameters` does. Accepts up to 21
/// values (a shorter list is clipped position by position). The ceiling of w17 and w18 tightens
/// with more than one relearning step; the floor of w19 is 0.01 with short-term scheduling on.
std::vector<double> clip_parameters(std::span<const double> values, int relearning_step_count,
                                    bool enable_short_term);

/// Turns 21, 19 (FSRS-5) or 17 (FSRS-4.5) values into clipped FSRS-6 weights; an empty list gives
/// the defaults. Other lengths and non-finite values are refused with a message.
ParameterCheck migrate_parameters(std::span<const double> values, int relearning_step_count,
                                  bool enable_short_term);

}  // namespace genai_quiz
