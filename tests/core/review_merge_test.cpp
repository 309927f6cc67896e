#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <vector>

#include "genai_quiz/core/review_merge.hpp"
#include "support/time_points.hpp"

using namespace genai_quiz;
using genai_quiz::test::utc;

namespace {

ReviewRecord answer(const char* card, TimePoint time, Rating rating, bool cram = false) {
  ReviewRecord r;
  r.deck_id = "d";
  r.card_id = card;
  r.time = time;
  r.rating = rating;
  r.duration_ms = 1500;
  r.cram = cram;
  return r;
}

// The answer without what replaying adds to it (elapsed days and states).
ReviewRecord as_given(ReviewRecord r) {
  r.elapsed_days = 0;
  r.before = r.after = CardState{};
  return r;
}

SchedulerSettings utc_settings() {
  SchedulerSettings s;
  s.day_start_hour = 0;
  return s;
}

}  // namespace

TEST_CASE("An answer is identified by its deck, its card and its time to the millisecond", "[core]") {
  ReviewRecord a = answer("c1", utc(2025, 3, 1, 9), Rating::kGood);
  ReviewRecord b = a;
  b.rating = Rating::kAgain;
  b.duration_ms = 99;
  CHECK(same_review(a, b));
  b.time += std::chrono::milliseconds(1);
  CHECK_FALSE(same_review(a, b));
  ReviewRecord c = a;
  c.card_id = "c2";
  CHECK_FALSE(same_review(a, c));
  ReviewRecord d = a;
  d.deck_id = "other";
  CHECK_FALSE(same_review(a, d));
}

TEST_CASE("Answers to one card in the same millisecond are numbered in the order given", "[core]") {
  TimePoint t = utc(2025, 3, 1, 9);
  std::vector<ReviewRecord> log = {answer("c1", t, Rating::kGood), answer("c2", t, Rating::kGood),
                                     answer("c1", t, Rating::kAgain), answer("c1", t + std::chrono::milliseconds(1), Rating::kGood),
                                     answer("c1", t, Rating::kHard)};
  number_repeats(log);
  std::vector<int> repeats;
  for (const ReviewRecord& r : log) repeats.push_back(r.repeat);
  CHECK(repeats == std::vector<int>{0, 0, 1, 0, 2});
  CHECK(find_duplicate_reviews(log, "f").empty());
  CHECK_FALSE(same_review(log[0], log[2]));

  // Merging counts them: two answers at that instant locally, three in the file: one is new.
  std::vector<ReviewRecord> local = {log[0], log[2]};
  MergePlan plan = plan_merge(local, log);
  CHECK(plan.already_present == 2);
  REQUIRE(plan.added.size() == 3);
  CHECK(plan.added[2].rating == Rating::kHard);

  // Replay keeps their order.
  Scheduler scheduler(utc_settings());
  std::vector<ReviewRecord> c1 = {log[4], log[3], log[2], log[0]};
  std::vector<ReviewRecord> replayed = replay_card(c1, scheduler);
  CHECK(replayed[0].rating == Rating::kGood);
  CHECK(replayed[1].rating == Rating::kAgain);
  CHECK(replayed[2].rating == Rating::kHard);
  CHECK(replayed[3].time == t + std::chrono::milliseconds(1));
}

TEST_CASE("Duplicate answers in a file are each reported with both positions", "[core]") {
  std::vector<ReviewRecord> reviews = {
      answer("c1", utc(2025, 3, 1, 9), Rating::kGood), answer("c2", utc(2025, 3, 1, 9), Rating::kGood),
      answer("c1", utc(2025, 3, 1, 9), Rating::kHard), answer("c1", utc(2025, 3, 1, 9), Rating::kGood)};
  std::vector<Diagnostic> ds = find_duplicate_reviews(reviews, "backup.json");
  REQUIRE(ds.size() == 2);
  CHECK(format_diagnostic(ds[0]) ==
        "backup.json: error: reviews[2] repeats reviews[0]: card 'c1' of deck 'd' answered at the same time");
  CHECK(format_diagnostic(ds[1]) ==
        "backup.json: error: reviews[3] repeats reviews[0]: card 'c1' of deck 'd' answered at the same time");
  reviews.pop_back();
  reviews.pop_back();
  CHECK(find_duplicate_reviews(reviews, "backup.json").empty());
}

TEST_CASE("Merging skips answers already in the local log and lists the cards that change", "[core]") {
  std::vector<ReviewRecord> local = {answer("c1", utc(2025, 3, 1, 9), Rating::kGood),
                                       answer("c2", utc(2025, 3, 1, 10), Rating::kAgain)};
  std::vector<ReviewRecord> incoming = {
      answer("c2", utc(2025, 3, 2, 10), Rating::kGood),  // new
      answer("c1", utc(2025, 3, 1, 9), Rating::kGood),   // present
      answer("c2", utc(2025, 3, 1, 10), Rating::kHard),  // present with another rating: local kept
      answer("c3", utc(2025, 3, 1, 8), Rating::kEasy),   // new card
  };
  MergePlan plan = plan_merge(local, incoming);
  REQUIRE(plan.added.size() == 2);
  CHECK(plan.added[0] == incoming[0]);
  CHECK(plan.added[1] == incoming[3]);
  CHECK(plan.already_present == 2);
  CHECK(plan.different_rating == 1);
  using Key = std::pair<std::string, std::string>;
  CHECK(plan.affected == std::vector<Key>{{"d", "c2"}, {"d", "c3"}});

  // Merging what was just added again changes nothing.
  std::vector<ReviewRecord> merged = local;
  merged.insert(merged.end(), plan.added.begin(), plan.added.end());
  MergePlan again = plan_merge(merged, incoming);
  CHECK(again.added.empty());
  CHECK(again.affected.empty());
  CHECK(again.already_present == 4);
}

TEST_CASE("Replaying a card's answers gives the states a session would have saved", "[core]") {
  Scheduler scheduler(utc_settings());
  std::vector<ReviewRecord> history = {
      answer("c1", utc(2025, 3, 1, 9), Rating::kGood),
      answer("c1", utc(2025, 3, 1, 9, 10), Rating::kGood),
      answer("c1", utc(2025, 3, 2, 9), Rating::kAgain, true),  // cram: state unchanged
      answer("c1", utc(2025, 3, 4, 9), Rating::kGood),
      answer("c1", utc(2025, 3, 12, 9), Rating::kAgain),
  };
  // What a session does: review one answer after another from a new card.
  std::vector<CardState> expected;
  CardState state;
  for (const ReviewRecord& r : history) {
    if (!r.cram) state = scheduler.review(state, r.rating, r.time);
    expected.push_back(state);
  }

  std::vector<ReviewRecord> shuffled = history;
  std::mt19937 rng(7);
  std::shuffle(shuffled.begin(), shuffled.end(), rng);
  std::vector<ReviewRecord> replayed = replay_card(shuffled, scheduler);
  REQUIRE(replayed.size() == history.size());
  for (std::size_t i = 0; i < history.size(); ++i) {
    INFO("answer " << i);
    CHECK(as_given(replayed[i]) == history[i]);
    CHECK(replayed[i].after == expected[i]);
    CHECK(replayed[i].before == (i == 0 ? CardState{} : expected[i - 1]));
  }
  CHECK(replayed[0].elapsed_days == 0);
  CHECK(replayed[3].elapsed_days == 3);   // last scheduled review on 1 March
  CHECK(replayed[4].elapsed_days == 8);
  CHECK(replayed[2].after == replayed[2].before);

  CHECK(replayed.back().after == scheduler.replay(history));
  CHECK(replayed.back().after.reps == 4);
  CHECK(replayed.back().after.lapses == 1);
}

TEST_CASE("Replay starts a card afresh at each reset: the answers after it schedule from a new card", "[core]") {
  Scheduler scheduler(utc_settings());
  const TimePoint t = utc(2025, 3, 1, 9);
  std::vector<ReviewRecord> history = {answer("c1", t, Rating::kGood), answer("c1", t + std::chrono::hours(24), Rating::kGood),
                                       answer("c1", t + std::chrono::hours(48), Rating::kAgain)};
  const std::vector<TimePoint> resets = {t + std::chrono::hours(30)};
  std::vector<ReviewRecord> replayed = replay_card(history, scheduler, resets);
  std::vector<ReviewRecord> plain = replay_card(history, scheduler);
  REQUIRE(replayed.size() == 3);
  CHECK(replayed[0].after == plain[0].after);  // before the reset, as without it
  CHECK(replayed[1].after == plain[1].after);
  CHECK(replayed[2].before == CardState{});    // after it: from a new card
  CHECK(replayed[2].after == scheduler.review(CardState{}, Rating::kAgain, t + std::chrono::hours(48)));
  CHECK(replayed[2].after != plain[2].after);

  // An answer at the very millisecond of a reset comes before it.
  const std::vector<TimePoint> at_answer = {t + std::chrono::hours(24)};
  std::vector<ReviewRecord> tie = replay_card(history, scheduler, at_answer);
  CHECK(tie[1].after == plain[1].after);
  CHECK(tie[2].before == CardState{});
}
