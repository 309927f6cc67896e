#include "genai_quiz/exchange/folder_sync.hpp"

#include <unordered_set>

namespace genai_quiz {
namespace {

// What same_review compares, as one string.
std::string identity(const ReviewRecord& r) {
  std::string key = r.deck_id;
  key += '\0';
  key += r.card_id;
  key += '\0';
  key += std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(r.time.time_since_epoch()).count());
  key += '\0';
  key += std::to_string(r.repeat);
  return key;
}

}  // namespace

std::vector<ReviewRecord> answers_in(const SharedFolder& folder) {
  std::vector<ReviewRecord> out;
  std::unordered_set<std::string> seen;
  for (const DeviceFile& file : folder.files) {
    for (const ReviewRecord& r : file.reviews) {
      if (seen.insert(identity(r)).second) out.push_back(r);
    }
  }
  return out;
}

std::vector<ReviewRecord> answers_to_send(std::span<const ReviewRecord> local, const SharedFolder& folder) {
  std::unordered_set<std::string> held;
  for (const DeviceFile& file : folder.files) {
    if (file.copy) continue;
    for (const ReviewRecord& r : file.reviews) held.insert(identity(r));
  }
  std::vector<ReviewRecord> out;
  for (const ReviewRecord& r : local) {
    if (!held.contains(identity(r))) out.push_back(r);
  }
  return out;
}

std::vector<CardEvent> events_in(const SharedFolder& folder) {
  std::vector<CardEvent> all;
  for (const DeviceFile& file : folder.files) all.insert(all.end(), file.events.begin(), file.events.end());
  return new_card_events({}, all);
}

std::vector<CardEvent> events_to_send(std::span<const CardEvent> local, const SharedFolder& folder) {
  std::vector<CardEvent> held;
  for (const DeviceFile& file : folder.files) {
    if (!file.copy) held.insert(held.end(), file.events.begin(), file.events.end());
  }
  return new_card_events(held, local);
}

FolderSyncSummary sync_with_folder(ProgressStore& store, const std::filesystem::path& folder, const std::string& device,
                                   const Scheduler& scheduler, const FingerprintLookup& fingerprint_of,
                                   const TimeParser& parse_time, const TimeFormatter& format_time) {
  const SharedFolder shared = read_shared_folder(folder, parse_time);
  FolderSyncSummary summary;
  for (const DeviceFile& file : shared.files) {
    if (file.partial_bytes > 0) summary.partial_lines += 1;
    if (file.copy) summary.copies += 1;
  }
  const std::vector<ReviewRecord> incoming = answers_in(shared);
  const std::vector<CardEvent> incoming_events = events_in(shared);
  const ImportSummary merged = import_reviews(store, incoming, scheduler, fingerprint_of, false, incoming_events);
  summary.received = merged.added;
  summary.cards = merged.cards;
  summary.events_received = merged.events_added;

  std::vector<ReviewRecord> local = store.review_log("");
  number_repeats(local);
  const std::vector<ReviewRecord> out = answers_to_send(local, shared);
  const std::vector<CardEvent> out_events = events_to_send(store.card_events(""), shared);
  append_device_log(folder, device, out, out_events, format_time);
  summary.sent = static_cast<int>(out.size());
  summary.events_sent = static_cast<int>(out_events.size());
  return summary;
}

}  // namespace genai_quiz
