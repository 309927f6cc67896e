#include "genai_quiz/core/optimizer/training_data.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <utility>

namespace genai_quiz::optimizer {

TrainingData prepare_training_data(std::span<const FsrsItem> items, bool filter_outliers) {
  TrainingData data;
  if (!filter_outliers) {
    for (const FsrsItem& item : items) {
      if (item.long_term_review_count() == 1) data.initialization.push_back(item);
    }
    data.train.assign(items.begin(), items.end());
    return data;
  }
  // first rating -> first long-term delta_t -> items with exactly one long-term review
  std::map<int, std::map<int, std::vector<std::size_t>>> groups;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].long_term_review_count() != 1) continue;
    groups[items[i].reviews.front().rating][items[i].first_long_term_review().delta_t].push_back(i);
  }
  std::set<std::pair<int, int>> removed;  // (first rating, delta_t)
  std::vector<bool> kept(items.size(), false);
  for (auto& [rating, by_delta] : groups) {
    std::vector<std::pair<int, const std::vector<std::size_t>*>> sub;
    std::size_t total = 0;
    for (auto& [delta_t, members] : by_delta) {
      sub.emplace_back(delta_t, &members);
      total += members.size();
    }
    // Smallest groups first; among equal sizes, shorter intervals first.
    std::sort(sub.begin(), sub.end(), [](const auto& a, const auto& b) {
      if (a.second->size() != b.second->size()) return a.second->size() < b.second->size();
      return a.first < b.first;
    });
    std::size_t dropped = 0;
    const std::size_t budget = std::max<std::size_t>(20, total / 20);
    const int max_delta = rating != 4 ? 100 : 365;
    for (auto& [delta_t, members] : sub) {
      if (dropped + members->size() >= budget) {
        if (members->size() >= 6 && delta_t <= max_delta) {
          for (std::size_t i : *members) kept[i] = true;
        } else {
          removed.insert({rating, delta_t});
        }
      } else {
        dropped += members->size();
        removed.insert({rating, delta_t});
      }
    }
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    const FsrsItem& item = items[i];
    if (kept[i]) data.initialization.push_back(item);
    if (item.long_term_review_count() == 0 ||
        !removed.contains({item.reviews.front().rating, item.first_long_term_review().delta_t})) {
      data.train.push_back(item);
    }
  }
  return data;
}

std::vector<double> recency_weights(std::size_t n) {
  std::vector<double> weights(n);
  double last = std::max(1.0, double(n) - 1.0);
  for (std::size_t i = 0; i < n; ++i) weights[i] = 0.25 + 0.75 * std::pow(double(i) / last, 3);
  return weights;
}

namespace {

void add_single(SequenceSet& set, const FsrsItem& item, double weight, int index) {
  TrainingSequence seq;
  seq.steps.reserve(item.reviews.size());
  for (const ItemReview& r : item.reviews) seq.steps.push_back({double(r.delta_t), 0.0, r.rating, false});
  seq.steps.back().weight = weight;
  seq.steps.back().recalled = item.recalled();
  seq.scored = 1;
  set.sequences.push_back(std::move(seq));
  set.item_of_score.push_back({index});
}

}  // namespace

SequenceSet build_sequences(std::span<const FsrsItem> items, std::span<const double> weights,
                            bool group_by_card) {
  SequenceSet set;
  std::map<std::int64_t, std::vector<int>> by_card;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!group_by_card || items[i].card < 0 || items[i].reviews.size() < 2) {
      add_single(set, items[i], weights[i], int(i));
    } else {
      by_card[items[i].card].push_back(int(i));
    }
  }
  for (auto& [card, members] : by_card) {
    std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
      return items[a].reviews.size() < items[b].reviews.size();
    });
    const std::vector<ItemReview>& full = items[members.back()].reviews;
    TrainingSequence seq;
    seq.steps.reserve(full.size());
    for (const ItemReview& r : full) seq.steps.push_back({double(r.delta_t), 0.0, r.rating, false});
    std::vector<std::pair<std::size_t, int>> scored;  // (step, item)
    for (int i : members) {
      const std::vector<ItemReview>& reviews = items[i].reviews;
      std::size_t at = reviews.size() - 1;
      bool prefix = std::equal(reviews.begin(), reviews.end(), full.begin());
      if (!prefix || seq.steps[at].weight > 0 || weights[i] <= 0) {
        add_single(set, items[i], weights[i], i);
        continue;
      }
      seq.steps[at].weight = weights[i];
      seq.steps[at].recalled = items[i].recalled();
      scored.emplace_back(at, i);
    }
    if (scored.empty()) continue;
    std::sort(scored.begin(), scored.end());
    seq.steps.resize(scored.back().first + 1);
    seq.scored = int(scored.size());
    std::vector<int> order;
    for (auto& [step, item] : scored) order.push_back(item);
    set.sequences.push_back(std::move(seq));
    set.item_of_score.push_back(std::move(order));
  }
  return set;
}

std::vector<int> sort_by_length(std::span<const TrainingSequence> sequences) {
  std::vector<int> order(sequences.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return sequences[a].steps.size() < sequences[b].steps.size();
  });
  return order;
}

std::vector<std::vector<int>> make_batches(std::span<const TrainingSequence> sequences,
                                           std::span<const int> order, int batch_size) {
  std::vector<std::vector<int>> batches;
  std::vector<int> current;
  int scored = 0;
  for (int s : order) {
    if (!current.empty() && scored + sequences[s].scored > batch_size) {
      batches.push_back(std::move(current));
      current.clear();
      scored = 0;
    }
    current.push_back(s);
    scored += sequences[s].scored;
  }
  if (!current.empty()) batches.push_back(std::move(current));
  return batches;
}

}  // namespace genai_quiz::optimizer
