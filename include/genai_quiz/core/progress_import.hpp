#pragma once
// Importing a review log into the progress store: the merge rule of core/review_merge.hpp
// applied to a ProgressStore, with every affected card's history replayed and written back in
// one transaction. Format and rules: docs/export-format.md.

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "genai_quiz/core/progress_store.hpp"
#include "genai_quiz/core/review_merge.hpp"
#include "genai_quiz/core/scheduler.hpp"

namespace genai_quiz {

/// The fingerprint of a card's current text, or nothing when no current deck has the card.
using FingerprintLookup =
    std::function<std::optional<std::string>(const std::string& deck_id, const std::string& card_id)>;

/// What an import did, or would do.
struct ImportSummary {
  int in_file = 0;           ///< answers in the imported log
  int added = 0;             ///< answers that were not in the local log
  int already_present = 0;   ///< answers the local log already held (skipped)
  int different_rating = 0;  ///< of those, how many the local log holds with another rating
  int cards = 0;             ///< cards gaining answers
  int events_added = 0;      ///< card events (suspend, flag, reset, ...) that were not in the local log

  bool operator==(const ImportSummary&) const = default;
};

/// A card's log rebuilt from its answers (any order) by replaying them with `scheduler`: oldest
/// first, each with its elapsed days and its states before and after, ready for the store (ids
/// and repeats 0). The times of `resets` start the card afresh, as in replay_card.
std::vector<ReviewRecord> rebuild_history(std::vector<ReviewRecord> answers, const Scheduler& scheduler,
                                          std::span<const TimePoint> resets = {});

/// How many times import_reviews reads, merges and writes when other sessions keep changing the
/// cards it imports.
inline constexpr int kImportAttempts = 5;

/// Merges `incoming` (checked: no duplicates) into the review log of `store`. Answers already in
/// the log are skipped; every card that gains answers gets its whole history rebuilt and
/// replaced, all cards in one transaction. If another session answers one of those cards
/// meanwhile, the import starts again from the new log, so no answer is lost. With `dry_run`
/// nothing is written. An answer without a fingerprint gets the card's current one from
/// `fingerprint_of`. The card events of `incoming_events` the store does not hold yet (same_event)
/// are added in the same transaction, their cards' histories rebuilt too (a reset changes which
/// answers count). Throws genai_quiz::Error (having changed nothing) when the store does, or
/// after kImportAttempts attempts that all met another session's answers.
ImportSummary import_reviews(ProgressStore& store, std::span<const ReviewRecord> incoming,
                             const Scheduler& scheduler, const FingerprintLookup& fingerprint_of, bool dry_run,
                             std::span<const CardEvent> incoming_events = {});

/// The events of `incoming` that are not in `local` (same_event), each once, in their order.
std::vector<CardEvent> new_card_events(std::span<const CardEvent> local, std::span<const CardEvent> incoming);

}  // namespace genai_quiz
