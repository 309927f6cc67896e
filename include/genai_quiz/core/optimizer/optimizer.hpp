#pragma once
// Fitting the 21 FSRS-6 parameters to a person's reviews: the fsrs-rs training pipeline
// (`compute_parameters`), deterministic for a given seed. See docs/optimize.md.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>

#include "genai_quiz/core/optimizer/fsrs_item.hpp"
#include "genai_quiz/core/optimizer/training_model.hpp"

namespace genai_quiz::optimizer {

/// How to train. Defaults are fsrs-rs's.
struct OptimizerOptions {
  bool enable_short_term = true;  ///< false freezes w0..w3 and w17..w19
  int relearning_steps = 1;       ///< tightens the w17/w18 ceiling when above 1
  int epochs = 5;
  int batch_size = 512;           ///< scored reviews per step
  double learning_rate = 0.04;
  double gamma = 1.0;             ///< strength of the pull towards the initial parameters
  int max_sequence_length = 256;  ///< longer items are left out of training
  bool shuffle = true;  ///< pack batches in random order and reshuffle them every epoch
  std::uint64_t seed = 2023;
  bool filter_outliers = true;
  bool keep_best_epoch = true;  ///< return the epoch with the lowest training loss, not the last
  bool group_by_card = true;    ///< replay each card once per step instead of once per item
};

/// How far fitting got: too little data falls back to defaults or to pre-trained S0 only.
enum class FitOutcome {
  kTrained,               ///< all 21 parameters trained
  kInitialStabilityOnly,  ///< fewer than 64 items (or only first intervals): w0..w3 fitted
  kTooFewItems,           ///< fewer than 8 items: the defaults
  kNoFirstIntervals,      ///< no card with exactly one long-term review: the defaults
};

/// The fitted parameters and what they rest on.
struct FitResult {
  Parameters parameters{};
  FitOutcome outcome = FitOutcome::kTooFewItems;
  std::size_t items = 0;        ///< items given
  std::size_t train_items = 0;  ///< items left after the outlier filter
  int best_epoch = 0;           ///< the epoch returned (0 when not trained)
};

/// Called with the work done so far and the total, both in scored reviews.
using ProgressFn = std::function<void(std::size_t done, std::size_t total)>;

/// Fits parameters to `items`, which must be in the time order of the reviews they predict.
FitResult fit_parameters(std::span<const FsrsItem> items, const OptimizerOptions& options,
                         const ProgressFn& progress = {});

/// The per-parameter spread that scales the pull towards the initial parameters.
extern const Parameters kParameterStddev;

/// The L2 pull gamma * batch/total * sum((w - init)^2 / stddev^2); adds its gradient to `grad`
/// when given.
double l2_penalty(const Parameters& w, const Parameters& init, double gamma, std::size_t batch,
                  std::size_t total, Gradient* grad = nullptr);

}  // namespace genai_quiz::optimizer
