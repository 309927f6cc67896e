#pragma once
// What a study session needs from the progress database: each card's saved state and an
// append-only review log. The SQLite store implements it; tests use an in-memory fake.

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "genai_quiz/core/card_marks.hpp"
#include "genai_quiz/core/card_state.hpp"
#include "genai_quiz/core/review_record.hpp"

namespace genai_quiz {

/// The saved progress of one card of one deck.
struct CardProgress {
  CardState state;
  std::string fingerprint;                ///< fingerprint of the card's text at its last review
  std::int64_t last_review_id = 0;        ///< the log entry that produced `state`; 0 if none
  std::optional<TimePoint> skipped_until;  ///< hidden from study until this time
  CardMarks marks;                         ///< suspended, flagged, leech: its events folded

  bool operator==(const CardProgress&) const = default;
};

/// One card's whole review log, oldest first, as an import rebuilt it.
struct CardHistory {
  std::string deck_id;
  std::string card_id;
  std::vector<ReviewRecord> reviews;   ///< ids are ignored: the store assigns new ones
  std::vector<std::int64_t> replaces;  ///< the ids of the card's log entries this was built from
  std::vector<CardEvent> new_events{}; ///< events to add to the card's event log (ids ignored)

  bool operator==(const CardHistory&) const = default;
};

/// Where card progress and the review log are kept. Every method is one transaction: when it
/// returns, its change is durable; when it throws genai_quiz::Error, nothing was changed.
class ProgressStore {
 public:
  virtual ~ProgressStore() = default;

  /// Every card of `deck_id` with saved progress, keyed by card id.
  virtual std::unordered_map<std::string, CardProgress> load_deck(const std::string& deck_id) = 0;

  /// The saved progress of one card, or nothing when the card has none.
  virtual std::optional<CardProgress> load_card(const std::string& deck_id,
                                                const std::string& card_id) = 0;

  /// Appends `review` to the log and, unless it is a cram review, makes `review.after` the
  /// card's state, in one transaction. Returns the new review's id, or nothing (and changes
  /// nothing) when the card's last review is no longer `expected_last_review_id` because
  /// another session answered it meanwhile.
  virtual std::optional<std::int64_t> record(const ReviewRecord& review,
                                             std::int64_t expected_last_review_id) = 0;

  /// Removes review `review_id` from the log and gives its card back the state it had before.
  /// Returns false (and changes nothing) when the review does not exist or is no longer the
  /// card's latest.
  virtual bool undo(std::int64_t review_id) = 0;

  /// Hides a card from study until `until`, or shows it again when `until` is empty.
  virtual void set_skipped_until(const std::string& deck_id, const std::string& card_id,
                                 std::optional<TimePoint> until) = 0;

  /// How many cards of `deck_id` had their first scheduled review in [from, to).
  virtual int count_introduced(const std::string& deck_id, TimePoint from, TimePoint to) = 0;

  /// The review log of one deck, or of every deck when `deck_id` is empty, in the order the
  /// answers were recorded.
  virtual std::vector<ReviewRecord> review_log(const std::string& deck_id) = 0;

  /// Gives each card of `histories` exactly that review log, adds its `new_events`, and gives it
  /// the marks of all its events and the state, fingerprint and last review of its last answer
  /// that is not cram and comes after its latest reset (a new card's state when there is none),
  /// all in one transaction. A card's time to skip until is kept. Returns false, and changes
  /// nothing, when a card's log no longer holds exactly the entries `replaces` names (another
  /// session answered it meanwhile): read the log again and rebuild.
  virtual bool replace_histories(const std::vector<CardHistory>& histories) = 0;

  /// Appends `event` to its card's event log and gives the card the marks all its events fold
  /// to; a kReset also gives it a new card's state (its answers stay in the log). Returns the
  /// event's id.
  virtual std::int64_t add_event(const CardEvent& event) = 0;

  /// Removes event `event_id` from the log and gives its card the marks (and, for a reset, the
  /// state) the remaining events and answers leave it with. Returns false (and changes nothing)
  /// when there is no such event.
  virtual bool remove_event(std::int64_t event_id) = 0;

  /// The event log of one deck, or of every deck when `deck_id` is empty, oldest first (ties in
  /// the order recorded).
  virtual std::vector<CardEvent> card_events(const std::string& deck_id) = 0;
};

}  // namespace genai_quiz
