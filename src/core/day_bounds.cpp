#include "genai_quiz/core/day_bounds.hpp"

namespace genai_quiz {
namespace {

using std::chrono::hours;
using std::chrono::milliseconds;

// The first instant in (lo, hi] whose day is after `day`, given that day(hi) > day. Works for any
// calendar whose day numbers never go backward, whatever its time zone rules.
TimePoint first_after(const Calendar& calendar, std::int64_t day, TimePoint lo, TimePoint hi) {
  while (hi - lo > milliseconds(1)) {
    TimePoint mid = lo + (hi - lo) / 2;
    if (calendar.day(mid) > day) {
      hi = mid;
    } else {
      lo = mid;
    }
  }
  return hi;
}

}  // namespace

TimePoint start_of_next_day(const Calendar& calendar, TimePoint t) {
  std::int64_t today = calendar.day(t);
  return first_after(calendar, today, t, t + hours(50));  // no calendar day lasts 50 hours
}

TimePoint start_of_day(const Calendar& calendar, TimePoint t) {
  return first_after(calendar, calendar.day(t) - 1, t - hours(50), t);
}

}  // namespace genai_quiz
