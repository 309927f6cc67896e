#include "genai_quiz/core/optimizer/evaluation.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "genai_quiz/core/optimizer/training_data.hpp"

namespace genai_quiz::optimizer {
namespace {

int log_bin(double x, double base, double scale) {
  return int(std::round(scale * std::pow(base, std::floor(std::log(x) / std::log(base)))));
}

/// Predicted recall probability of every item, in item order.
std::vector<double> predict_items(std::span<const FsrsItem> items, const Parameters& w) {
  std::vector<double> ones(items.size(), 1.0);
  SequenceSet set = build_sequences(items, ones, true);
  std::vector<double> predictions(items.size(), 0.0);
  std::vector<double> scratch;
  TrainingModel model(w);
  for (std::size_t s = 0; s < set.sequences.size(); ++s) {
    scratch.clear();
    model.predict(set.sequences[s], scratch);
    for (std::size_t k = 0; k < scratch.size(); ++k) predictions[set.item_of_score[s][k]] = scratch[k];
  }
  return predictions;
}

Metrics score(std::span<const FsrsItem> items, std::span<const double> predictions,
              std::span<const double> weights) {
  struct Bin {
    double predicted = 0, actual = 0, count = 0, weight = 0;
  };
  std::map<std::tuple<int, int, int>, Bin> bins;
  double loss = 0, weight_sum = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    double p = std::clamp(predictions[i], kMinProbability, 1.0 - kMinProbability);
    bool y = items[i].recalled();
    loss -= weights[i] * (y ? std::log(p) : std::log1p(-p));
    weight_sum += weights[i];
    Bin& bin = bins[rmse_bin(items[i])];
    bin.predicted += predictions[i];
    bin.actual += y ? 1.0 : 0.0;
    bin.count += 1;
    bin.weight += weights[i];
  }
  double sq = 0, total = 0;
  for (const auto& [key, bin] : bins) {
    double diff = bin.predicted / bin.count - bin.actual / bin.count;
    sq += diff * diff * bin.weight;
    total += bin.weight;
  }
  return {loss / weight_sum, std::sqrt(sq / total), items.size()};
}

}  // namespace

std::tuple<int, int, int> rmse_bin(const FsrsItem& item) {
  int delta_bin = log_bin(item.current().delta_t, 3.62, 2.48 * 100);
  int length_bin = log_bin(item.long_term_review_count() + 1.0, 1.89, 1.99);
  int lapses = 0;
  for (std::size_t i = 0; i + 1 < item.reviews.size(); ++i) {
    if (item.reviews[i].rating == 1 && item.reviews[i].delta_t > 0) ++lapses;
  }
  return {delta_bin, length_bin, lapses == 0 ? 0 : log_bin(lapses, 1.73, 1.65)};
}

std::optional<Metrics> evaluate(std::span<const FsrsItem> items, const Parameters& w,
                                bool recency_weighted) {
  if (items.empty()) return std::nullopt;
  std::vector<double> predictions = predict_items(items, w);
  std::vector<double> weights = recency_weighted ? recency_weights(items.size())
                                                 : std::vector<double>(items.size(), 1.0);
  return score(items, predictions, weights);
}

std::optional<Metrics> evaluate_time_series(std::span<const FsrsItem> items,
                                            const OptimizerOptions& options,
                                            const ProgressFn& progress) {
  constexpr std::size_t kSplits = 5;
  const std::size_t segment = items.size() / (kSplits + 1);
  if (segment == 0) return std::nullopt;
  std::vector<FsrsItem> tested;
  std::vector<double> predictions;
  std::size_t total_work = 0, done = 0;
  for (std::size_t k = 1; k <= kSplits; ++k) total_work += k * segment * options.epochs;
  for (std::size_t k = 1; k <= kSplits; ++k) {
    auto train = items.first(k * segment);
    auto test = items.subspan(k * segment, k == kSplits ? std::dynamic_extent : segment);
    std::size_t base = done;
    ProgressFn fold_progress;
    if (progress) {
      fold_progress = [&](std::size_t d, std::size_t t) {
        progress(base + d * (k * segment * options.epochs) / std::max<std::size_t>(t, 1), total_work);
      };
    }
    FitResult fit = fit_parameters(train, options, fold_progress);
    done += k * segment * options.epochs;
    if (progress) progress(done, total_work);
    std::vector<double> p = predict_items(test, fit.parameters);
    predictions.insert(predictions.end(), p.begin(), p.end());
    tested.insert(tested.end(), test.begin(), test.end());
  }
  std::vector<double> ones(tested.size(), 1.0);
  return score(tested, predictions, ones);
}

}  // namespace genai_quiz::optimizer
