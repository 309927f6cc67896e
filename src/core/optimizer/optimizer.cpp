#include "genai_quiz/core/optimizer/optimizer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

#include "genai_quiz/core/optimizer/adam.hpp"
#include "genai_quiz/core/optimizer/initial_stability.hpp"
#include "genai_quiz/core/optimizer/training_data.hpp"

namespace genai_quiz::optimizer {

const Parameters kParameterStddev = {6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6,  0.12, 0.39, 0.18, 0.33,
                                     0.3,  0.09, 0.16,  0.57,  0.25, 1.03, 0.31, 0.32, 0.14, 0.27};

double l2_penalty(const Parameters& w, const Parameters& init, double gamma, std::size_t batch,
                  std::size_t total, Gradient* grad) {
  double scale = gamma * double(batch) / double(total);
  double sum = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    double delta = w[i] - init[i];
    double var = kParameterStddev[i] * kParameterStddev[i];
    sum += delta * delta / var;
    if (grad) (*grad)[i] += 2.0 * delta / var * scale;
  }
  return sum * scale;
}

namespace {

double average_recall(std::span<const FsrsItem> items) {
  if (items.empty()) return 0;
  auto recalled = std::count_if(items.begin(), items.end(), [](const FsrsItem& i) { return i.recalled(); });
  return double(recalled) / double(items.size());
}

/// Clips `w` to the parameter ranges of the scheduler (fsrs_parameters.hpp).
void clip(Parameters& w, int relearning_steps, bool enable_short_term) {
  std::vector<double> clipped = clip_parameters(w, relearning_steps, enable_short_term);
  std::copy(clipped.begin(), clipped.end(), w.begin());
}

/// Fisher-Yates with a fully specified generator, so a seed gives the same order everywhere.
void shuffle(std::vector<int>& v, std::mt19937_64& rng) {
  for (std::size_t i = v.size(); i > 1; --i) {
    auto j = static_cast<std::size_t>(rng() % i);
    std::swap(v[i - 1], v[j]);
  }
}

}  // namespace

FitResult fit_parameters(std::span<const FsrsItem> items, const OptimizerOptions& options,
                         const ProgressFn& progress) {
  FitResult result;
  result.parameters = kDefaultWeights;
  result.items = items.size();
  TrainingData data = prepare_training_data(items, options.filter_outliers);
  result.train_items = data.train.size();
  if (data.train.size() < 8) {
    result.outcome = FitOutcome::kTooFewItems;
    return result;
  }
  auto initial = fit_initial_stability(data.initialization, average_recall(data.train));
  if (!initial) {
    result.outcome = FitOutcome::kNoFirstIntervals;
    return result;
  }
  Parameters init = kDefaultWeights;
  std::copy(initial->s0.begin(), initial->s0.end(), init.begin());
  if (!options.enable_short_term) std::fill(init.begin() + 17, init.begin() + 20, 0.0);  // frozen at 0
  result.parameters = init;
  if (data.train.size() == data.initialization.size() || data.train.size() < 64) {
    result.outcome = FitOutcome::kInitialStabilityOnly;
    return result;
  }

  std::vector<double> weights = recency_weights(data.train.size());
  std::vector<FsrsItem> kept;
  std::vector<double> kept_weights;
  for (std::size_t i = 0; i < data.train.size(); ++i) {
    if (int(data.train[i].reviews.size()) > options.max_sequence_length) continue;
    kept.push_back(std::move(data.train[i]));
    kept_weights.push_back(weights[i]);
  }
  if (kept.empty()) {  // every item longer than max_sequence_length
    result.outcome = FitOutcome::kInitialStabilityOnly;
    return result;
  }
  SequenceSet set = build_sequences(kept, kept_weights, options.group_by_card);
  std::mt19937_64 rng(options.seed);
  // Batches: sequences in random order when shuffling (cards of all lengths mix in every batch),
  // else shortest first as fsrs-rs packs them.
  std::vector<int> packing = sort_by_length(set.sequences);
  if (options.shuffle) shuffle(packing, rng);
  std::vector<std::vector<int>> batches = make_batches(set.sequences, packing, options.batch_size);
  const std::size_t total = kept.size();
  std::vector<std::size_t> batch_sizes;
  for (const auto& batch : batches) {
    std::size_t n = 0;
    for (int s : batch) n += set.sequences[s].scored;
    batch_sizes.push_back(n);
  }

  Parameters w = init;
  Parameters best = w;
  double best_loss = std::numeric_limits<double>::infinity();
  Adam adam;
  CosineAnnealing schedule(double(batches.size() * options.epochs), options.learning_rate);
  std::vector<int> order(batches.size());
  std::size_t done = 0;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::iota(order.begin(), order.end(), 0);
    if (options.shuffle) shuffle(order, rng);
    for (int b : order) {
      double lr = schedule.next();
      Gradient grad{};
      TrainingModel model(w);
      for (int s : batches[b]) model.loss_and_gradient(set.sequences[s], grad);
      l2_penalty(w, init, options.gamma, batch_sizes[b], total, &grad);
      if (!options.enable_short_term) {
        std::fill(grad.begin(), grad.begin() + 4, 0.0);
        std::fill(grad.begin() + 17, grad.begin() + 20, 0.0);
      }
      adam.step(w, grad, lr);
      clip(w, options.relearning_steps, options.enable_short_term);
      done += batch_sizes[b];
      if (progress) progress(done, total * options.epochs);
    }
    if (options.keep_best_epoch) {
      TrainingModel model(w);
      double loss = 0;
      for (const TrainingSequence& seq : set.sequences) loss += model.loss(seq);
      loss = (loss + l2_penalty(w, init, options.gamma, total, total)) / double(total);
      if (loss < best_loss) {
        best_loss = loss;
        best = w;
        result.best_epoch = epoch;
      }
    } else {
      best = w;
      result.best_epoch = epoch;
    }
  }
  if (!std::all_of(best.begin(), best.end(), [](double v) { return std::isfinite(v); })) {
    result.outcome = FitOutcome::kInitialStabilityOnly;  // keep the pre-trained parameters
    return result;
  }
  std::map<int, double> s0;
  for (int r = 1; r <= 4; ++r) s0[r] = best[r - 1];
  if (auto smoothed = smooth_and_fill(s0, initial->counts)) std::copy(smoothed->begin(), smoothed->end(), best.begin());
  result.parameters = best;
  result.outcome = FitOutcome::kTrained;
  return result;
}

}  // namespace genai_quiz::optimizer
