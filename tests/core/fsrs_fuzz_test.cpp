#include <catch2/catch.hpp>

#include <set>

#include "genai_quiz/core/fsrs_fuzz.hpp"
#include "genai_quiz/core/scheduler.hpp"
#include "support/time_points.hpp"

using namespace genai_quiz;

TEST_CASE("The Alea generator gives the same numbers as ts-fsrs", "[fsrs]") {
  struct Case {
    const char* seed;
    double first, second, third;
  } cases[] = {
      // from ts-fsrs 5.4.2 alea.ts under node 20
      {"hello.", 0.4783254903741181, 0.8297006865032017, 0.46924330526962876},
      {"1672317000000_3_23.456", 0.4935465566813946, 0.44306301209144294, 0.46568084019236267},
      {"0", 0.5945264333859086, 0.8065849216654897, 0.12979769078083336},
      {"1700000000123_12_148.71340573", 0.6653034719638526, 0.034960786113515496, 0.09302578563801944},
      {"", 0.1666577742435038, 0.4869158477522433, 0.00011322717182338238},
  };
  for (const Case& c : cases) {
    Alea a(c.seed);
    CHECK(a.next() == c.first);
    CHECK(a.next() == c.second);
    CHECK(a.next() == c.third);
  }
}

TEST_CASE("The fuzz seed writes D*S the way JavaScript prints numbers", "[fsrs]") {
  struct Case {
    double ds;
    const char* expected;
  } cases[] = {
      {0, "1700000000123_1_0"},
      {2.3065 * 2.11810397, "1700000000123_1_4.885406806805"},
      {0.1 + 0.2, "1700000000123_1_0.30000000000000004"},
      {6.4133 * 0.212, "1700000000123_1_1.3596195999999998"},
      {365000, "1700000000123_1_365000"},
  };
  for (const Case& c : cases) CHECK(fuzz_seed(1700000000123, 1, c.ds) == c.expected);
}

TEST_CASE("Fuzz ranges follow the ts-fsrs bands", "[fsrs]") {
  struct Case {
    int interval, elapsed, maximum;
    FuzzRange expected;
  } cases[] = {
      {3, 0, 36500, {2, 4}},            // delta 1 + 0.15 × 0.5
      {10, 5, 36500, {8, 12}},          // delta 1 + 0.675 + 0.3
      {100, 200, 36500, {93, 107}},     // delta 1 + 0.675 + 1.3 + 4; overdue: no elapsed+1 floor
      {100, 95, 36500, {96, 107}},      // at least elapsed + 1
      {36500, 0, 36500, {34673, 36500}},
      {5, 10, 4, {3, 4}},               // capped by the maximum first
  };
  for (const Case& c : cases) {
    INFO("interval " << c.interval << " elapsed " << c.elapsed);
    CHECK(fuzz_range(c.interval, c.elapsed, c.maximum) == c.expected);
  }
  CHECK(fuzz_interval(2, 0, 36500, 0.99) == 2);  // below 2.5 days: unchanged
  CHECK(fuzz_interval(10, 5, 36500, 0.0) == 8);
  CHECK(fuzz_interval(10, 5, 36500, 0.999) == 12);
}

TEST_CASE("Fuzzed intervals are deterministic and spread within the range", "[fsrs]") {
  SchedulerSettings set;
  set.day_start_hour = 0;
  set.fuzz_by_day = false;  // ts-fsrs: a new draw every millisecond
  Scheduler fuzzed(set);
  set.enable_fuzz = false;
  Scheduler plain(set);
  CardState card;
  card.phase = Phase::kReview;
  card.stability = 30;
  card.difficulty = 5;
  card.reps = 4;
  card.last_review = test::utc(2024, 1, 1, 12);
  std::set<int> seen;
  for (int m = 0; m < 200; ++m) {
    TimePoint now = test::utc(2024, 1, 31, 12) + std::chrono::minutes(m);
    CardState a = fuzzed.review(card, Rating::kGood, now);
    CHECK(a == fuzzed.review(card, Rating::kGood, now));
    int base = plain.review(card, Rating::kGood, now).scheduled_days;
    FuzzRange r = fuzz_range(base, 30, 36500);
    CHECK(a.scheduled_days >= r.min_days);
    CHECK(a.scheduled_days <= r.max_days);
    seen.insert(a.scheduled_days);
  }
  CHECK(seen.size() >= 5);
}

TEST_CASE("With the fuzz drawn by day, a card's intervals hold all day and spread over days", "[fsrs]") {
  SchedulerSettings set;  // the user's defaults: fuzz on, drawn by day, the day starting at 04:00
  Scheduler s(set);
  set.enable_fuzz = false;
  Scheduler plain(set);
  CardState card;
  card.phase = Phase::kReview;
  card.stability = 30;
  card.difficulty = 5;
  card.reps = 4;
  card.last_review = test::utc(2024, 1, 1, 12);
  int fuzzed_days = 0;
  for (int d = 0; d < 60; ++d) {
    TimePoint morning = test::utc(2024, 1, 31, 4) + std::chrono::days(d);
    std::array<CardState, 4> shown = s.preview(card, morning + std::chrono::minutes(1));
    for (int m : {2, 60, 23 * 60 + 58}) {  // later reveals and the rating itself, the same day
      std::array<CardState, 4> again = s.preview(card, morning + std::chrono::minutes(m));
      for (int k = 0; k < 4; ++k) CHECK(again[k].scheduled_days == shown[k].scheduled_days);
    }
    fuzzed_days += shown[2].scheduled_days != plain.preview(card, morning)[2].scheduled_days ? 1 : 0;
  }
  CHECK(fuzzed_days >= 10);  // still fuzzed: the draw changes from day to day
}
