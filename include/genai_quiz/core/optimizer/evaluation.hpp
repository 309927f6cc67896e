#pragma once
// How well parameters predict reviews, measured as fsrs-rs does: log loss and RMSE(bins), on the
// same items or by a 5-fold time-series evaluation that always predicts the future.

#include <cstddef>
#include <optional>
#include <span>
#include <tuple>

#include "genai_quiz/core/optimizer/fsrs_item.hpp"
#include "genai_quiz/core/optimizer/optimizer.hpp"

namespace genai_quiz::optimizer {

/// Prediction quality over a set of items (lower is better for both).
struct Metrics {
  double log_loss = 0;
  double rmse_bins = 0;
  std::size_t items = 0;
};

/// The RMSE bin of an item: (interval bin x100, review-count bin, lapse bin), fsrs-rs
/// `r_matrix_index`.
std::tuple<int, int, int> rmse_bin(const FsrsItem& item);

/// Log loss and RMSE(bins) of `w` on `items`. With `recency_weighted` (fsrs-rs `evaluate`),
/// item i of n counts 0.25 + 0.75 (i/(n-1))^3 in the loss and in the bin weights; otherwise
/// every item counts 1. Nothing when `items` is empty.
std::optional<Metrics> evaluate(std::span<const FsrsItem> items, const Parameters& w,
                                bool recency_weighted = true);

/// Splits the time-ordered items into 6 segments; fold k (1..5) fits on segments before k and
/// predicts segment k (the last fold runs to the end); the pooled predictions are scored with
/// equal weights (fsrs-rs `evaluate_with_time_series_splits`). Nothing with fewer than 6 items.
std::optional<Metrics> evaluate_time_series(std::span<const FsrsItem> items,
                                            const OptimizerOptions& options,
                                            const ProgressFn& progress = {});

}  // namespace genai_quiz::optimizer
