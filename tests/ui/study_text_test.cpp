#include "genai_quiz/ui/study_text.hpp"

#include <catch2/catch.hpp>


namespace genai_quiz {
namespace {

using namespace std::chrono;

const TimePoint kNow = TimePoint(sys_days(2025y / 3 / 1) + 9h);

}  // namespace

TEST_CASE("Intervals are labelled the way Anki labels them", "[ui]") {
  struct Case {
    milliseconds span;
    const char* label;
  } cases[] = {
      {seconds(20), "<1m"},      {minutes(1), "1m"},       {seconds(90), "2m"},
      {minutes(10), "10m"},      {minutes(59), "59m"},     {minutes(60), "1h"},
      {minutes(90), "1.5h"},     {hours(12), "12h"},       {hours(23) + minutes(59), "1d"},
      {days(1), "1d"},           {days(8), "8d"},          {days(29), "29d"},
      {days(30), "1mo"},         {days(45), "1.5mo"},      {days(364), "12mo"},
      {days(365), "1y"},         {days(800), "2.2y"},      {days(36500), "99.9y"},
  };
  for (const Case& c : cases) {
    INFO(c.span.count());
    CHECK(format_interval(c.span) == c.label);
  }
}

TEST_CASE("A review card is labelled with its day interval, a learning card with its delay", "[ui]") {
  CardState review;
  review.phase = Phase::kReview;
  review.scheduled_days = 8;
  review.due = kNow + days(8) - hours(5);  // due by day, not by the hour
  CHECK(interval_label(review, kNow) == "8d");
  CardState learning;
  learning.phase = Phase::kLearning;
  learning.due = kNow + minutes(10);
  CHECK(interval_label(learning, kNow) == "10m");
}

TEST_CASE("Due times are told relative to now and in local time", "[ui]") {
  struct Case {
    TimePoint when;
    minutes offset;
    const char* text;
  } cases[] = {
      {kNow - minutes(1), minutes(0), "now"},
      {kNow + minutes(10), minutes(0), "in 10m (09:10)"},
      {kNow + minutes(10), minutes(60), "in 10m (10:10)"},
      {kNow + hours(15), minutes(0), "in 15h (2025-03-02 00:00)"},
      {kNow + hours(15), minutes(-60), "in 15h (23:00)"},
      {kNow + days(3), minutes(0), "in 3d (2025-03-04 09:00)"},
  };
  for (const Case& c : cases) CHECK(format_when(c.when, kNow, c.offset) == c.text);
}

TEST_CASE("The countdown says how many days are left and how many cards need a review", "[ui]") {
  struct Case {
    Countdown countdown;
    const char* text;
  } cases[] = {
      {{17, 12}, "17 days to go · 12 cards need a review before then"},
      {{1, 1}, "1 day to go · 1 card needs a review before then"},
      {{3, 0}, "3 days to go · no card needs a review before then"},
      {{0, 5}, "The interview is today"},
      {{-2, 5}, ""},
  };
  for (const Case& c : cases) CHECK(format_countdown(c.countdown) == c.text);
}

}  // namespace genai_quiz
