#include "genai_quiz/core/optimizer/fsrs_item.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <utility>
#include <tuple>

namespace genai_quiz::optimizer {

int FsrsItem::long_term_review_count() const {
  return static_cast<int>(
      std::count_if(reviews.begin(), reviews.end(), [](const ItemReview& r) { return r.delta_t > 0; }));
}

const ItemReview& FsrsItem::first_long_term_review() const {
  return *std::find_if(reviews.begin(), reviews.end(), [](const ItemReview& r) { return r.delta_t > 0; });
}

std::vector<FsrsItem> build_items(std::span<const ReviewRecord> log, const Calendar& calendar) {
  // Each card's number, in the order the cards first appear; then a stable order by card, then
  // time, then position in the log.
  std::map<std::pair<std::string_view, std::string_view>, std::int64_t> numbers;
  std::vector<std::int64_t> card(log.size(), -1);
  std::vector<std::size_t> order;
  order.reserve(log.size());
  for (std::size_t i = 0; i < log.size(); ++i) {
    const ReviewRecord& r = log[i];
    if (r.cram) continue;
    card[i] = numbers.try_emplace({r.deck_id, r.card_id}, std::int64_t(numbers.size())).first->second;
    const int rating = static_cast<int>(r.rating);
    if (rating >= 1 && rating <= 4) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(card[a], log[a].time) < std::tie(card[b], log[b].time);
  });

  struct Pending {
    TimePoint time;
    std::size_t position;
    FsrsItem item;
  };
  std::vector<Pending> pending;
  std::vector<ItemReview> history;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const ReviewRecord& r = log[order[k]];
    const ReviewRecord* previous = k > 0 && card[order[k - 1]] == card[order[k]] ? &log[order[k - 1]] : nullptr;
    const bool reset = previous && r.before.phase == Phase::kNew && previous->after.phase != Phase::kNew;
    const bool first = !previous || reset;
    if (first) history.clear();
    int delta = first ? 0 : static_cast<int>(calendar.day(r.time) - calendar.day(previous->time));
    history.push_back({static_cast<int>(r.rating), delta});
    if (delta > 0) pending.push_back({r.time, order[k], FsrsItem{history, card[order[k]]}});
  }
  std::stable_sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
    return std::tie(a.time, a.position) < std::tie(b.time, b.position);
  });
  std::vector<FsrsItem> items;
  items.reserve(pending.size());
  for (Pending& p : pending) items.push_back(std::move(p.item));
  return items;
}

}  // namespace genai_quiz::optimizer
