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
#include "genai_quiz/core/scheduler.hpp"

namespace genai_quiz {

/// One answer as it travels between machines.
struct ExchangeReview {
  std::string deck;              ///< deck id
  std::string card;              ///< card id
  TimePoint time{};              ///< when it was answered
  Rating rating = Rating::kGood;
  std::int64_t duration_ms = 0;  ///< time from the question appearing to the rating
  bool cram = false;             ///< a cram answer is logged but does not move the schedule
  std::string fingerprint;       ///< of the card's text when answered; empty when unknown
  int repeat = 0;                ///< earlier answers to this card at this same millisecond
  /// The share (0 to 1) of the card's key points a typed answer covered; none when the answer
  /// was not typed or the card has no key points.
  std::optional<double> coverage = std::nullopt;

  bool operator==(const ExchangeReview&) const = default;
};

/// True when `a` and `b` are the same answer: the same card of the same deck answered at the
/// same millisecond, with the same `repeat`. This identity is what makes importing a file twice
/// change nothing. (Two answers to one card in one millisecond only happen with a pinned clock,
/// `--now`; `repeat` tells them apart.)
bool same_review(const ExchangeReview& a, const ExchangeReview& b);

/// Sets each answer's `repeat` to the number of answers before it in `log` (in the order they
/// were given) to the same card at the same millisecond.
void number_repeats(std::vector<ExchangeReview>& log);

/// An error for every answer that appears twice in `reviews` (an entry of a file is named
/// `reviews[i]`, counting from 0); empty when there is none.
std::vector<Diagnostic> find_duplicate_reviews(std::span<const ExchangeReview> reviews, const std::string& file);

/// What merging an incoming log into the local one would do.
struct MergePlan {
  std::vector<ExchangeReview> added;  ///< incoming answers not in the local log, in their order
  int already_present = 0;            ///< incoming answers the local log already holds
  int different_rating = 0;           ///< of those, how many the local log holds with another rating
  std::vector<std::pair<std::string, std::string>> affected;  ///< (deck, card) gaining answers, sorted
};

/// Compares the incoming answers with the local log. An answer already present (same_review)
/// is skipped and the local one is kept, even when its rating differs.
MergePlan plan_merge(std::span<const ExchangeReview> local, std::span<const ExchangeReview> incoming);

/// One answer of a card's history, with the state it found and the state it left.
struct ReplayedReview {
  ExchangeReview review;
  int elapsed_days = 0;  ///< whole calendar days since the card's previous review
  CardState before;
  CardState after;       ///< equals `before` for a cram answer

  bool operator==(const ReplayedReview&) const = default;
};

/// Replays one card's answers, oldest first (by time, then repeat), from a new card with `scheduler`: the same states
/// a study session would have saved with these settings. Cram answers leave the state as it was.
/// The last entry's `after` is the card's current state.
std::vector<ReplayedReview> replay_card(std::vector<ExchangeReview> history, const Scheduler& scheduler);

}  // namespace genai_quiz
