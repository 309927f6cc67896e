#pragma once
// Reading an Anki-style review log exported as CSV (the format of py-fsrs's sample logs and of
// Anki revlog exports): a header row naming at least `card_id`, `review_rating` and
// `review_time`, then one review per row. See docs/optimize.md.

#include <istream>
#include <string>
#include <vector>

#include "genai_quiz/core/review_record.hpp"

namespace genai_quiz {

/// The reviews of a CSV review log, and how many rows were skipped (rating outside 1-4, such
/// as Anki's 0 for manual rescheduling).
struct CsvReviewLog {
  std::vector<ReviewRecord> reviews;  ///< card_id, time and rating only (deck_id is empty)
  int skipped = 0;
};

/// Parses a CSV review log read from `in`; `name` is used in messages. `review_time` is ISO 8601
/// (UTC when no offset is given) or milliseconds since the epoch; card ids may be any text.
/// Throws genai_quiz::Error naming the line on a missing column or a malformed value.
CsvReviewLog read_review_log_csv(std::istream& in, const std::string& name);

}  // namespace genai_quiz
