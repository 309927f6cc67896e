#include "genai_quiz/core/calendar.hpp"

namespace genai_quiz {

std::int64_t calendar_day(std::chrono::sys_time<std::chrono::milliseconds> local, int day_start_hour) {
  auto shifted = local - std::chrono::hours(day_start_hour);
  return std::chrono::floor<std::chrono::days>(shifted).time_since_epoch().count();
}

std::int64_t FixedOffsetCalendar::day(TimePoint t) const {
  return calendar_day(t + utc_offset_, day_start_hour_);
}

}  // namespace genai_quiz
