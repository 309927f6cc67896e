#pragma once
// The progress store's review log as the optimizer reads it.

#include <span>
#include <vector>

#include "genai_quiz/core/optimizer/fsrs_item.hpp"
#include "genai_quiz/core/progress_store.hpp"

namespace genai_quiz::optimizer {

/// The review events of `log` (oldest first or not): cram answers are left out, as they do not
/// move the schedule; each (deck, card) gets its own number; a review of a card that was new
/// again after earlier reviews (it was reset) starts the card's history over.
std::vector<ReviewEvent> review_events(std::span<const ReviewRecord> log);

}  // namespace genai_quiz::optimizer
