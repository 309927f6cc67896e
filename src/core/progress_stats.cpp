#include "genai_quiz/core/progress_stats.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace genai_quiz {
namespace {

std::string card_key(const std::string& deck, const std::string& card) { return deck + '\n' + card; }

// A card that is studied and not set aside: one that can fall due.
bool studied(const CardRecord& c) { return c.state.phase != Phase::kNew && !c.marks.suspended; }

// Monday is 0. Day 0 (1970-01-01) was a Thursday.
std::int64_t weekday(std::int64_t day) { return ((day + 3) % 7 + 7) % 7; }

void count_cards(Figures& f, std::span<const CardRecord> cards, const Calendar& calendar, std::int64_t today) {
  f.forecast.assign(kForecastDays, 0);
  double stability_sum = 0;
  int studied_count = 0;
  for (const CardRecord& c : cards) {
    f.cards += 1;
    if (c.marks.flagged) f.flagged += 1;
    if (c.marks.leech) f.leech += 1;
    if (c.marks.suspended) {
      f.suspended += 1;
      continue;
    }
    f.by_phase[static_cast<std::size_t>(c.state.phase)] += 1;
    if (!studied(c)) continue;
    studied_count += 1;
    stability_sum += c.state.stability;
    std::int64_t in_days = std::max<std::int64_t>(0, calendar.day(c.state.due) - today);
    if (in_days == 0) f.due_today += 1;
    if (in_days == 1) f.due_tomorrow += 1;
    if (in_days < 7) f.due_week += 1;
    if (in_days < kForecastDays) f.forecast[static_cast<std::size_t>(in_days)] += 1;
  }
  if (studied_count > 0) f.average_stability = stability_sum / studied_count;

  std::vector<const CardRecord*> order;
  for (const CardRecord& c : cards) {
    if (studied(c)) order.push_back(&c);
  }
  std::stable_sort(order.begin(), order.end(), [](const CardRecord* a, const CardRecord* b) {
    if (a->retrievability != b->retrievability) return a->retrievability < b->retrievability;
    return a->state.stability < b->state.stability;
  });
  order.resize(std::min<std::size_t>(order.size(), kWeakestCount));
  for (const CardRecord* c : order) f.weakest.push_back(*c);
}

void count_reviews(Figures& f, std::span<const ReviewRecord> reviews, const std::unordered_set<std::string>& cards,
                   const Calendar& calendar, std::int64_t today) {
  std::int64_t first = heatmap_first_day(today);
  f.reviews_per_day.assign(static_cast<std::size_t>(today - first + 1), 0);
  std::vector<RatedCoverage> typed;
  int picks = 0;
  int right_picks = 0;
  for (const ReviewRecord& r : reviews) {
    if (!cards.contains(card_key(r.deck_id, r.card_id))) continue;
    std::int64_t day = calendar.day(r.time);
    if (day > today) continue;  // answered "after now": a clock that went back, or a pinned --now
    if (day >= first) f.reviews_per_day[static_cast<std::size_t>(day - first)] += 1;
    if (r.coverage) typed.push_back({*r.coverage, r.rating});
    if (r.choice) {
      ++picks;
      if (r.choice_correct) ++right_picks;
    }
    if (r.cram || r.before.phase != Phase::kReview) continue;
    int passed = r.rating != Rating::kAgain ? 1 : 0;
    if (day > today - 7) {
      f.retention_7d.total += 1;
      f.retention_7d.passed += passed;
    }
    if (day > today - 30) {
      f.retention_30d.total += 1;
      f.retention_30d.passed += passed;
    }
  }
  f.calibration = calibrate(typed);
  f.calibration.picks = picks;
  f.calibration.right_picks = right_picks;
}

}  // namespace

std::optional<double> Retention::rate() const {
  if (total == 0) return std::nullopt;
  return static_cast<double>(passed) / total;
}

std::int64_t heatmap_first_day(std::int64_t today) {
  return today - weekday(today) - 7 * (kHeatmapWeeks - 1);
}

Figures compute_figures(std::span<const CardRecord> cards, std::span<const ReviewRecord> reviews,
                        const Calendar& calendar, TimePoint now) {
  std::int64_t today = calendar.day(now);
  Figures f;
  count_cards(f, cards, calendar, today);
  std::unordered_set<std::string> keys;
  for (const CardRecord& c : cards) keys.insert(card_key(c.deck, c.id));
  count_reviews(f, reviews, keys, calendar, today);
  return f;
}

Stats compute_stats(std::span<const CardRecord> cards, std::span<const ReviewRecord> reviews,
                    const Calendar& calendar, TimePoint now) {
  Stats stats;
  stats.today = calendar.day(now);
  stats.heatmap_first_day = heatmap_first_day(stats.today);

  // Group the cards by section, keeping the order in which sections first appear.
  std::map<std::pair<std::string, std::string>, std::size_t> group_of;
  std::vector<std::vector<CardRecord>> groups;
  for (const CardRecord& c : cards) {
    auto [it, added] = group_of.try_emplace({c.deck, c.section}, groups.size());
    if (added) {
      groups.emplace_back();
      stats.sections.push_back({c.deck, c.section, c.section_title, {}});
    }
    groups[it->second].push_back(c);
  }
  std::unordered_map<std::string, std::size_t> section_of_card;
  for (const CardRecord& c : cards) section_of_card.emplace(card_key(c.deck, c.id), group_of[{c.deck, c.section}]);
  std::vector<std::vector<ReviewRecord>> group_reviews(groups.size());
  for (const ReviewRecord& r : reviews) {
    auto it = section_of_card.find(card_key(r.deck_id, r.card_id));
    if (it != section_of_card.end()) group_reviews[it->second].push_back(r);
  }

  for (std::size_t i = 0; i < groups.size(); ++i) {
    stats.sections[i].figures = compute_figures(groups[i], group_reviews[i], calendar, now);
  }
  stats.total = compute_figures(cards, reviews, calendar, now);
  return stats;
}

}  // namespace genai_quiz
