#pragma once
// Calendar days in the user's local time, with a configurable hour at which a new day starts
// (Anki's "next day starts at"). Elapsed days between reviews are differences of these numbers.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "genai_quiz/core/card_state.hpp"

namespace genai_quiz {

/// The day number (days since 1970-01-01) of the local wall-clock time `local` once
/// `day_start_hour` hours are subtracted: with 4, 03:59 still belongs to the previous day.
std::int64_t calendar_day(std::chrono::sys_time<std::chrono::milliseconds> local, int day_start_hour);

/// A calendar date written YYYY-MM-DD as a day number (days since 1970-01-01), or nothing when
/// the text is not such a date or the date does not exist (2025-02-30).
std::optional<std::int64_t> parse_calendar_date(std::string_view text);

/// "2025-03-05": day number `day` (days since 1970-01-01) written YYYY-MM-DD, as ISO 8601 dates
/// are everywhere (stats, plan, config.yaml, the time stamps of format_iso_time).
std::string format_calendar_date(std::int64_t day);

/// Maps an instant to the calendar day it falls on for the user.
class Calendar {
 public:
  virtual ~Calendar() = default;
  /// The user's day number of `t` (local time, shifted by the day-start hour).
  virtual std::int64_t day(TimePoint t) const = 0;
};

/// A calendar for a time zone with a fixed UTC offset (no daylight saving): tests and UTC.
class FixedOffsetCalendar : public Calendar {
 public:
  /// Local time is UTC + `utc_offset`; a day starts at `day_start_hour` (0 to 23) local time.
  FixedOffsetCalendar(std::chrono::minutes utc_offset, int day_start_hour)
      : utc_offset_(utc_offset), day_start_hour_(day_start_hour) {}
  std::int64_t day(TimePoint t) const override;

 private:
  std::chrono::minutes utc_offset_;
  int day_start_hour_;
};

}  // namespace genai_quiz
