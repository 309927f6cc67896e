#include "genai_quiz/core/calendar.hpp"

#include <cstdio>

namespace genai_quiz {

std::int64_t calendar_day(std::chrono::sys_time<std::chrono::milliseconds> local, int day_start_hour) {
  auto shifted = local - std::chrono::hours(day_start_hour);
  return std::chrono::floor<std::chrono::days>(shifted).time_since_epoch().count();
}

std::int64_t FixedOffsetCalendar::day(TimePoint t) const {
  return calendar_day(t + utc_offset_, day_start_hour_);
}

std::optional<std::int64_t> parse_calendar_date(std::string_view text) {
  using namespace std::chrono;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int fields[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (int i = starts[f]; i < starts[f] + lengths[f]; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      fields[f] = fields[f] * 10 + (text[i] - '0');
    }
  }
  year_month_day date{year(fields[0]), month(static_cast<unsigned>(fields[1])), day(static_cast<unsigned>(fields[2]))};
  if (!date.ok()) return std::nullopt;
  return sys_days(date).time_since_epoch().count();
}

std::string format_calendar_date(std::int64_t day_number) {
  using namespace std::chrono;
  year_month_day date{sys_days(days(day_number))};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

}  // namespace genai_quiz
