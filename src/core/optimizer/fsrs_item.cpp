#include "genai_quiz/core/optimizer/fsrs_item.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace genai_quiz::optimizer {

int FsrsItem::long_term_review_count() const {
  return static_cast<int>(
      std::count_if(reviews.begin(), reviews.end(), [](const ItemReview& r) { return r.delta_t > 0; }));
}

const ItemReview& FsrsItem::first_long_term_review() const {
  return *std::find_if(reviews.begin(), reviews.end(), [](const ItemReview& r) { return r.delta_t > 0; });
}

std::vector<FsrsItem> build_items(std::span<const ReviewEvent> log, const Calendar& calendar) {
  // Stable order: by card, then time, then position in the log.
  std::vector<std::size_t> order;
  order.reserve(log.size());
  for (std::size_t i = 0; i < log.size(); ++i) {
    if (log[i].rating >= 1 && log[i].rating <= 4) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(log[a].card, log[a].time) < std::tie(log[b].card, log[b].time);
  });

  struct Pending {
    TimePoint time;
    std::size_t position;
    FsrsItem item;
  };
  std::vector<Pending> pending;
  std::vector<ItemReview> history;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const ReviewEvent& e = log[order[k]];
    bool first = k == 0 || log[order[k - 1]].card != e.card || e.restart;
    if (first) history.clear();
    int delta = first ? 0 : static_cast<int>(calendar.day(e.time) - calendar.day(log[order[k - 1]].time));
    history.push_back({e.rating, delta});
    if (delta > 0) pending.push_back({e.time, order[k], FsrsItem{history, e.card}});
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
