#pragma once
// One answer to one card: the record that the session writes, the store keeps, the export and
// import carry, the merge compares, the statistics count and the optimizer fits on. Each edge
// converts it to and from its own format (SQLite rows, JSON, YAML, CSV) and fills only what
// that format knows; docs/export-format.md lists which fields travel between machines.

#include <cstdint>
#include <optional>
#include <string>

#include "genai_quiz/core/card_state.hpp"

namespace genai_quiz {

/// One answer in the review log.
struct ReviewRecord {
  std::int64_t id = 0;  ///< assigned by the store when the review is recorded; 0 elsewhere
  std::string deck_id;
  std::string card_id;
  TimePoint time{};              ///< when it was answered
  Rating rating = Rating::kGood;
  int elapsed_days = 0;          ///< whole days since the card's previous review (0 when new)
  std::int64_t duration_ms = 0;  ///< time from the question appearing to the rating
  CardState before;              ///< the card's state when it was answered
  CardState after;               ///< equals `before` for a cram review
  std::string fingerprint;       ///< of the card's text when it was answered; empty when unknown
  bool cram = false;             ///< a cram answer is logged but does not move the schedule
  /// The share (0 to 1) of the card's key points a typed answer covered; none when the answer
  /// was not typed or the card has no key points (docs/interview.md).
  std::optional<double> coverage;
  /// The option picked on a multiple-choice card (0 for "a"); none when the card has no choices
  /// or the answer was shown without a pick.
  std::optional<int> choice;
  /// True when `choice` was one of the card's right options when it was answered.
  bool choice_correct = false;
  /// Earlier answers to this card at this same millisecond (see number_repeats); not stored.
  int repeat = 0;

  bool operator==(const ReviewRecord&) const = default;
};

}  // namespace genai_quiz
