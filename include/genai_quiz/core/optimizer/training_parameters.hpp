#pragma once
// The parameter vector the optimizer trains, its defaults and the clipping applied after every
// step (fsrs-rs `parameter_clipper.rs`).

#include <array>

namespace genai_quiz::optimizer {

/// FSRS-6 parameters w[0..20].
using Parameters = std::array<double, 21>;

/// The FSRS-6 defaults (fsrs-rs `DEFAULT_PARAMETERS`).
inline constexpr Parameters kDefaultParameters = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

inline constexpr double kMinStability = 0.001;        ///< days
inline constexpr double kMaxStability = 36500;        ///< days
inline constexpr double kMaxInitialStability = 100;   ///< upper bound of w0..w3
inline constexpr double kMinDifficulty = 1;
inline constexpr double kMaxDifficulty = 10;

/// Clips every parameter to its range. The ceiling of w17 and w18 tightens with more than one
/// relearning step; the floor of w19 is 0.01 when short-term scheduling is on, else 0.
void clip_parameters(Parameters& w, int relearning_steps, bool enable_short_term);

}  // namespace genai_quiz::optimizer
