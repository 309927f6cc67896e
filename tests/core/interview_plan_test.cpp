#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <vector>

#include "genai_quiz/core/interview_plan.hpp"
#include "genai_quiz/core/scheduler.hpp"
#include "support/time_points.hpp"

namespace genai_quiz {
namespace {

using test::utc;

// UTC, the day starting at 4 am, as the scheduler's default calendar.
std::shared_ptr<const Calendar> utc_calendar() { return std::make_shared<FixedOffsetCalendar>(std::chrono::minutes(0), 4); }

std::int64_t day_of(TimePoint t) { return utc_calendar()->day(t); }

// A card that has been on day intervals for a while: stability `stability` days.
CardState mature_card(TimePoint last_review, double stability, int interval) {
  CardState c;
  c.phase = Phase::kReview;
  c.stability = stability;
  c.difficulty = 5;
  c.last_review = last_review;
  c.scheduled_days = interval;
  c.due = last_review + std::chrono::days(interval);
  c.reps = 5;
  return c;
}

}  // namespace

TEST_CASE("Interview dates are read and written as YYYY-MM-DD", "[core]") {
  struct Case {
    const char* text;
    std::optional<std::int64_t> day;
  } cases[] = {
      {"1970-01-01", 0},   {"2025-03-14", 20161}, {"2024-02-29", 19782}, {"2025-02-29", std::nullopt},
      {"2025-13-01", std::nullopt}, {"2025-3-14", std::nullopt}, {"2025-03-14T10:00", std::nullopt},
      {"", std::nullopt},  {"tomorrow", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(parse_calendar_date(c.text) == c.day);
    if (c.day) CHECK(format_calendar_date(*c.day) == c.text);
  }
}

TEST_CASE("An interval that would reach the interview ends in the last fifth before it", "[core]") {
  const TimePoint now = utc(2025, 3, 1, 10);
  const std::int64_t interview = day_of(utc(2025, 3, 18, 10));  // 17 days to go
  InterviewPlan plan(interview, utc_calendar());
  REQUIRE(plan.days_to_go(now) == 17);
  SchedulerSettings settings;
  settings.enable_fuzz = false;
  Scheduler scheduler(settings);
  // Stable cards whose next FSRS interval is longer than 17 days.
  for (double stability : {20.0, 40.0, 100.0, 400.0}) {
    INFO("stability " << stability);
    CardState card = mature_card(now - std::chrono::days(static_cast<int>(stability)), stability, static_cast<int>(stability));
    CardState next = scheduler.review(card, Rating::kGood, now);
    REQUIRE(day_of(next.due) >= interview);
    CardState capped = plan.cap(next);
    // 16 days to the eve; its last fifth is 3 days: due on day 13 to 16 after today.
    CHECK(day_of(capped.due) >= day_of(now) + 13);
    CHECK(day_of(capped.due) <= interview - 1);
    CHECK(capped.scheduled_days == day_of(capped.due) - day_of(now));
    CHECK(capped.stability == next.stability);  // only the date moves
    CHECK(capped.difficulty == next.difficulty);
    CHECK(plan.cap(capped) == capped);          // capping twice changes nothing
  }
}

TEST_CASE("Intervals that end before the interview, and reviews on its eve, are left alone", "[core]") {
  const std::int64_t interview = day_of(utc(2025, 3, 18, 10));
  InterviewPlan plan(interview, utc_calendar());
  struct Case {
    const char* what;
    CardState card;
  } cases[] = {
      {"due before the interview", mature_card(utc(2025, 3, 1, 10), 10, 10)},
      {"due on its eve", mature_card(utc(2025, 3, 1, 10), 16, 16)},
      {"reviewed on its eve", mature_card(utc(2025, 3, 17, 10), 30, 30)},
      {"reviewed on the day", mature_card(utc(2025, 3, 18, 10), 30, 30)},
      {"reviewed after it", mature_card(utc(2025, 3, 20, 10), 30, 30)},
      {"new", CardState{}},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK(plan.planned_due(c.card) == c.card.due);
    CHECK(plan.cap(c.card) == c.card);
  }
}

TEST_CASE("A card scheduled past the interview before the date was set comes back before it", "[core]") {
  const TimePoint last = utc(2025, 2, 1, 10);
  const std::int64_t interview = day_of(utc(2025, 3, 18, 10));
  InterviewPlan plan(interview, utc_calendar());
  CardState card = mature_card(last, 90, 90);  // due in May
  TimePoint due = plan.planned_due(card);
  // 44 days from the review to the eve; the last fifth is 8 days.
  CHECK(day_of(due) >= interview - 1 - 8);
  CHECK(day_of(due) <= interview - 1);
  CHECK(plan.planned_due(card) == due);  // the same answer every time
}

TEST_CASE("Capped cards are spread over several days rather than all on the eve", "[core]") {
  const std::int64_t interview = day_of(utc(2025, 3, 31, 10));
  InterviewPlan plan(interview, utc_calendar());
  std::set<std::int64_t> days;
  for (int minute = 0; minute < 50; ++minute) {
    days.insert(day_of(plan.planned_due(mature_card(utc(2025, 3, 1, 9, minute), 200, 200))));
  }
  // 29 days to the eve: the last fifth is 5 days, so due days 24 to 29 after the review.
  CHECK(days.size() >= 4);
  CHECK(*days.begin() >= day_of(utc(2025, 3, 1)) + 24);
  CHECK(*days.rbegin() == interview - 1);
}

TEST_CASE("Studying every day until the interview reviews every card at least once more before it", "[core]") {
  const TimePoint start = utc(2025, 3, 1, 10);
  const std::int64_t interview = day_of(utc(2025, 3, 21, 10));  // 20 days to go
  InterviewPlan plan(interview, utc_calendar());
  Scheduler scheduler{SchedulerSettings{}};
  // A mix of cards: some due soon, some scheduled long past the interview.
  std::vector<CardState> cards;
  for (int i = 0; i < 40; ++i) {
    double stability = 2.0 + i * 7.5;
    int interval = static_cast<int>(stability);
    cards.push_back(mature_card(start - std::chrono::days(i % 9) - std::chrono::minutes(i), stability, interval));
  }
  std::map<int, int> reviews_before;  // card → reviews before the interview
  for (TimePoint now = start; day_of(now) < interview; now += std::chrono::days(1)) {
    for (std::size_t i = 0; i < cards.size(); ++i) {
      if (plan.planned_due(cards[i]) > now) continue;
      CardState next = plan.cap(scheduler.review(cards[i], Rating::kGood, now));
      // Every review before the eve leaves another one before the interview.
      if (day_of(now) < interview - 1) CHECK(day_of(next.due) < interview);
      cards[i] = next;
      ++reviews_before[static_cast<int>(i)];
    }
  }
  CHECK(reviews_before.size() == cards.size());
  Countdown at_start = plan.countdown(cards, start);
  CHECK(at_start.days_to_go == 20);
}

TEST_CASE("The countdown counts new cards and cards planned before the interview", "[core]") {
  const TimePoint now = utc(2025, 3, 1, 10);
  const std::int64_t interview = day_of(utc(2025, 3, 18, 10));
  InterviewPlan plan(interview, utc_calendar());
  std::vector<CardState> cards = {
      CardState{},                                 // new
      mature_card(utc(2025, 2, 27, 10), 5, 5),     // due before
      mature_card(utc(2025, 2, 1, 10), 90, 90),    // planned before though due after
      mature_card(utc(2025, 3, 17, 10), 30, 30),   // reviewed on the eve: done
  };
  CHECK(plan.countdown(cards, now) == Countdown{17, 3});
  CHECK(plan.countdown(cards, utc(2025, 3, 18, 10)).days_to_go == 0);
}

}  // namespace genai_quiz
