#include "genai_quiz/core/study_text.hpp"

#include <catch2/catch.hpp>

#include "genai_quiz/core/day_bounds.hpp"
#include "genai_quiz/core/study_keys.hpp"

namespace genai_quiz {
namespace {

using namespace std::chrono;

const TimePoint kNow = TimePoint(sys_days(2025y / 3 / 1) + 9h);

}  // namespace

TEST_CASE("Intervals are labelled the way Anki labels them", "[core]") {
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

TEST_CASE("A review card is labelled with its day interval, a learning card with its delay", "[core]") {
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

TEST_CASE("Due times are told relative to now and in local time", "[core]") {
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

TEST_CASE("Keys map to session commands", "[core]") {
  struct Case {
    char32_t key;
    Screen screen;
    Command command;
  } cases[] = {
      {U' ', Screen::kQuestion, {Action::kReveal}},
      {U'\r', Screen::kQuestion, {Action::kReveal}},
      {U'\n', Screen::kAnswer, {Action::kReveal}},
      {U' ', Screen::kWaiting, {Action::kShowEarly}},
      {U'1', Screen::kAnswer, {Action::kRate, Rating::kAgain}},
      {U'2', Screen::kAnswer, {Action::kRate, Rating::kHard}},
      {U'3', Screen::kAnswer, {Action::kRate, Rating::kGood}},
      {U'4', Screen::kAnswer, {Action::kRate, Rating::kEasy}},
      {U'u', Screen::kQuestion, {Action::kUndo}},
      {U's', Screen::kAnswer, {Action::kSkip}},
      {U'q', Screen::kQuestion, {Action::kQuit}},
      {U'Q', Screen::kWaiting, {Action::kQuit}},
      {U'?', Screen::kAnswer, {Action::kHelp}},
      {U'5', Screen::kAnswer, {}},
      {U'é', Screen::kAnswer, {}},
  };
  for (const Case& c : cases) {
    INFO(static_cast<unsigned>(c.key));
    CHECK(command_for_key(c.key, c.screen) == c.command);
  }
}

TEST_CASE("Input lines map to session commands", "[core]") {
  struct Case {
    const char* line;
    Screen screen;
    Command command;
  } cases[] = {
      {"", Screen::kQuestion, {Action::kReveal}},
      {"  \r", Screen::kQuestion, {Action::kReveal}},
      {"", Screen::kWaiting, {Action::kShowEarly}},
      {"1", Screen::kAnswer, {Action::kRate, Rating::kAgain}},
      {" again ", Screen::kAnswer, {Action::kRate, Rating::kAgain}},
      {"Hard", Screen::kAnswer, {Action::kRate, Rating::kHard}},
      {"3", Screen::kAnswer, {Action::kRate, Rating::kGood}},
      {"GOOD", Screen::kAnswer, {Action::kRate, Rating::kGood}},
      {"4", Screen::kAnswer, {Action::kRate, Rating::kEasy}},
      {"easy", Screen::kAnswer, {Action::kRate, Rating::kEasy}},
      {"u", Screen::kQuestion, {Action::kUndo}},
      {"undo", Screen::kQuestion, {Action::kUndo}},
      {"skip", Screen::kQuestion, {Action::kSkip}},
      {"q", Screen::kAnswer, {Action::kQuit}},
      {"help", Screen::kAnswer, {Action::kHelp}},
      {"?", Screen::kAnswer, {Action::kHelp}},
      {"34", Screen::kAnswer, {}},
      {"goo", Screen::kAnswer, {}},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK(command_for_line(c.line, c.screen) == c.command);
  }
}

TEST_CASE("Days begin at the calendar's day-start hour", "[core]") {
  FixedOffsetCalendar utc_4am(minutes(0), 4);
  FixedOffsetCalendar paris_4am(minutes(60), 4);
  struct Case {
    const Calendar& calendar;
    TimePoint t;
    TimePoint start;
    TimePoint next;
  } cases[] = {
      {utc_4am, kNow, TimePoint(sys_days(2025y / 3 / 1) + 4h), TimePoint(sys_days(2025y / 3 / 2) + 4h)},
      {utc_4am, TimePoint(sys_days(2025y / 3 / 1) + 3h), TimePoint(sys_days(2025y / 2 / 28) + 4h),
       TimePoint(sys_days(2025y / 3 / 1) + 4h)},
      {utc_4am, TimePoint(sys_days(2025y / 3 / 1) + 4h), TimePoint(sys_days(2025y / 3 / 1) + 4h),
       TimePoint(sys_days(2025y / 3 / 2) + 4h)},
      {paris_4am, kNow, TimePoint(sys_days(2025y / 3 / 1) + 3h), TimePoint(sys_days(2025y / 3 / 2) + 3h)},
  };
  for (const Case& c : cases) {
    CHECK(start_of_day(c.calendar, c.t) == c.start);
    CHECK(start_of_next_day(c.calendar, c.t) == c.next);
  }
}

}  // namespace genai_quiz
