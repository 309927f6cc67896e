#include "genai_quiz/app/clock.hpp"

#include <time.h>

#include <cstdlib>

#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/iso_time.hpp"

namespace genai_quiz {

using namespace std::chrono;

TimePoint parse_now(const std::string& text, const std::string& source) {
  std::optional<IsoTime> t = parse_iso_time(text);
  if (!t) {
    throw UsageError(source + ": '" + text +
                     "' is not an ISO 8601 time such as 2025-03-01T09:30:00Z or 2025-03-01T09:30");
  }
  // A bare date means that day: noon, well after the hour the day starts (04:00 by default),
  // rather than the midnight that still belongs to the day before.
  if (text.find_first_of("T ") == std::string::npos && !t->utc_offset) t->wall += hours(12);
  if (t->utc_offset) return t->wall - *t->utc_offset;
  // Local wall-clock time: let the C library apply the time zone and daylight saving.
  auto day_point = floor<days>(t->wall);
  year_month_day date{day_point};
  hh_mm_ss<milliseconds> tod{t->wall - day_point};
  std::tm tm{};
  tm.tm_year = static_cast<int>(date.year()) - 1900;
  tm.tm_mon = static_cast<int>(static_cast<unsigned>(date.month())) - 1;
  tm.tm_mday = static_cast<int>(static_cast<unsigned>(date.day()));
  tm.tm_hour = static_cast<int>(tod.hours().count());
  tm.tm_min = static_cast<int>(tod.minutes().count());
  tm.tm_sec = static_cast<int>(tod.seconds().count());
  tm.tm_isdst = -1;
  time_t seconds_since_epoch = mktime(&tm);
  return TimePoint(seconds(seconds_since_epoch)) + tod.subseconds();
}

TimePoint resolve_now(const GlobalOptions& global) {
  if (!global.now.empty()) return parse_now(global.now, "--now");
  if (const char* env = std::getenv("GENAI_QUIZ_NOW"); env && *env) {
    return parse_now(env, "GENAI_QUIZ_NOW");
  }
  return floor<milliseconds>(system_clock::now());
}

namespace {

bool time_is_pinned(const GlobalOptions& global) {
  const char* env = std::getenv("GENAI_QUIZ_NOW");
  return !global.now.empty() || (env && *env);
}

}  // namespace

std::function<TimePoint()> make_clock(const GlobalOptions& global) {
  if (time_is_pinned(global)) {
    TimePoint now = resolve_now(global);
    return [now] { return now; };
  }
  return [] { return floor<milliseconds>(system_clock::now()); };
}

std::function<std::int64_t()> make_answer_timer(const GlobalOptions& global) {
  if (time_is_pinned(global)) return [] { return std::int64_t{0}; };
  return steady_ms;
}

std::uint64_t default_seed(const GlobalOptions& global, TimePoint now) {
  if (time_is_pinned(global)) return static_cast<std::uint64_t>(now.time_since_epoch().count());
  return static_cast<std::uint64_t>(steady_ms());
}

minutes local_utc_offset(TimePoint t) {
  time_t secs = static_cast<time_t>(floor<seconds>(t).time_since_epoch().count());
  std::tm tm{};
  localtime_r(&secs, &tm);
  return duration_cast<minutes>(seconds(tm.tm_gmtoff));
}

std::int64_t steady_ms() {
  return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace genai_quiz
