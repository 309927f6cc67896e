#pragma once
// Syncing the progress database with a shared folder (docs/sync.md): every other device's
// answers and card events merged in, this device's new ones appended to its own log.

#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "genai_quiz/core/progress_import.hpp"
#include "genai_quiz/exchange/shared_folder.hpp"

namespace genai_quiz {

/// What one sync with a shared folder did.
struct FolderSyncSummary {
  int received = 0;         ///< answers from the folder that the database did not hold
  int cards = 0;            ///< cards gaining answers, their history rebuilt by replay
  int sent = 0;             ///< answers appended to this device's log
  int partial_lines = 0;    ///< logs ending in a line still arriving, left for a later sync
  int copies = 0;           ///< conflict copies read
  int events_received = 0;  ///< card events from the folder that the database did not hold
  int events_sent = 0;      ///< card events appended to this device's log

  bool operator==(const FolderSyncSummary&) const = default;
};

/// The answers of `local` (numbered with number_repeats) that no device log of `folder` holds
/// (conflict copies do not count): the answers waiting to go out.
std::vector<ReviewRecord> answers_to_send(std::span<const ReviewRecord> local, const SharedFolder& folder);

/// Every answer of the folder's logs and conflict copies once (same_review), in file order.
std::vector<ReviewRecord> answers_in(const SharedFolder& folder);

/// The card events of `local` that no device log of `folder` holds (same_event; conflict copies
/// do not count), each once: the events waiting to go out.
std::vector<CardEvent> events_to_send(std::span<const CardEvent> local, const SharedFolder& folder);

/// Every card event of the folder's logs and conflict copies once (same_event), in file order.
std::vector<CardEvent> events_in(const SharedFolder& folder);

/// Syncs `store` with the shared folder `folder` (open_shared_folder first) as device
/// `device`: reads every log, checking every line before anything is written; merges their
/// answers and card events into the store with import_reviews (those already present skipped,
/// every card that gains answers or events rebuilt by replay, resets honoured, one transaction);
/// then appends to the device's own log every answer and event of the store that no log holds
/// yet. Throws genai_quiz::Error with the database unchanged when a log cannot be read or holds
/// a line that is neither an answer nor a card event.
FolderSyncSummary sync_with_folder(ProgressStore& store, const std::filesystem::path& folder, const std::string& device,
                                   const Scheduler& scheduler, const FingerprintLookup& fingerprint_of,
                                   const TimeParser& parse_time, const TimeFormatter& format_time);

}  // namespace genai_quiz
