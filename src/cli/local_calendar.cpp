#include "cli/local_calendar.hpp"

#include "cli/clock.hpp"

namespace genai_quiz {

std::int64_t LocalCalendar::day(TimePoint t) const {
  return calendar_day(t + local_utc_offset(t), day_start_hour_);
}

}  // namespace genai_quiz
