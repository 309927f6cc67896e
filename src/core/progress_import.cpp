#include "genai_quiz/core/progress_import.hpp"

#include <chrono>
#include <map>
#include <set>
#include <tuple>
#include <optional>

#include "genai_quiz/core/error.hpp"

namespace genai_quiz {

std::vector<ReviewRecord> rebuild_history(std::vector<ReviewRecord> answers, const Scheduler& scheduler,
                                          std::span<const TimePoint> resets) {
  std::vector<ReviewRecord> log = replay_card(std::move(answers), scheduler, resets);
  for (ReviewRecord& r : log) {
    r.id = 0;
    r.repeat = 0;
  }
  return log;
}

namespace {

// One attempt: reads the log, merges, and writes the rebuilt histories unless another session
// changed an affected card meanwhile (then returns nothing and changes nothing).
std::optional<ImportSummary> try_import(ProgressStore& store, std::span<const ReviewRecord> incoming,
                                        std::span<const CardEvent> incoming_events, const Scheduler& scheduler,
                                        const FingerprintLookup& fingerprint_of, bool dry_run) {
  const std::vector<ReviewRecord> log = store.review_log("");
  std::vector<ReviewRecord> local = log;
  number_repeats(local);
  MergePlan plan = plan_merge(local, incoming);

  ImportSummary summary;
  summary.in_file = static_cast<int>(incoming.size());
  summary.added = static_cast<int>(plan.added.size());
  summary.already_present = plan.already_present;
  summary.different_rating = plan.different_rating;
  const std::vector<CardEvent> local_events = store.card_events("");
  std::vector<CardEvent> added_events = new_card_events(local_events, incoming_events);
  summary.events_added = static_cast<int>(added_events.size());
  std::set<std::pair<std::string, std::string>> affected(plan.affected.begin(), plan.affected.end());
  for (const CardEvent& e : added_events) affected.emplace(e.deck_id, e.card_id);
  summary.cards = static_cast<int>(plan.affected.size());
  if (dry_run || affected.empty()) return summary;

  // Each affected card's answers: the local ones, then the added ones (replay sorts by time).
  struct Card {
    std::vector<ReviewRecord> answers;
    std::vector<std::int64_t> replaces;
    std::vector<TimePoint> resets;
    std::vector<CardEvent> events;  // to add
  };
  std::map<std::pair<std::string, std::string>, Card> cards;
  for (const auto& key : affected) cards[key];
  // A reset makes the answers before it no longer count for the card's schedule (replay_card).
  for (const CardEvent& e : local_events) {
    auto it = cards.find({e.deck_id, e.card_id});
    if (it != cards.end() && e.kind == CardEventKind::kReset) it->second.resets.push_back(e.time);
  }
  for (CardEvent& e : added_events) {
    Card& card = cards[{e.deck_id, e.card_id}];
    if (e.kind == CardEventKind::kReset) card.resets.push_back(e.time);
    e.id = 0;
    card.events.push_back(std::move(e));
  }
  for (std::size_t i = 0; i < local.size(); ++i) {
    auto it = cards.find({local[i].deck_id, local[i].card_id});
    if (it == cards.end()) continue;
    it->second.answers.push_back(std::move(local[i]));
    it->second.replaces.push_back(log[i].id);
  }
  for (ReviewRecord& r : plan.added) {
    if (r.fingerprint.empty()) r.fingerprint = fingerprint_of(r.deck_id, r.card_id).value_or("");
    cards[{r.deck_id, r.card_id}].answers.push_back(std::move(r));
  }
  std::vector<CardHistory> histories;
  histories.reserve(cards.size());
  for (auto& [key, card] : cards) {
    histories.push_back({key.first, key.second, rebuild_history(std::move(card.answers), scheduler, card.resets),
                         std::move(card.replaces), std::move(card.events)});
  }
  if (!store.replace_histories(histories)) return std::nullopt;
  return summary;
}

}  // namespace

std::vector<CardEvent> new_card_events(std::span<const CardEvent> local, std::span<const CardEvent> incoming) {
  // same_event: the same kind on the same card at the same millisecond.
  using Key = std::tuple<std::string, std::string, int, std::int64_t>;
  auto key = [](const CardEvent& e) {
    return Key{e.deck_id, e.card_id, static_cast<int>(e.kind),
               std::chrono::duration_cast<std::chrono::milliseconds>(e.time.time_since_epoch()).count()};
  };
  std::set<Key> seen;
  for (const CardEvent& e : local) seen.insert(key(e));
  std::vector<CardEvent> out;
  for (const CardEvent& e : incoming) {
    if (seen.insert(key(e)).second) out.push_back(e);
  }
  return out;
}

ImportSummary import_reviews(ProgressStore& store, std::span<const ReviewRecord> incoming,
                             const Scheduler& scheduler, const FingerprintLookup& fingerprint_of, bool dry_run,
                             std::span<const CardEvent> incoming_events) {
  for (int attempt = 0; attempt < kImportAttempts; ++attempt) {
    if (std::optional<ImportSummary> done =
            try_import(store, incoming, incoming_events, scheduler, fingerprint_of, dry_run)) {
      return *done;
    }
  }
  throw Error("cannot import: other sessions keep answering the cards being imported; try again");
}

}  // namespace genai_quiz
