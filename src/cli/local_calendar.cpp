#include "cli/local_calendar.hpp"

#include <time.h>

namespace genai_quiz {

std::int64_t LocalCalendar::day(TimePoint t) const {
  using namespace std::chrono;
  time_t seconds = static_cast<time_t>(floor<std::chrono::seconds>(t).time_since_epoch().count());
  struct tm local {};
  long offset = 0;
  if (localtime_r(&seconds, &local) != nullptr) offset = local.tm_gmtoff;
  return calendar_day(t + std::chrono::seconds(offset), day_start_hour_);
}

}  // namespace genai_quiz
