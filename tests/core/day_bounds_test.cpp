#include "genai_quiz/core/day_bounds.hpp"

#include <catch2/catch.hpp>

namespace genai_quiz {
namespace {

using namespace std::chrono;

const TimePoint kNow = TimePoint(sys_days(2025y / 3 / 1) + 9h);

}  // namespace

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
