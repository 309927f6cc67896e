#include "genai_quiz/app/exchange_times.hpp"

#include <cstdio>

#include "genai_quiz/app/clock.hpp"
#include "genai_quiz/core/iso_time.hpp"

namespace genai_quiz {

std::string local_iso_time(TimePoint t) {
  std::string out = format_iso_time(t, local_utc_offset(t));
  auto ms = (t - std::chrono::floor<std::chrono::seconds>(t)).count();
  if (ms != 0) {
    char fraction[8];
    std::snprintf(fraction, sizeof fraction, ".%03d", static_cast<int>(ms));
    out.insert(19, fraction);  // after "YYYY-MM-DDTHH:MM:SS"
  }
  return out;
}

std::optional<TimePoint> parse_offset_time(std::string_view text) {
  std::optional<IsoTime> t = parse_iso_time(text);
  if (!t || !t->utc_offset) return std::nullopt;
  return t->wall - *t->utc_offset;
}

}  // namespace genai_quiz
