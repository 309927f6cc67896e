#pragma once
// Merging a review log that came from elsewhere (an export file) into the local one, and
// rebuilding a card's state from its merged history. Format: docs/export-format.md.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "genai_quiz/core/card_state.hpp"
#include "genai_quiz/core/diagnostic.hpp"
#include "genai_quiz/core/review_record.hpp"
#include "genai_quiz/core/scheduler.hpp"

namespace genai_quiz {

/// True when `a` and `b` are the same answer: the same card of the same deck answered at the
/// same millisecond, with the same `repeat`. This identity is what makes importing a file twice
/// change nothing. (Two answers to one card in one millisecond only happen with a pinned clock,
/// `--now`; `repeat` tells them apart.)
bool same_review(const ReviewRecord& a, const ReviewRecord& b);

/// Sets each answer's `repeat` to the number of answers before it in `log` (in the order they
/// were given) to the same card at the same millisecond.
void number_repeats(std::vector<ReviewRecord>& log);

/// An error for every answer that appears twice in `reviews` (an entry of a file is named
/// `reviews[i]`, counting from 0); empty when there is none.
std::vector<Diagnostic> find_duplicate_reviews(std::span<const ReviewRecord> reviews, const std::string& file);

/// What merging an incoming log into the local one would do.
struct MergePlan {
  std::vector<ReviewRecord> added;  ///< incoming answers not in the local log, in their order
  int already_present = 0;          ///< incoming answers the local log already holds
  int different_rating = 0;         ///< of those, how many the local log holds with another rating
  std::vector<std::pair<std::string, std::string>> affected;  ///< (deck, card) gaining answers, sorted
};

/// Compares the incoming answers with the local log. An answer already present (same_review)
/// is skipped and the local one is kept, even when its rating differs.
MergePlan plan_merge(std::span<const ReviewRecord> local, std::span<const ReviewRecord> incoming);

/// Replays one card's answers (any order) from a new card with `scheduler` and returns them
/// oldest first (by time, then repeat), each with its elapsed days and its states before and
/// after: the same log a study session would have saved with these settings. Cram answers leave
/// the state as it was. A time of `resets` (the card's reset events) gives it a new card's state
/// again before the answers given after it (an answer at the very millisecond of a reset comes
/// before it). The last entry's `after` is the card's current state.
std::vector<ReviewRecord> replay_card(std::vector<ReviewRecord> history, const Scheduler& scheduler,
                                      std::span<const TimePoint> resets = {});

}  // namespace genai_quiz
