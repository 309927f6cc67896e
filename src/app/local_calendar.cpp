#include "genai_quiz/app/local_calendar.hpp"

#include "genai_quiz/app/clock.hpp"

namespace genai_quiz {

std::int64_t LocalCalendar::day(TimePoint t) const {
  return calendar_day(t + local_utc_offset(t), day_start_hour_);
}

}  // namespace genai_quiz
