#include "genai_quiz/core/optimizer/initial_stability.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "genai_quiz/core/fsrs_parameters.hpp"

namespace genai_quiz::optimizer {

double initial_stability_loss(std::span<const RecallBucket> buckets, double s0, double default_s0) {
  const double decay = -kDefaultWeights[20];
  const double factor = std::pow(0.9, 1.0 / decay) - 1.0;
  double loss = 0;
  for (const RecallBucket& b : buckets) {
    double r = std::pow(1.0 + factor * b.delta_t / s0, decay);
    loss -= (b.recall * std::log(r) + (1.0 - b.recall) * std::log(1.0 - r)) * b.count;
  }
  return loss + std::abs(s0 - default_s0) / 16.0;
}

double search_initial_stability(std::span<const RecallBucket> buckets, double average_recall,
                                double default_s0) {
  std::vector<RecallBucket> smoothed(buckets.begin(), buckets.end());
  for (RecallBucket& b : smoothed) b.recall = (b.recall * b.count + average_recall) / (b.count + 1.0);
  double low = kStabilityMin, high = kInitialStabilityMax, best = default_s0;
  for (int i = 0; i < 1000 && high - low > std::numeric_limits<double>::epsilon(); ++i) {
    double mid1 = low + (high - low) / 3.0;
    double mid2 = high - (high - low) / 3.0;
    if (initial_stability_loss(smoothed, mid1, default_s0) < initial_stability_loss(smoothed, mid2, default_s0)) {
      high = mid2;
    } else {
      low = mid1;
    }
    best = (high + low) / 2.0;
  }
  return best;
}

std::optional<std::array<double, 4>> smooth_and_fill(std::map<int, double> stability,
                                                     const std::map<int, int>& counts) {
  std::erase_if(stability, [&](const auto& kv) { return !counts.contains(kv.first); });
  if (stability.empty()) return std::nullopt;
  const std::pair<int, int> pairs[] = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
  for (auto [small, big] : pairs) {
    auto s = stability.find(small), b = stability.find(big);
    if (s == stability.end() || b == stability.end() || s->second <= b->second) continue;
    if (counts.at(small) > counts.at(big)) {
      b->second = s->second;
    } else {
      s->second = b->second;
    }
  }

  const double w1 = 0.41, w2 = 0.54;
  auto p = [](double x, double e) { return std::pow(x, e); };
  std::array<std::optional<double>, 5> r;  // r[1..4]
  for (auto [rating, value] : stability) r[rating] = value;
  std::array<double, 4> out{};
  if (stability.size() == 1) {
    auto [rating, value] = *stability.begin();
    double scale = value / kDefaultWeights[rating - 1];
    for (int i = 0; i < 4; ++i) out[i] = kDefaultWeights[i] * scale;
  } else {
    if (stability.size() == 2) {
      if (!r[1] && !r[2]) {
        r[2] = p(*r[3], 1 / (1 - w2)) * p(*r[4], 1 - 1 / (1 - w2));
        r[1] = p(*r[2], 1 / w1) * p(*r[3], 1 - 1 / w1);
      } else if (!r[1] && !r[3]) {
        r[3] = p(*r[2], 1 - w2) * p(*r[4], w2);
        r[1] = p(*r[2], 1 / w1) * p(*r[3], 1 - 1 / w1);
      } else if (!r[1] && !r[4]) {
        r[4] = p(*r[2], 1 - 1 / w2) * p(*r[3], 1 / w2);
        r[1] = p(*r[2], 1 / w1) * p(*r[3], 1 - 1 / w1);
      } else if (!r[2] && !r[3]) {
        double k = w1 / (w1 + w2 - w1 * w2);
        double m = w2 / (w1 + w2 - w1 * w2);
        r[2] = p(*r[1], k) * p(*r[4], 1 - k);
        r[3] = p(*r[1], 1 - m) * p(*r[4], m);
      } else if (!r[2] && !r[4]) {
        r[2] = p(*r[1], w1) * p(*r[3], 1 - w1);
        r[4] = p(*r[2], 1 - 1 / w2) * p(*r[3], 1 / w2);
      } else {  // ratings 1 and 2
        r[3] = p(*r[1], 1 - 1 / (1 - w1)) * p(*r[2], 1 / (1 - w1));
        r[4] = p(*r[2], 1 - 1 / w2) * p(*r[3], 1 / w2);
      }
    } else if (stability.size() == 3) {
      if (!r[1]) {
        r[1] = p(*r[2], 1 / w1) * p(*r[3], 1 - 1 / w1);
      } else if (!r[2]) {
        r[2] = p(*r[1], w1) * p(*r[3], 1 - w1);
      } else if (!r[3]) {
        r[3] = p(*r[2], 1 - w2) * p(*r[4], w2);
      } else {
        r[4] = p(*r[2], 1 - 1 / w2) * p(*r[3], 1 / w2);
      }
    }
    for (int i = 0; i < 4; ++i) out[i] = *r[i + 1];
  }
  for (double& v : out) v = std::clamp(v, kStabilityMin, kInitialStabilityMax);
  return out;
}

std::optional<InitialStability> fit_initial_stability(std::span<const FsrsItem> items,
                                                      double average_recall) {
  // first rating -> first long-term delta_t -> (recalled, total)
  std::map<int, std::map<int, std::pair<int, int>>> groups;
  for (const FsrsItem& item : items) {
    if (item.long_term_review_count() != 1) continue;
    const ItemReview& review = item.first_long_term_review();
    auto& cell = groups[item.reviews.front().rating][review.delta_t];
    cell.first += review.rating > 1 ? 1 : 0;
    cell.second += 1;
  }
  InitialStability result;
  std::map<int, double> stability;
  for (const auto& [rating, by_delta] : groups) {
    std::vector<RecallBucket> buckets;
    int total = 0;
    for (const auto& [delta_t, cell] : by_delta) {
      buckets.push_back({double(delta_t), double(cell.first) / cell.second, double(cell.second)});
      total += cell.second;
    }
    result.counts[rating] = total;
    stability[rating] = search_initial_stability(buckets, average_recall, kDefaultWeights[rating - 1]);
  }
  auto filled = smooth_and_fill(stability, result.counts);
  if (!filled) return std::nullopt;
  result.s0 = *filled;
  return result;
}

}  // namespace genai_quiz::optimizer
