#include "genai_quiz/core/progress_import.hpp"

#include <map>

namespace genai_quiz {

ExchangeReview to_exchange(const ReviewRecord& r) {
  return {r.deck_id, r.card_id, r.time, r.rating, r.duration_ms, r.cram, r.fingerprint};
}

std::vector<ReviewRecord> rebuild_history(std::vector<ExchangeReview> answers, const Scheduler& scheduler) {
  std::vector<ReviewRecord> out;
  for (ReplayedReview& step : replay_card(std::move(answers), scheduler)) {
    ReviewRecord r;
    r.deck_id = std::move(step.review.deck);
    r.card_id = std::move(step.review.card);
    r.time = step.review.time;
    r.rating = step.review.rating;
    r.elapsed_days = step.elapsed_days;
    r.duration_ms = step.review.duration_ms;
    r.before = step.before;
    r.after = step.after;
    r.fingerprint = std::move(step.review.fingerprint);
    r.cram = step.review.cram;
    out.push_back(std::move(r));
  }
  return out;
}

ImportSummary import_reviews(ProgressStore& store, std::span<const ExchangeReview> incoming,
                             const Scheduler& scheduler, const FingerprintLookup& fingerprint_of, bool dry_run) {
  std::vector<ExchangeReview> local;
  for (const ReviewRecord& r : store.review_log("")) local.push_back(to_exchange(r));
  MergePlan plan = plan_merge(local, incoming);

  ImportSummary summary;
  summary.in_file = static_cast<int>(incoming.size());
  summary.added = static_cast<int>(plan.added.size());
  summary.already_present = plan.already_present;
  summary.different_rating = plan.different_rating;
  summary.cards = static_cast<int>(plan.affected.size());
  if (dry_run || plan.added.empty()) return summary;

  // Each affected card's answers: the local ones, then the added ones (replay sorts by time).
  std::map<std::pair<std::string, std::string>, std::vector<ExchangeReview>> answers;
  for (const auto& key : plan.affected) answers[key];
  for (ExchangeReview& r : local) {
    auto it = answers.find({r.deck, r.card});
    if (it != answers.end()) it->second.push_back(std::move(r));
  }
  for (ExchangeReview& r : plan.added) {
    if (r.fingerprint.empty()) r.fingerprint = fingerprint_of(r.deck, r.card).value_or("");
    answers[{r.deck, r.card}].push_back(std::move(r));
  }
  std::vector<CardHistory> histories;
  for (auto& [key, list] : answers) {
    histories.push_back({key.first, key.second, rebuild_history(std::move(list), scheduler)});
  }
  store.replace_histories(histories);
  return summary;
}

}  // namespace genai_quiz
