#pragma once
// Turning items into what training consumes (fsrs-rs `dataset.rs`): the outlier filter, recency
// weights, and batches. Items of one card share their history, so each card is replayed once as
// a TrainingSequence that scores every one of its items.

#include <cstddef>
#include <span>
#include <vector>

#include "genai_quiz/core/optimizer/fsrs_item.hpp"
#include "genai_quiz/core/optimizer/training_model.hpp"

namespace genai_quiz::optimizer {

/// Items for pre-training S0 (exactly one long-term review) and for training (all kept items,
/// in their original order).
struct TrainingData {
  std::vector<FsrsItem> initialization;
  std::vector<FsrsItem> train;
};

/// Splits `items` as fsrs-rs `prepare_training_data` does. With `filter_outliers`, for each
/// first rating the rarest first intervals (up to 5% of the items, at least 20) are dropped, and
/// so are intervals with fewer than 6 items or longer than 100 days (365 after Easy); items
/// whose (first rating, first interval) was dropped leave the training set as well.
TrainingData prepare_training_data(std::span<const FsrsItem> items, bool filter_outliers);

/// Weight of item i of n in time order: 0.25 + 0.75 (i / (n - 1))^3.
std::vector<double> recency_weights(std::size_t n);

/// Sequences scoring `items` (item i with weight `weights[i]`). With `group_by_card`, the items
/// of a card that are prefixes of its longest item share one sequence; otherwise, and for items
/// without a card, each item is its own. `item_of_score[s]` lists, for sequence s, the index of
/// the item behind each scored step in step order.
struct SequenceSet {
  std::vector<TrainingSequence> sequences;
  std::vector<std::vector<int>> item_of_score;
};
SequenceSet build_sequences(std::span<const FsrsItem> items, std::span<const double> weights,
                            bool group_by_card);

/// Indices of `sequences`, shortest first (stable).
std::vector<int> sort_by_length(std::span<const TrainingSequence> sequences);

/// Packs the sequences listed in `order`, in that order, into batches of at most `batch_size`
/// scored steps (a sequence with more gets a batch of its own). Each batch lists sequence indices.
std::vector<std::vector<int>> make_batches(std::span<const TrainingSequence> sequences,
                                           std::span<const int> order, int batch_size);

}  // namespace genai_quiz::optimizer
