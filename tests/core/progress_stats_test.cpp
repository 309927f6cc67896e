#include <catch2/catch.hpp>

#include <chrono>
#include <vector>

#include "genai_quiz/core/progress_stats.hpp"
#include "support/time_points.hpp"

using namespace genai_quiz;
using genai_quiz::test::utc;

namespace {

// Wednesday 2025-03-05 10:00 UTC; days start at 04:00 UTC.
const TimePoint kNow = utc(2025, 3, 5, 10);
const FixedOffsetCalendar kCalendar(std::chrono::minutes(0), 4);
const std::string kDeck = "d";

CardRecord card(std::string id, Phase phase, TimePoint due, double stability = 5, double r = 0.9,
                std::string section = "s1") {
  std::string title = section;
  title.insert(0, "Section ");
  CardRecord c;
  c.deck = kDeck;
  c.section = std::move(section);
  c.section_title = std::move(title);
  c.id = std::move(id);
  c.state.phase = phase;
  c.state.due = due;
  c.state.stability = phase == Phase::kNew ? 0 : stability;
  c.retrievability = phase == Phase::kNew ? 0 : r;
  return c;
}

ReviewRecord answer(std::string card, TimePoint time, Rating rating, Phase before = Phase::kReview,
                    bool cram = false) {
  ReviewRecord r;
  r.deck_id = kDeck;
  r.card_id = std::move(card);
  r.time = time;
  r.rating = rating;
  r.before.phase = before;
  r.cram = cram;
  return r;
}

}  // namespace

TEST_CASE("Cards are counted by phase and by the calendar day they fall due", "[core]") {
  struct Case {
    const char* what;
    TimePoint due;
    int today, tomorrow, week, forecast_day;  // forecast_day -1: beyond the forecast
  } cases[] = {
      {"overdue by a week", utc(2025, 2, 26, 10), 1, 0, 1, 0},
      {"due earlier today", utc(2025, 3, 5, 5), 1, 0, 1, 0},
      {"due tonight before the day ends at 04:00", utc(2025, 3, 6, 3, 59), 1, 0, 1, 0},
      {"due when tomorrow starts", utc(2025, 3, 6, 4), 0, 1, 1, 1},
      {"due tomorrow evening", utc(2025, 3, 6, 23), 0, 1, 1, 1},
      {"due in six days", utc(2025, 3, 11, 12), 0, 0, 1, 6},
      {"due in seven days", utc(2025, 3, 12, 12), 0, 0, 0, 7},
      {"due in 29 days", utc(2025, 4, 3, 12), 0, 0, 0, 29},
      {"due in 30 days", utc(2025, 4, 4, 12), 0, 0, 0, -1},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    std::vector<CardRecord> cards = {card("a", Phase::kReview, c.due)};
    Figures f = compute_figures(cards, {}, kCalendar, kNow);
    CHECK(f.due_today == c.today);
    CHECK(f.due_tomorrow == c.tomorrow);
    CHECK(f.due_week == c.week);
    REQUIRE(f.forecast.size() == kForecastDays);
    for (int day = 0; day < kForecastDays; ++day) CHECK(f.forecast[static_cast<std::size_t>(day)] == (day == c.forecast_day ? 1 : 0));
  }

  std::vector<CardRecord> cards = {
      card("n1", Phase::kNew, TimePoint{}), card("n2", Phase::kNew, TimePoint{}),
      card("l", Phase::kLearning, utc(2025, 3, 5, 10, 10), 0.2),
      card("r", Phase::kReview, utc(2025, 3, 8, 10), 4.0),
      card("x", Phase::kRelearning, utc(2025, 3, 5, 10, 5), 0.6),
  };
  Figures f = compute_figures(cards, {}, kCalendar, kNow);
  CHECK(f.cards == 5);
  CHECK(f.by_phase == std::array<int, 4>{2, 1, 1, 1});
  CHECK(f.due_today == 2);  // new cards are never counted as due
  CHECK(f.due_week == 3);
  REQUIRE(f.average_stability);
  CHECK(*f.average_stability == Approx((0.2 + 4.0 + 0.6) / 3));
}

TEST_CASE("Statistics of cards never studied have no average stability and no weakest cards", "[core]") {
  std::vector<CardRecord> cards = {card("n1", Phase::kNew, TimePoint{})};
  Figures f = compute_figures(cards, {}, kCalendar, kNow);
  CHECK_FALSE(f.average_stability);
  CHECK(f.weakest.empty());
  CHECK_FALSE(f.retention_7d.rate());
  CHECK(f.due_today == 0);
}

TEST_CASE("True retention counts answers to review-phase cards over the last 7 and 30 days", "[core]") {
  std::vector<CardRecord> cards = {card("a", Phase::kReview, kNow), card("b", Phase::kReview, kNow)};
  std::vector<ReviewRecord> reviews = {
      answer("a", utc(2025, 3, 5, 9), Rating::kGood),                         // today
      answer("a", utc(2025, 3, 5, 9, 30), Rating::kAgain),                    // today, forgotten
      answer("b", utc(2025, 2, 27, 5), Rating::kHard),                        // 6 days ago: in both
      answer("b", utc(2025, 2, 27, 3), Rating::kAgain),                       // 03:00 is still day -7
      answer("b", utc(2025, 2, 4, 12), Rating::kEasy),                        // 29 days ago
      answer("b", utc(2025, 2, 3, 12), Rating::kAgain),                       // 30 days ago: neither
      answer("a", utc(2025, 3, 4, 12), Rating::kAgain, Phase::kLearning),     // not a review card
      answer("a", utc(2025, 3, 4, 12), Rating::kAgain, Phase::kRelearning),   // not a review card
      answer("a", utc(2025, 3, 4, 13), Rating::kAgain, Phase::kReview, true), // cram
      answer("gone", utc(2025, 3, 4, 13), Rating::kAgain),                    // not one of the cards
      answer("a", utc(2025, 3, 6, 12), Rating::kAgain),                       // after now
  };
  Figures f = compute_figures(cards, reviews, kCalendar, kNow);
  CHECK(f.retention_7d == Retention{2, 3});
  CHECK(f.retention_30d == Retention{3, 5});
  CHECK(*f.retention_30d.rate() == Approx(0.6));
}

TEST_CASE("Calibration counts the typed answers to the cards, per section and in all", "[core]") {
  std::vector<CardRecord> cards = {card("a", Phase::kReview, kNow, 5, 0.9, "s1"),
                                   card("b", Phase::kReview, kNow, 5, 0.9, "s2")};
  auto typed = [](std::string id, TimePoint time, Rating rating, double coverage, bool cram = false) {
    ReviewRecord r = answer(std::move(id), time, rating, Phase::kReview, cram);
    r.coverage = coverage;
    return r;
  };
  std::vector<ReviewRecord> reviews = {
      typed("a", utc(2025, 3, 5, 9), Rating::kGood, 0.8),                 // suggested Hard: higher
      typed("a", utc(2025, 1, 5, 9), Rating::kGood, 1.0),                 // long ago still counts: same
      typed("a", utc(2025, 3, 4, 9), Rating::kEasy, 0.0, true),           // cram too: higher
      typed("b", utc(2025, 3, 4, 9), Rating::kAgain, 0.5),                // suggested Hard: lower
      answer("b", utc(2025, 3, 4, 10), Rating::kEasy),                    // not typed: left out
      typed("gone", utc(2025, 3, 4, 9), Rating::kEasy, 0.0),              // not one of the cards
      typed("a", utc(2025, 3, 6, 12), Rating::kEasy, 0.0),                // after now
  };
  Stats s = compute_stats(cards, reviews, kCalendar, kNow);
  REQUIRE(s.sections.size() == 2);
  CHECK(s.sections[0].figures.calibration == Calibration{3, 2, 1, 0});
  CHECK(s.sections[1].figures.calibration == Calibration{1, 0, 0, 1});
  CHECK(s.total.calibration == Calibration{4, 2, 1, 1});
  CHECK(compute_figures(cards, {}, kCalendar, kNow).calibration == Calibration{});
}

TEST_CASE("The weakest cards are the studied ones least likely to be recalled now", "[core]") {
  std::vector<CardRecord> cards = {
      card("new", Phase::kNew, TimePoint{}),        card("r95", Phase::kReview, kNow, 10, 0.95),
      card("r50", Phase::kReview, kNow, 10, 0.50),  card("r70-s3", Phase::kReview, kNow, 3, 0.70),
      card("r70-s2", Phase::kReview, kNow, 2, 0.70), card("r99", Phase::kReview, kNow, 10, 0.99),
      card("r80", Phase::kLearning, kNow, 1, 0.80), card("r90", Phase::kReview, kNow, 10, 0.90),
  };
  Figures f = compute_figures(cards, {}, kCalendar, kNow);
  std::vector<std::string> ids;
  for (const CardRecord& c : f.weakest) ids.push_back(c.id);
  CHECK(ids == std::vector<std::string>{"r50", "r70-s2", "r70-s3", "r80", "r90"});
}

TEST_CASE("Reviews per day cover the current week and the eleven before it, Mondays first", "[core]") {
  struct Case {
    TimePoint now;
    int days;  // Monday eleven weeks back to today, inclusive
  } cases[] = {
      {utc(2025, 3, 3, 12), 78},   // a Monday
      {utc(2025, 3, 5, 10), 80},   // a Wednesday
      {utc(2025, 3, 9, 12), 84},   // a Sunday
      {utc(2025, 3, 10, 3), 84},   // Monday 03:00 is still Sunday with days starting at 04:00
  };
  for (const Case& c : cases) {
    std::int64_t today = kCalendar.day(c.now);
    std::int64_t first = heatmap_first_day(today);
    CHECK(today - first + 1 == c.days);
    CHECK(std::chrono::weekday(std::chrono::sys_days(std::chrono::days(first))) == std::chrono::Monday);
  }

  std::vector<CardRecord> cards = {card("a", Phase::kReview, kNow)};
  std::vector<ReviewRecord> reviews = {
      answer("a", utc(2024, 12, 16, 12), Rating::kGood),  // the first Monday shown
      answer("a", utc(2024, 12, 15, 12), Rating::kGood),  // the Sunday before: not shown
      answer("a", utc(2025, 3, 5, 5), Rating::kGood, Phase::kReview, true),  // cram counts as activity
      answer("a", utc(2025, 3, 5, 6), Rating::kAgain, Phase::kLearning),
      answer("a", utc(2025, 3, 4, 6), Rating::kGood),
  };
  Figures f = compute_figures(cards, reviews, kCalendar, kNow);
  REQUIRE(f.reviews_per_day.size() == 80);
  std::vector<int> expected(80, 0);
  expected[0] = 1;
  expected[78] = 1;
  expected[79] = 2;
  CHECK(f.reviews_per_day == expected);
}

TEST_CASE("Statistics are given per section in deck order and for all sections together", "[core]") {
  std::vector<CardRecord> cards = {
      card("a", Phase::kReview, kNow, 2, 0.9, "s2"), card("b", Phase::kNew, TimePoint{}, 0, 0, "s1"),
      card("c", Phase::kReview, utc(2025, 3, 6, 12), 4, 0.8, "s2"),
  };
  std::vector<ReviewRecord> reviews = {answer("a", utc(2025, 3, 4, 12), Rating::kGood),
                                     answer("c", utc(2025, 3, 4, 13), Rating::kAgain),
                                     answer("orphan", utc(2025, 3, 4, 13), Rating::kAgain)};
  Stats s = compute_stats(cards, reviews, kCalendar, kNow);
  CHECK(s.today == kCalendar.day(kNow));
  CHECK(s.heatmap_first_day == heatmap_first_day(s.today));
  REQUIRE(s.sections.size() == 2);
  CHECK(s.sections[0].section == "s2");
  CHECK(s.sections[0].title == "Section s2");
  CHECK(s.sections[0].figures.cards == 2);
  CHECK(s.sections[0].figures.retention_7d == Retention{1, 2});
  CHECK(s.sections[1].section == "s1");
  CHECK(s.sections[1].figures.by_phase[0] == 1);
  CHECK(s.sections[1].figures.retention_7d == Retention{0, 0});
  CHECK(s.total.cards == 3);
  CHECK(s.total.due_today == 1);
  CHECK(s.total.due_tomorrow == 1);
  CHECK(s.total.retention_7d == Retention{1, 2});  // the orphan answer is left out
  CHECK(*s.total.average_stability == Approx(3.0));
}

TEST_CASE("Suspended cards are set aside: counted apart, never new, due or among the weakest", "[core]") {
  auto marked = [](CardRecord c, bool suspended, bool flagged, bool leech) {
    c.marks = {suspended, flagged, leech};
    return c;
  };
  struct Case {
    const char* what;
    CardRecord card;
    std::array<int, 4> by_phase;
    int suspended, flagged, leech, due_today, weakest;
  } cases[] = {
      {"a new card", marked(card("a", Phase::kNew, TimePoint{}), false, false, false), {1, 0, 0, 0}, 0, 0, 0, 0, 0},
      {"a suspended new card", marked(card("a", Phase::kNew, TimePoint{}), true, false, false), {0, 0, 0, 0}, 1, 0, 0, 0, 0},
      {"a due review card", marked(card("a", Phase::kReview, kNow), false, false, false), {0, 0, 1, 0}, 0, 0, 0, 1, 1},
      {"a suspended due review card", marked(card("a", Phase::kReview, kNow), true, false, false), {0, 0, 0, 0}, 1, 0, 0, 0, 0},
      {"a flagged due review card", marked(card("a", Phase::kReview, kNow), false, true, false), {0, 0, 1, 0}, 0, 1, 0, 1, 1},
      {"a flagged suspended card", marked(card("a", Phase::kLearning, kNow), true, true, false), {0, 0, 0, 0}, 1, 1, 0, 0, 0},
      {"a leech (suspended when tagged)", marked(card("a", Phase::kRelearning, kNow), true, false, true), {0, 0, 0, 0}, 1, 0, 1, 0, 0},
      {"a leech brought back", marked(card("a", Phase::kRelearning, kNow), false, false, true), {0, 0, 0, 1}, 0, 0, 1, 1, 1},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    const std::vector<CardRecord> cards = {c.card};
    const Figures f = compute_figures(cards, {}, kCalendar, kNow);
    CHECK(f.cards == 1);
    CHECK(f.by_phase == c.by_phase);
    CHECK(f.suspended == c.suspended);
    CHECK(f.flagged == c.flagged);
    CHECK(f.leech == c.leech);
    CHECK(f.due_today == c.due_today);
    CHECK(f.forecast[0] == c.due_today);
    CHECK(f.weakest.size() == static_cast<std::size_t>(c.weakest));
    CHECK(f.average_stability.has_value() == (c.weakest == 1));
  }
}

TEST_CASE("A suspended card's answers still count for retention, and its marks for its section", "[core]") {
  CardRecord kept = card("kept", Phase::kReview, kNow, 5, 0.9, "s1");
  CardRecord set_aside = card("set-aside", Phase::kReview, kNow, 5, 0.9, "s2");
  set_aside.marks = {true, true, false};
  const std::vector<CardRecord> cards = {kept, set_aside};
  const std::vector<ReviewRecord> reviews = {answer("set-aside", utc(2025, 3, 4, 12), Rating::kAgain)};
  const Stats s = compute_stats(cards, reviews, kCalendar, kNow);
  REQUIRE(s.sections.size() == 2);
  CHECK(s.sections[0].figures.suspended == 0);
  CHECK(s.sections[1].figures.suspended == 1);
  CHECK(s.sections[1].figures.flagged == 1);
  CHECK(s.sections[1].figures.retention_7d == Retention{0, 1});
  CHECK(s.total.suspended == 1);
  CHECK(s.total.due_today == 1);
  CHECK(s.total.retention_7d == Retention{0, 1});
}
