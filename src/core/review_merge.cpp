#include "genai_quiz/core/review_merge.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace genai_quiz {
namespace {

using Key = std::tuple<std::string, std::string, std::int64_t>;

Key key_of(const ExchangeReview& r) { return {r.deck, r.card, r.time.time_since_epoch().count()}; }

}  // namespace

bool same_review(const ExchangeReview& a, const ExchangeReview& b) { return key_of(a) == key_of(b); }

std::vector<Diagnostic> find_duplicate_reviews(std::span<const ExchangeReview> reviews, const std::string& file) {
  std::vector<Diagnostic> out;
  std::map<Key, std::size_t> first_index;
  for (std::size_t i = 0; i < reviews.size(); ++i) {
    auto [it, added] = first_index.emplace(key_of(reviews[i]), i);
    if (added) continue;
    const ExchangeReview& r = reviews[i];
    out.push_back({file, {}, Severity::kError,
                   "reviews[" + std::to_string(i) + "] repeats reviews[" + std::to_string(it->second) +
                       "]: card '" + r.card + "' of deck '" + r.deck + "' answered at the same time"});
  }
  return out;
}

MergePlan plan_merge(std::span<const ExchangeReview> local, std::span<const ExchangeReview> incoming) {
  std::map<Key, Rating> have;
  for (const ExchangeReview& r : local) have.emplace(key_of(r), r.rating);
  MergePlan plan;
  std::set<std::pair<std::string, std::string>> affected;
  for (const ExchangeReview& r : incoming) {
    auto [it, added] = have.emplace(key_of(r), r.rating);
    if (!added) {
      plan.already_present += 1;
      if (it->second != r.rating) plan.different_rating += 1;
      continue;
    }
    plan.added.push_back(r);
    affected.emplace(r.deck, r.card);
  }
  plan.affected.assign(affected.begin(), affected.end());
  return plan;
}

std::vector<ReplayedReview> replay_card(std::vector<ExchangeReview> history, const Scheduler& scheduler) {
  std::stable_sort(history.begin(), history.end(),
                   [](const ExchangeReview& a, const ExchangeReview& b) { return a.time < b.time; });
  std::vector<ReplayedReview> out;
  out.reserve(history.size());
  CardState state;
  for (ExchangeReview& r : history) {
    ReplayedReview step;
    step.before = state;
    step.elapsed_days = scheduler.elapsed_days(state, r.time);
    step.after = r.cram ? state : scheduler.review(state, r.rating, r.time);
    state = step.after;
    step.review = std::move(r);
    out.push_back(std::move(step));
  }
  return out;
}

}  // namespace genai_quiz
