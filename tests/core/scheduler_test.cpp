#include <catch2/catch.hpp>

#include <random>
#include <vector>

#include "genai_quiz/core/scheduler.hpp"
#include "support/time_points.hpp"

using namespace genai_quiz;
using genai_quiz::test::utc;
using std::chrono::minutes;

namespace {

constexpr double kTol = 1e-4;

// ts-fsrs's test set-up: fuzz off, UTC, the day starting at midnight.
SchedulerSettings ts_fsrs_settings() {
  SchedulerSettings s;
  s.enable_fuzz = false;
  s.day_start_hour = 0;
  return s;
}

Rating rating_of(char c) {
  switch (c) {
    case 'A': return Rating::kAgain;
    case 'H': return Rating::kHard;
    case 'G': return Rating::kGood;
    default: return Rating::kEasy;
  }
}

// Reviews a new card with `ratings`, each at the previous due time, and returns every state.
std::vector<CardState> at_due(const Scheduler& s, const char* ratings, TimePoint start) {
  std::vector<CardState> out;
  CardState card;
  TimePoint now = start;
  for (const char* p = ratings; *p; ++p) {
    card = s.review(card, rating_of(*p), now);
    out.push_back(card);
    now = card.due;
  }
  return out;
}

const std::vector<double> kLongTermWeights = {0.4197, 1.1869, 3.0412, 15.2441, 7.1434, 0.6477, 1.0007,
                                              0.0674, 1.6597, 0.1712, 1.1178, 2.0225, 0.0904, 0.3025,
                                              2.1214, 0.2498, 2.9466, 0.4891, 0.6468};

Weights weights_from(const std::vector<double>& w, int relearning_steps, bool short_term) {
  return *migrate_parameters(w, relearning_steps, short_term).weights;
}

}  // namespace

TEST_CASE("Reviews at the due time give the ts-fsrs interval history", "[fsrs]") {
  SECTION("FSRS-6 defaults (ts-fsrs FSRS-6.test.ts ivl_history)") {
    Scheduler s(ts_fsrs_settings());
    auto states = at_due(s, "GGGGGGAAGGGGG", utc(2022, 12, 29, 12, 30));
    const int days[] = {0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21};
    const double stability[] = {2.3065,      2.3065,     10.97104786, 46.31685657, 162.99981459,
                                497.87655983, 6.8904125, 2.15459837,  2.15459837,  3.98312343,
                                7.23625465,   12.48304383, 20.77035737};
    REQUIRE(states.size() == 13);
    for (std::size_t i = 0; i < states.size(); ++i) {
      INFO("review " << i + 1);
      CHECK(states[i].scheduled_days == days[i]);
      CHECK(states[i].stability == Approx(stability[i]).margin(kTol));
    }
    CHECK(states.back().lapses == 1);
    CHECK(states.back().reps == 13);
    CHECK(states[6].phase == Phase::kRelearning);
  }
  SECTION("FSRS-5 defaults as ts-fsrs 5.4.2 `fsrs({w})` schedules them") {
    // ts-fsrs FSRS-5.test.ts lists 7, 16, 34, 71, 142 for the last five: that is w19 = 0, which
    // the clipping of ts-fsrs 5.4.2 raises to 0.01 when short-term scheduling is on.
    SchedulerSettings set = ts_fsrs_settings();
    set.parameters = weights_from({0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575,
                                   0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655,
                                   0.6621},
                                  1, true);
    auto states = at_due(Scheduler(set), "GGGGGGAAGGGGG", utc(2022, 12, 29, 12, 30));
    const int days[] = {0, 4, 14, 44, 125, 328, 0, 0, 6, 14, 31, 65, 130};
    for (std::size_t i = 0; i < states.size(); ++i) CHECK(states[i].scheduled_days == days[i]);
  }
}

TEST_CASE("The first review of a new card follows the learning steps", "[fsrs]") {
  Scheduler s(ts_fsrs_settings());
  TimePoint now = utc(2024, 5, 1, 9, 0);
  struct Case {
    double stability, difficulty;
    int days;
    Phase phase;
    minutes due_in;
    int step;
  } cases[] = {
      // ts-fsrs FSRS-6.test.ts "first repeat"; steps 1m 10m: Again 1m, Hard 6m, Good 10m, Easy graduates
      {0.212, 6.4133, 0, Phase::kLearning, minutes(1), 0},
      {1.2931, 5.11217071, 0, Phase::kLearning, minutes(6), 0},
      {2.3065, 2.11810397, 0, Phase::kLearning, minutes(10), 1},
      {8.2956, 1, 8, Phase::kReview, minutes(8 * 1440), 0},
  };
  auto next = s.preview(CardState{}, now);
  for (int i = 0; i < 4; ++i) {
    const Case& c = cases[i];
    INFO("rating " << i + 1);
    CHECK(next[i].stability == Approx(c.stability).margin(kTol));
    CHECK(next[i].difficulty == Approx(c.difficulty).margin(kTol));
    CHECK(next[i].scheduled_days == c.days);
    CHECK(next[i].phase == c.phase);
    CHECK(next[i].due == now + c.due_in);
    CHECK(next[i].learning_step == c.step);
    CHECK(next[i].reps == 1);
    CHECK(next[i].last_review == now);
  }
}

TEST_CASE("Learning and relearning steps match the ts-fsrs step strategy", "[fsrs]") {
  Scheduler s(ts_fsrs_settings());
  TimePoint now = utc(2024, 5, 1, 9, 0);
  CardState learning = s.review(CardState{}, Rating::kGood, now - minutes(10));  // step 1 of 1m 10m
  REQUIRE(learning.learning_step == 1);
  auto from_step1 = s.preview(learning, now);
  CHECK(from_step1[0].due == now + minutes(1));
  CHECK(from_step1[0].learning_step == 0);
  CHECK(from_step1[1].due == now + minutes(6));
  CHECK(from_step1[1].learning_step == 1);
  CHECK(from_step1[2].phase == Phase::kReview);  // Good graduates from the last step
  CHECK(from_step1[3].phase == Phase::kReview);

  CardState review = from_step1[2];
  TimePoint later = review.due;
  auto from_review = s.preview(review, later);
  CHECK(from_review[0].phase == Phase::kRelearning);
  CHECK(from_review[0].due == later + minutes(10));
  CHECK(from_review[0].lapses == 1);
  CHECK(from_review[2].lapses == 0);

  auto from_relearning = s.preview(from_review[0], later + minutes(10));
  CHECK(from_relearning[0].due == later + minutes(20));
  CHECK(from_relearning[1].due == later + minutes(25));  // Hard: 1.5 × the only step
  CHECK(from_relearning[1].phase == Phase::kRelearning);
  CHECK(from_relearning[2].phase == Phase::kReview);
  CHECK(from_relearning[0].lapses == 1);  // lapses count only from Review
}

TEST_CASE("Without learning steps a new card goes straight to day intervals", "[fsrs]") {
  SchedulerSettings set = ts_fsrs_settings();
  set.learning_steps.clear();
  set.relearning_steps.clear();
  Scheduler s(set);
  TimePoint now = utc(2024, 1, 1, 12);
  auto next = s.preview(CardState{}, now);
  for (const CardState& c : next) {
    CHECK(c.phase == Phase::kReview);
    CHECK(c.scheduled_days >= 1);
    CHECK(c.due == now + std::chrono::days(c.scheduled_days));
  }
  CardState lapsed = s.review(next[2], Rating::kAgain, next[2].due);
  CHECK(lapsed.phase == Phase::kReview);
  CHECK(lapsed.lapses == 1);
}

TEST_CASE("The long-term scheduler reproduces ts-fsrs without short-term steps", "[fsrs]") {
  SchedulerSettings set = ts_fsrs_settings();
  set.enable_short_term = false;
  set.parameters = weights_from(kLongTermWeights, 1, false);
  Scheduler s(set);
  SECTION("test1: Good ×6, Again ×2, Good ×5") {
    auto states = at_due(s, "GGGGGGAAGGGGG", utc(2022, 12, 29, 12, 30));
    const int days[] = {3, 13, 48, 155, 445, 1158, 17, 3, 11, 37, 112, 307, 773};
    const double stab[] = {3.0412,       13.09130698, 48.15848988, 154.93732625, 445.05562739,
                           1158.07779739, 16.63063166, 3.01732209,  11.42247264,  37.37521902,
                           111.8752758,  306.5974569, 772.94026648};
    const double diff[] = {4.49094334, 4.26664289, 4.05746029, 3.86237659, 3.68044154, 3.51076891, 4.69833071,
                           5.55956298, 5.26323756, 4.98688448, 4.72915759, 4.4888015,  4.26464541};
    for (std::size_t i = 0; i < states.size(); ++i) {
      INFO("review " << i + 1);
      CHECK(states[i].scheduled_days == days[i]);
      CHECK(states[i].stability == Approx(stab[i]).margin(kTol));
      CHECK(states[i].difficulty == Approx(diff[i]).margin(kTol));
      CHECK(states[i].phase == Phase::kReview);
    }
    CHECK(states.back().lapses == 2);
  }
  SECTION("test2: Again, Hard, Good, Easy twice") {
    auto states = at_due(s, "AHGEAHGE", utc(2022, 12, 29, 12, 30));
    const int days[] = {1, 2, 6, 41, 4, 7, 21, 133};
    const double stab[] = {0.4197, 1.0344317, 5.5356759, 41.0033667, 4.46605519, 6.67743292, 20.88868155, 132.81849454};
    for (std::size_t i = 0; i < states.size(); ++i) {
      CHECK(states[i].scheduled_days == days[i]);
      CHECK(states[i].stability == Approx(stab[i]).margin(kTol));
    }
  }
}

TEST_CASE("Review-card intervals are ordered Hard <= Good < Easy", "[fsrs]") {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> stab(0.01, 5000), diff(1, 10);
  std::uniform_int_distribution<int> gap(0, 4000);
  for (bool fuzz : {false, true}) {
    SchedulerSettings set;
    set.enable_fuzz = fuzz;
    Scheduler s(set);
    for (int i = 0; i < 2000; ++i) {
      CardState c;
      c.phase = Phase::kReview;
      c.stability = stab(rng);
      c.difficulty = diff(rng);
      c.reps = 5;
      c.last_review = utc(2020, 1, 1, 12);
      auto next = s.preview(c, *c.last_review + std::chrono::days(gap(rng)));
      INFO("S " << c.stability << " D " << c.difficulty << " fuzz " << fuzz);
      CHECK(next[1].scheduled_days <= next[2].scheduled_days);
      CHECK(next[2].scheduled_days < next[3].scheduled_days);
      CHECK(next[1].scheduled_days >= 1);
    }
  }
}

TEST_CASE("A card's state is a pure function of its review history", "[fsrs]") {
  std::mt19937_64 rng(2024);
  std::uniform_int_distribution<int> rating(1, 4), kind(0, 3), mins(0, 600), days(0, 400);
  for (bool short_term : {true, false}) {
    SchedulerSettings set;  // user defaults: fuzz on, day starts at 4
    set.enable_short_term = short_term;
    Scheduler s(set, std::make_shared<FixedOffsetCalendar>(minutes(-300), 4));
    for (int h = 0; h < 500; ++h) {
      std::vector<ReviewRecord> history;
      CardState incremental;
      TimePoint now = utc(2023, 1, 1) + minutes(mins(rng) * 7);
      int n = 1 + static_cast<int>(rng() % 25);
      for (int i = 0; i < n; ++i) {
        Rating r = static_cast<Rating>(rating(rng));
        incremental = s.preview(incremental, now)[static_cast<int>(r) - 1];
        ReviewRecord& answered = history.emplace_back();
        answered.time = now;
        answered.rating = r;
        int k = kind(rng);
        now = k == 0 ? incremental.due : now + (k == 1 ? minutes(mins(rng)) : std::chrono::days(days(rng)));
      }
      CardState rebuilt = s.replay(history);
      REQUIRE(rebuilt == incremental);
      CHECK(rebuilt.reps == n);
    }
  }
}

TEST_CASE("Elapsed days count calendar days that start at the configured hour", "[fsrs]") {
  struct Case {
    int offset_minutes, day_start;
    TimePoint last, now;
    int elapsed;
  } cases[] = {
      {0, 0, utc(2024, 3, 1, 23, 59), utc(2024, 3, 2, 0, 1), 1},   // midnight passed
      {0, 4, utc(2024, 3, 1, 23, 59), utc(2024, 3, 2, 3, 59), 0},  // still the same day before 4am
      {0, 4, utc(2024, 3, 1, 23, 59), utc(2024, 3, 2, 4, 0), 1},
      {0, 4, utc(2024, 3, 1, 3, 0), utc(2024, 3, 1, 5, 0), 1},     // 3am belongs to the day before
      {120, 4, utc(2024, 3, 1, 1, 30), utc(2024, 3, 1, 2, 30), 1}, // 03:30 → 04:30 local (UTC+2)
      {-300, 0, utc(2024, 3, 2, 4, 0), utc(2024, 3, 2, 6, 0), 1},  // 23:00 → 01:00 local (UTC-5)
      {0, 0, utc(2024, 3, 1, 12), utc(2025, 3, 1, 12), 365},
      {0, 0, utc(2024, 3, 2, 12), utc(2024, 3, 1, 12), 0},         // a clock that went back
  };
  for (const Case& c : cases) {
    SchedulerSettings set;
    Scheduler s(set, std::make_shared<FixedOffsetCalendar>(minutes(c.offset_minutes), c.day_start));
    CardState card;
    card.phase = Phase::kReview;
    card.stability = 10;
    card.difficulty = 5;
    card.last_review = c.last;
    CHECK(s.elapsed_days(card, c.now) == c.elapsed);
  }
  CHECK(FixedOffsetCalendar(minutes(0), 0).day(utc(1970, 1, 2, 0, 0)) == 1);
  CHECK(FixedOffsetCalendar(minutes(0), 4).day(utc(1970, 1, 1, 3, 0)) == -1);
}

TEST_CASE("Retrievability is 0 for new cards and 90% one stability after review", "[fsrs]") {
  Scheduler s(ts_fsrs_settings());
  TimePoint now = utc(2024, 6, 1, 10);
  CHECK(s.retrievability(CardState{}, now) == 0);
  CardState easy = s.review(CardState{}, Rating::kEasy, now);
  CHECK(s.retrievability(easy, now) == 1.0);
  CHECK(s.retrievability(easy, now + std::chrono::days(8)) == Approx(0.9024733).margin(kTol));
}
