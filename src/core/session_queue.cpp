// Which cards a session starts with, and in what order (the queue half of Session).
#include <algorithm>
#include <random>
#include <set>

#include "genai_quiz/core/day_bounds.hpp"
#include "genai_quiz/core/session.hpp"
#include "genai_quiz/core/study_counts.hpp"

namespace genai_quiz {
namespace {

// Fisher-Yates with a fixed generator, so that a seed gives the same order everywhere.
template <typename Queue>
void shuffle_with(Queue& queue, std::mt19937_64& rng) {
  for (std::size_t i = queue.size(); i > 1; --i) {
    std::size_t j = static_cast<std::size_t>(rng() % i);
    std::swap(queue[i - 1], queue[j]);
  }
}

}  // namespace

void Session::build(TimePoint now) {
  std::vector<int> learning, review, fresh, cram;
  for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
    const CardProgress& p = items_[static_cast<std::size_t>(i)].progress;
    if (!options_.chosen && p.skipped_until && *p.skipped_until > now) continue;
    if (options_.cram) {
      cram.push_back(i);
      continue;
    }
    if (options_.chosen) {  // shown whether due or not, beyond the new cards of the day
      (p.state.phase == Phase::kNew ? fresh : review).push_back(i);
      continue;
    }
    if (p.state.phase == Phase::kNew) {
      fresh.push_back(i);
    } else if (calendar_.day(due_of(p.state)) <= calendar_.day(now)) {  // planned before an interview
      (p.state.phase == Phase::kReview ? review : learning).push_back(i);
    }
  }

  auto state = [&](int i) -> const CardState& { return items_[static_cast<std::size_t>(i)].progress.state; };
  std::mt19937_64 rng(options_.shuffle_seed.value_or(0));
  if (options_.shuffle_seed) {
    shuffle_with(review, rng);
    shuffle_with(fresh, rng);
    shuffle_with(cram, rng);
  } else {  // the least likely to be recalled first
    std::vector<double> r(items_.size());
    for (int i : review) r[static_cast<std::size_t>(i)] = scheduler_.retrievability(state(i), now);
    std::stable_sort(review.begin(), review.end(), [&](int a, int b) {
      double ra = r[static_cast<std::size_t>(a)], rb = r[static_cast<std::size_t>(b)];
      return ra != rb ? ra < rb : due_of(state(a)) < due_of(state(b));
    });
  }
  std::stable_sort(learning.begin(), learning.end(),
                   [&](int a, int b) { return due_of(state(a)) < due_of(state(b)); });

  // The daily limit on new cards counts those already introduced today in the same decks.
  std::set<std::string> decks;
  for (int i : fresh) decks.insert(items_[static_cast<std::size_t>(i)].deck->id);
  int introduced = 0;
  TimePoint day_start = start_of_day(calendar_, now), day_end = start_of_next_day(calendar_, now);
  for (const std::string& deck : decks) introduced += store_.count_introduced(deck, day_start, day_end);
  std::size_t allowance = static_cast<std::size_t>(std::max(0, options_.new_per_day - introduced));
  if (fresh.size() > allowance && !options_.chosen) {
    summary_.new_waiting = static_cast<int>(fresh.size() - allowance);
    fresh.resize(allowance);
  }

  // --limit keeps the most urgent cards: learning cards due now, reviews, new cards, the rest.
  if (options_.limit > 0) {
    std::size_t left = static_cast<std::size_t>(options_.limit);
    auto keep = [&](std::vector<int>& queue, auto&& wanted) {
      std::vector<int> kept;
      for (int i : queue) {
        if (wanted(i) && left > 0) {
          kept.push_back(i);
          --left;
        }
      }
      return kept;
    };
    auto due_now = [&](int i) { return due_of(state(i)) <= now; };
    std::vector<int> learning_now = keep(learning, due_now);
    review = keep(review, [](int) { return true; });
    fresh = keep(fresh, [](int) { return true; });
    cram = keep(cram, [](int) { return true; });
    std::vector<int> learning_later = keep(learning, [&](int i) { return !due_now(i); });
    learning = learning_now;
    learning.insert(learning.end(), learning_later.begin(), learning_later.end());
  }

  learning_ = learning;
  review_.assign(review.begin(), review.end());
  fresh_.assign(fresh.begin(), fresh.end());
  cram_.assign(cram.begin(), cram.end());
}

Counts Session::remaining() const {
  Counts c;
  c.learning = static_cast<int>(learning_.size());
  c.review = static_cast<int>(review_.size());
  c.new_cards = static_cast<int>(fresh_.size());
  c.cram = static_cast<int>(cram_.size());
  if (current() != nullptr) {
    switch (from_) {
      case From::kLearning: ++c.learning; break;
      case From::kReview: ++c.review; break;
      case From::kNew: ++c.new_cards; break;
      case From::kCram: ++c.cram; break;
      case From::kNone: break;
    }
  }
  return c;
}

std::optional<TimePoint> Session::waiting_until() const {
  if (stage_ != Stage::kWaiting) return std::nullopt;
  int i = earliest_learning();
  if (i < 0) return std::nullopt;
  return due_of(items_[static_cast<std::size_t>(i)].progress.state);
}

}  // namespace genai_quiz
