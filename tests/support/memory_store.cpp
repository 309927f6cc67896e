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
    const std::optional<TimePoint> reset = last_reset(events_of(r.deck_id, r.card_id));
    for (const ReviewRecord& earlier : reviews_) {
      if (earlier.deck_id == r.deck_id && earlier.card_id == r.card_id && !earlier.cram &&
          (!reset || earlier.time > *reset)) {
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

bool MemoryStore::replace_histories(const std::vector<CardHistory>& histories) {
  for (const CardHistory& h : histories) {
    std::vector<std::int64_t> ids;
    for (const ReviewRecord& r : reviews_) {
      if (r.deck_id == h.deck_id && r.card_id == h.card_id) ids.push_back(r.id);
    }
    std::vector<std::int64_t> expected = h.replaces;
    std::sort(expected.begin(), expected.end());
    if (ids != expected) return false;
  }
  for (const CardHistory& h : histories) {
    std::erase_if(reviews_, [&](const ReviewRecord& r) { return r.deck_id == h.deck_id && r.card_id == h.card_id; });
    for (ReviewRecord r : h.reviews) {
      r.id = next_id_++;
      reviews_.push_back(r);
    }
    for (CardEvent e : h.new_events) {
      e.id = next_id_++;
      e.deck_id = h.deck_id;
      e.card_id = h.card_id;
      events_.push_back(e);
    }
    restore_state(h.deck_id, h.card_id);
  }
  ++commits_;
  return true;
}

std::vector<CardEvent> MemoryStore::events_of(const std::string& deck_id, const std::string& card_id) const {
  std::vector<CardEvent> out;
  for (const CardEvent& e : events_) {
    if (e.deck_id == deck_id && e.card_id == card_id) out.push_back(e);
  }
  std::stable_sort(out.begin(), out.end(), [](const CardEvent& a, const CardEvent& b) { return a.time < b.time; });
  return out;
}

// The state of the card's last answer after its latest reset, and the marks of its events.
void MemoryStore::restore_state(const std::string& deck_id, const std::string& card_id) {
  const std::vector<CardEvent> events = events_of(deck_id, card_id);
  const std::optional<TimePoint> reset = last_reset(events);
  CardProgress& p = cards_[{deck_id, card_id}];
  p.state = CardState{};
  p.fingerprint.clear();
  p.last_review_id = 0;
  for (const ReviewRecord& r : reviews_) {
    if (r.deck_id != deck_id || r.card_id != card_id || r.cram || (reset && r.time <= *reset)) continue;
    p.state = r.after;
    p.fingerprint = r.fingerprint;
    p.last_review_id = r.id;
  }
  p.marks = fold_events(events);
}

std::int64_t MemoryStore::add_event(const CardEvent& event) {
  CardEvent e = event;
  e.id = next_id_++;
  events_.push_back(e);
  CardProgress& p = cards_[{e.deck_id, e.card_id}];
  if (e.kind == CardEventKind::kReset) {
    restore_state(e.deck_id, e.card_id);
  } else {
    p.marks = fold_events(events_of(e.deck_id, e.card_id));
  }
  ++commits_;
  return e.id;
}

bool MemoryStore::remove_event(std::int64_t event_id) {
  auto it = std::find_if(events_.begin(), events_.end(), [&](const CardEvent& e) { return e.id == event_id; });
  if (it == events_.end()) return false;
  const CardEvent e = *it;
  events_.erase(it);
  if (e.kind == CardEventKind::kReset) {
    restore_state(e.deck_id, e.card_id);
  } else {
    cards_[{e.deck_id, e.card_id}].marks = fold_events(events_of(e.deck_id, e.card_id));
  }
  ++commits_;
  return true;
}

std::vector<CardEvent> MemoryStore::card_events(const std::string& deck_id) {
  std::vector<CardEvent> out;
  for (const CardEvent& e : events_) {
    if (deck_id.empty() || e.deck_id == deck_id) out.push_back(e);
  }
  std::stable_sort(out.begin(), out.end(), [](const CardEvent& a, const CardEvent& b) { return a.time < b.time; });
  return out;
}

}  // namespace genai_quiz::testing
