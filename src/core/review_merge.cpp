#include "genai_quiz/core/review_merge.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace genai_quiz {
namespace {

using Key = std::tuple<std::string, std::string, std::int64_t, int>;

Key key_of(const ReviewRecord& r) { return {r.deck_id, r.card_id, r.time.time_since_epoch().count(), r.repeat}; }

}  // namespace

bool same_review(const ReviewRecord& a, const ReviewRecord& b) { return key_of(a) == key_of(b); }

void number_repeats(std::vector<ReviewRecord>& log) {
  std::map<Key, int> seen;
  for (ReviewRecord& r : log) {
    r.repeat = 0;
    r.repeat = seen[key_of(r)]++;
  }
}

std::vector<Diagnostic> find_duplicate_reviews(std::span<const ReviewRecord> reviews, const std::string& file) {
  std::vector<Diagnostic> out;
  std::map<Key, std::size_t> first_index;
  for (std::size_t i = 0; i < reviews.size(); ++i) {
    auto [it, added] = first_index.emplace(key_of(reviews[i]), i);
    if (added) continue;
    const ReviewRecord& r = reviews[i];
    out.push_back({file, {}, Severity::kError,
                   "reviews[" + std::to_string(i) + "] repeats reviews[" + std::to_string(it->second) +
                       "]: card '" + r.card_id + "' of deck '" + r.deck_id + "' answered at the same time" +
                       (r.repeat > 0 ? " with the same repeat" : "")});
  }
  return out;
}

MergePlan plan_merge(std::span<const ReviewRecord> local, std::span<const ReviewRecord> incoming) {
  std::map<Key, Rating> have;
  for (const ReviewRecord& r : local) have.emplace(key_of(r), r.rating);
  MergePlan plan;
  std::set<std::pair<std::string, std::string>> affected;
  for (const ReviewRecord& r : incoming) {
    auto [it, added] = have.emplace(key_of(r), r.rating);
    if (!added) {
      plan.already_present += 1;
      if (it->second != r.rating) plan.different_rating += 1;
      continue;
    }
    plan.added.push_back(r);
    affected.emplace(r.deck_id, r.card_id);
  }
  plan.affected.assign(affected.begin(), affected.end());
  return plan;
}

std::vector<ReviewRecord> replay_card(std::vector<ReviewRecord> history, const Scheduler& scheduler,
                                      std::span<const TimePoint> resets) {
  std::stable_sort(history.begin(), history.end(),
                   [](const ReviewRecord& a, const ReviewRecord& b) {
                     return std::tie(a.time, a.repeat) < std::tie(b.time, b.repeat);
                   });
  std::vector<TimePoint> reset_times(resets.begin(), resets.end());
  std::sort(reset_times.begin(), reset_times.end());
  auto next_reset = reset_times.begin();
  CardState state;
  for (ReviewRecord& r : history) {
    bool reset = false;
    while (next_reset != reset_times.end() && *next_reset < r.time) ++next_reset, reset = true;
    if (reset) state = CardState{};
    r.before = state;
    r.elapsed_days = scheduler.elapsed_days(state, r.time);
    r.after = r.cram ? state : scheduler.review(state, r.rating, r.time);
    state = r.after;
  }
  return history;
}

}  // namespace genai_quiz
