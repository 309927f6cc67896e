#include "support/memory_store.hpp"

#include <algorithm>
#include <set>

namespace genai_quiz::testing {

std::unordered_map<std::string, CardProgress> MemoryStore::load_deck(const std::string& deck_id) {
  std::unordered_map<std::string, CardProgress> out;
  for (const auto& [key, progress] : cards_) {
    if (key.first == deck_id) out.emplace(key.second, progress);
  }
  return out;
}

std::optional<CardProgress> MemoryStore::load_card(const std::string& deck_id,
                                                   const std::string& card_id) {
  auto it = cards_.find({deck_id, card_id});
  if (it == cards_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::int64_t> MemoryStore::record(const ReviewRecord& review,
                                                std::int64_t expected_last_review_id) {
  auto key = std::make_pair(review.deck_id, review.card_id);
  auto it = cards_.find(key);
  std::int64_t current = it == cards_.end() ? 0 : it->second.last_review_id;
  if (!review.cram && current != expected_last_review_id) return std::nullopt;
  ReviewRecord r = review;
  r.id = next_id_++;
  reviews_.push_back(r);
  if (!review.cram) {
    CardProgress& p = cards_[key];
    p.state = review.after;
    p.fingerprint = review.fingerprint;
    p.last_review_id = r.id;
  }
  ++commits_;
  return r.id;
}

bool MemoryStore::undo(std::int64_t review_id) {
  auto it = std::find_if(reviews_.begin(), reviews_.end(),
                         [&](const ReviewRecord& r) { return r.id == review_id; });
  if (it == reviews_.end()) return false;
  ReviewRecord r = *it;
  auto key = std::make_pair(r.deck_id, r.card_id);
  if (!r.cram && (cards_.count(key) == 0 || cards_[key].last_review_id != review_id)) return false;
  reviews_.erase(it);
  if (!r.cram) {
    CardProgress& p = cards_[key];
    p.state = r.before;
    p.fingerprint.clear();
    p.last_review_id = 0;
    for (const ReviewRecord& earlier : reviews_) {
      if (earlier.deck_id == r.deck_id && earlier.card_id == r.card_id && !earlier.cram) {
        p.fingerprint = earlier.fingerprint;
        p.last_review_id = earlier.id;
      }
    }
  }
  ++commits_;
  return true;
}

void MemoryStore::set_skipped_until(const std::string& deck_id, const std::string& card_id,
                                    std::optional<TimePoint> until) {
  cards_[{deck_id, card_id}].skipped_until = until;
  ++commits_;
}

int MemoryStore::count_introduced(const std::string& deck_id, TimePoint from, TimePoint to) {
  std::set<std::string> ids;
  for (const ReviewRecord& r : reviews_) {
    if (r.deck_id == deck_id && !r.cram && r.before.phase == Phase::kNew && r.time >= from &&
        r.time < to) {
      ids.insert(r.card_id);
    }
  }
  return static_cast<int>(ids.size());
}

std::vector<ReviewRecord> MemoryStore::review_log(const std::string& deck_id) {
  std::vector<ReviewRecord> out;
  for (const ReviewRecord& r : reviews_) {
    if (deck_id.empty() || r.deck_id == deck_id) out.push_back(r);
  }
  return out;
}

void MemoryStore::replace_histories(const std::vector<CardHistory>& histories) {
  for (const CardHistory& h : histories) {
    std::erase_if(reviews_, [&](const ReviewRecord& r) { return r.deck_id == h.deck_id && r.card_id == h.card_id; });
    CardProgress& p = cards_[{h.deck_id, h.card_id}];
    p.state = CardState{};
    p.fingerprint.clear();
    p.last_review_id = 0;
    for (ReviewRecord r : h.reviews) {
      r.id = next_id_++;
      reviews_.push_back(r);
      if (r.cram) continue;
      p.state = r.after;
      p.fingerprint = r.fingerprint;
      p.last_review_id = r.id;
    }
  }
  ++commits_;
}

}  // namespace genai_quiz::testing
