#pragma once
// Synthetic review logs for optimizer tests: cards reviewed at growing intervals, each review
// recalled with the probability the FSRS-6 model with the given parameters predicts.

#include <cstdint>
#include <vector>

#include "genai_quiz/core/optimizer/fsrs_item.hpp"
#include "genai_quiz/core/review_record.hpp"
#include "genai_quiz/core/optimizer/training_model.hpp"

namespace genai_quiz::testing {

/// A review log of `cards` cards with up to `reviews_per_card` reviews each, over consecutive
/// days from 2024-01-01, drawn with `seed`. Recall follows `truth`. Cards are "card-0",
/// "card-1", ... of deck "simulated", each answer found the card new (its first) or in review.
std::vector<ReviewRecord> simulate_reviews(const optimizer::Parameters& truth, int cards,
                                                     int reviews_per_card, std::uint64_t seed);

}  // namespace genai_quiz::testing
