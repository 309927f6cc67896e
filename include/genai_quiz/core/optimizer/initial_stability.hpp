#pragma once
// Pre-training of the initial stabilities w0..w3 (fsrs-rs `parameter_initialization.rs`): for
// each first rating, the S0 whose forgetting curve best fits the recall observed at the first
// long-term review, then smoothing so that S0 grows with the rating and missing ratings are
// filled in.

#include <array>
#include <map>
#include <optional>
#include <span>
#include <vector>

#include "genai_quiz/core/optimizer/fsrs_item.hpp"

namespace genai_quiz::optimizer {

/// Recall observed after the same first interval: its rate (0-1) and how many items it counts.
struct RecallBucket {
  double delta_t = 0;
  double recall = 0;
  double count = 0;
};

/// Count-weighted cross-entropy of the curve R(t, s0) (default decay) against the buckets'
/// recall, plus |s0 - default_s0| / 16.
double initial_stability_loss(std::span<const RecallBucket> buckets, double s0, double default_s0);

/// The S0 in [0.001, 100] minimising initial_stability_loss by ternary search, after Laplace
/// smoothing of each bucket's recall towards `average_recall`.
double search_initial_stability(std::span<const RecallBucket> buckets, double average_recall,
                                double default_s0);

/// Makes S0 non-decreasing in the rating (where two ratings disagree, the one with more items
/// wins), fills ratings without data by power-law interpolation, and clamps to [0.001, 100].
/// Ratings absent from `counts` are dropped first. Returns nothing when no rating is left.
std::optional<std::array<double, 4>> smooth_and_fill(std::map<int, double> stability,
                                                     const std::map<int, int>& counts);

/// Pre-trained w0..w3 and, per first rating, the number of items they rest on.
struct InitialStability {
  std::array<double, 4> s0{};
  std::map<int, int> counts;
};

/// Fits w0..w3 on the items with exactly one long-term review. Nothing when there are none.
std::optional<InitialStability> fit_initial_stability(std::span<const FsrsItem> items,
                                                      double average_recall);

}  // namespace genai_quiz::optimizer
