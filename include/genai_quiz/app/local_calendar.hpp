#pragma once
// Calendar days in the system's local time zone (it reads TZ).

#include "genai_quiz/core/calendar.hpp"

namespace genai_quiz {

/// Day numbers in the process's local time zone (localtime_r), daylight saving included.
class LocalCalendar : public Calendar {
 public:
  /// A day starts at `day_start_hour` (0 to 23) local time.
  explicit LocalCalendar(int day_start_hour) : day_start_hour_(day_start_hour) {}
  std::int64_t day(TimePoint t) const override;

 private:
  int day_start_hour_;
};

}  // namespace genai_quiz
