#pragma once
// Training items for the FSRS optimizer: one per review that can be predicted, each carrying the
// card's reviews up to and including that one, with elapsed time in whole days (fsrs-rs
// `FSRSItem`). Built from a review log by the fsrs-rs converter rules.

#include <cstdint>
#include <span>
#include <vector>

#include "genai_quiz/core/calendar.hpp"
#include "genai_quiz/core/card_state.hpp"
#include "genai_quiz/core/review_record.hpp"

namespace genai_quiz::optimizer {

/// One review inside an item: the rating (1-4) and whole days since the card's previous review
/// (0 for the first review and for same-day reviews).
struct ItemReview {
  int rating = 3;
  int delta_t = 0;

  bool operator==(const ItemReview&) const = default;
};

/// A card's reviews up to and including the one to predict (the last). `card` groups the items
/// of one card so training can replay a card's history once; -1 means "not known".
struct FsrsItem {
  std::vector<ItemReview> reviews;
  std::int64_t card = -1;

  /// The review to predict.
  const ItemReview& current() const { return reviews.back(); }
  /// True when the predicted review was a recall (rating above Again).
  bool recalled() const { return current().rating > 1; }
  /// Number of reviews on a later day than the review before them (delta_t > 0).
  int long_term_review_count() const;
  /// The first review with delta_t > 0; REQUIRES: long_term_review_count() > 0.
  const ItemReview& first_long_term_review() const;

  bool operator==(const FsrsItem&) const = default;
};

/// Builds the training items of a review log (oldest first or not): the reviews of each card
/// (deck_id and card_id) are ordered by time, delta_t is the difference of their days on
/// `calendar`, and every review with delta_t > 0 yields one item (same-day reviews stay in
/// histories but are never predicted). Items are returned in the order of the reviews they
/// predict; FsrsItem::card numbers the cards in the order they first appear in `log`. Cram
/// answers are left out, as they do not move the schedule, and so are ratings outside 1-4. A
/// review that found the card new although the card's previous review had left it studied (the
/// card was reset) starts the card's history over; of a log that records no states (a CSV
/// file), no review does.
std::vector<FsrsItem> build_items(std::span<const ReviewRecord> log, const Calendar& calendar);

}  // namespace genai_quiz::optimizer
