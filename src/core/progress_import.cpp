#include "genai_quiz/core/progress_import.hpp"

#include <map>
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
                                        const Scheduler& scheduler, const FingerprintLookup& fingerprint_of,
                                        bool dry_run) {
  const std::vector<ReviewRecord> log = store.review_log("");
  std::vector<ReviewRecord> local = log;
  number_repeats(local);
  MergePlan plan = plan_merge(local, incoming);

  ImportSummary summary;
  summary.in_file = static_cast<int>(incoming.size());
  summary.added = static_cast<int>(plan.added.size());
  summary.already_present = plan.already_present;
  summary.different_rating = plan.different_rating;
  summary.cards = static_cast<int>(plan.affected.size());
  if (dry_run || plan.added.empty()) return summary;

  // Each affected card's answers: the local ones, then the added ones (replay sorts by time).
  struct Card {
    std::vector<ReviewRecord> answers;
    std::vector<std::int64_t> replaces;
    std::vector<TimePoint> resets;
  };
  std::map<std::pair<std::string, std::string>, Card> cards;
  for (const auto& key : plan.affected) cards[key];
  // A reset makes the answers before it no longer count for the card's schedule (replay_card).
  for (const CardEvent& e : store.card_events("")) {
    auto it = cards.find({e.deck_id, e.card_id});
    if (it != cards.end() && e.kind == CardEventKind::kReset) it->second.resets.push_back(e.time);
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
                         std::move(card.replaces), {}});
  }
  if (!store.replace_histories(histories)) return std::nullopt;
  return summary;
}

}  // namespace

ImportSummary import_reviews(ProgressStore& store, std::span<const ReviewRecord> incoming,
                             const Scheduler& scheduler, const FingerprintLookup& fingerprint_of, bool dry_run) {
  for (int attempt = 0; attempt < kImportAttempts; ++attempt) {
    if (std::optional<ImportSummary> done = try_import(store, incoming, scheduler, fingerprint_of, dry_run)) {
      return *done;
    }
  }
  throw Error("cannot import: other sessions keep answering the cards being imported; try again");
}

}  // namespace genai_quiz
