#pragma once
// The FSRS-6 memory model: retrievability, intervals and the next (stability, difficulty) after a
// rating. Formulas and rounding follow ts-fsrs 5.x, which rounds most intermediate results to
// 8 decimals; see docs/scheduling.md.

#include <array>
#include <cmath>
#include <optional>

#include "genai_quiz/core/card_state.hpp"
#include "genai_quiz/core/fsrs_parameters.hpp"

namespace genai_quiz {

/// Stability (days until recall probability falls to 90%) and difficulty (1 to 10).
struct MemoryState {
  double stability = 0;
  double difficulty = 0;
};

/// The nearest integer, halves towards +infinity, exactly as JavaScript's Math.round.
inline double js_round(double x) {
  double f = std::floor(x);
  return f + static_cast<double>(x - f >= 0.5);  // branch-free: the fraction is unpredictable
}

/// Rounds half up to 8 decimals, exactly as ts-fsrs `roundTo(x, 8)`.
inline double round8(double x) { return js_round(x * 1e8) / 1e8; }

/// The FSRS-6 formulas for one parameter set and one desired retention.
class FsrsModel {
 public:
  /// `weights` must already be migrated and clipped (see migrate_parameters).
  FsrsModel(const Weights& weights, double desired_retention, bool enable_short_term);

  /// The weights in use.
  const Weights& weights() const { return w_; }
  /// The decay exponent, -w20.
  double decay() const { return decay_; }
  /// 0.9^(1/decay) - 1, so that R(S, S) = 0.9.
  double factor() const { return factor_; }
  /// The interval in days per day of stability at the desired retention (1 at 0.90).
  double interval_modifier() const { return interval_modifier_; }

  /// Probability of recall after `elapsed_days` for a memory of stability `stability`.
  double retrievability(double elapsed_days, double stability) const;
  /// The whole-day interval for `stability`: rounded half up, at least 1, at most `maximum`.
  int interval_days(double stability, int maximum) const;

  /// S0: stability after the first rating, w[G-1] (at least 0.1, as ts-fsrs).
  double initial_stability(Rating g) const;
  /// D0: w4 - e^(w5 (G-1)) + 1, not clamped.
  double initial_difficulty(Rating g) const;
  /// Difficulty after rating `g`: linear damping, mean reversion to D0(Easy), clamped to [1, 10].
  double next_difficulty(double d, Rating g) const;
  /// Stability after a successful recall (Hard, Good or Easy) at retrievability `r`.
  double recall_stability(double d, double s, double r, Rating g) const;
  /// Post-lapse stability from the forgetting formula, before the short-term cap.
  double forget_stability(double d, double s, double r) const;
  /// Stability after a same-day review (FSRS-6 short-term formula).
  double short_term_stability(double s, Rating g) const;

  /// The memory state after rating `g` with `elapsed_days` whole days since the last review.
  /// `previous` empty (or 0/0) means a first review. `r` overrides the computed retrievability.
  MemoryState next_state(std::optional<MemoryState> previous, int elapsed_days, Rating g,
                         std::optional<double> r = std::nullopt) const;
  /// The states after Hard, Good and Easy from one existing state and retrievability `r`: the
  /// same values as three next_state calls, sharing the common factors.
  std::array<MemoryState, 3> next_recall_states(MemoryState previous, int elapsed_days, double r) const;
  /// Only the stabilities of next_recall_states (Hard, Good, Easy), for choosing intervals.
  std::array<double, 3> recall_stabilities(MemoryState previous, int elapsed_days, double r) const;

 private:
  Weights w_;
  bool enable_short_term_;
  double decay_;
  double factor_;
  double interval_modifier_;
  double exp_w8_;
  double easy_d0_;
  std::array<double, 5> short_term_exp_;  // e^(w17 (G - 3 + w18)) by grade
};

/// Memory state equivalent to an SM-2 card with ease `ease`, interval `interval_days` and
/// desired retention `r` (fsrs-rs `memory_state_from_sm2`).
MemoryState memory_state_from_sm2(const Weights& w, double ease, double interval_days, double r);

}  // namespace genai_quiz
