#include "genai_quiz/core/iso_time.hpp"

#include <cstdio>
#include <cstdlib>

#include "genai_quiz/core/calendar.hpp"

namespace genai_quiz {
namespace {

using namespace std::chrono;

// Reads exactly `n` digits at `pos`, advancing it.
std::optional<int> digits(std::string_view s, std::size_t& pos, int n) {
  if (pos + static_cast<std::size_t>(n) > s.size()) return std::nullopt;
  int value = 0;
  for (int i = 0; i < n; ++i) {
    char c = s[pos + static_cast<std::size_t>(i)];
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  pos += static_cast<std::size_t>(n);
  return value;
}

bool eat(std::string_view s, std::size_t& pos, char c) {
  if (pos < s.size() && s[pos] == c) {
    ++pos;
    return true;
  }
  return false;
}

std::optional<minutes> parse_offset(std::string_view s, std::size_t& pos) {
  if (eat(s, pos, 'Z') || eat(s, pos, 'z')) return minutes(0);
  if (pos >= s.size() || (s[pos] != '+' && s[pos] != '-')) return std::nullopt;
  int sign = s[pos++] == '-' ? -1 : 1;
  auto h = digits(s, pos, 2);
  if (!h || *h > 23) return std::nullopt;
  int m = 0;
  if (pos < s.size()) {
    eat(s, pos, ':');
    auto mm = digits(s, pos, 2);
    if (!mm || *mm > 59) return std::nullopt;
    m = *mm;
  }
  return minutes(sign * (*h * 60 + m));
}

}  // namespace

std::optional<IsoTime> parse_iso_time(std::string_view s) {
  std::size_t pos = 0;
  auto y = digits(s, pos, 4);
  if (!y || !eat(s, pos, '-')) return std::nullopt;
  auto mo = digits(s, pos, 2);
  if (!mo || !eat(s, pos, '-')) return std::nullopt;
  auto d = digits(s, pos, 2);
  if (!d) return std::nullopt;
  year_month_day date{year(*y), month(static_cast<unsigned>(*mo)), day(static_cast<unsigned>(*d))};
  if (!date.ok()) return std::nullopt;

  milliseconds time_of_day{0};
  if (pos < s.size() && (s[pos] == 'T' || s[pos] == 't' || s[pos] == ' ')) {
    ++pos;
    auto h = digits(s, pos, 2);
    if (!h || *h > 23 || !eat(s, pos, ':')) return std::nullopt;
    auto mi = digits(s, pos, 2);
    if (!mi || *mi > 59) return std::nullopt;
    int sec = 0, ms = 0;
    if (eat(s, pos, ':')) {
      auto ss = digits(s, pos, 2);
      if (!ss || *ss > 59) return std::nullopt;
      sec = *ss;
      if (eat(s, pos, '.') || eat(s, pos, ',')) {
        int scale = 100, count = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
          ms += (s[pos++] - '0') * scale;
          scale /= 10;
          ++count;
        }
        if (count == 0) return std::nullopt;
      }
    }
    time_of_day = hours(*h) + minutes(*mi) + seconds(sec) + milliseconds(ms);
  }

  IsoTime out;
  out.wall = sys_days(date) + time_of_day;
  if (pos < s.size()) {
    out.utc_offset = parse_offset(s, pos);
    if (!out.utc_offset || pos != s.size()) return std::nullopt;
  }
  return out;
}

std::string format_iso_time(TimePoint t, minutes utc_offset) {
  auto local = floor<seconds>(t + utc_offset);
  auto day_point = floor<days>(local);
  hh_mm_ss<seconds> tod{local - day_point};
  char buf[64];
  int n = std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", static_cast<int>(tod.hours().count()),
                        static_cast<int>(tod.minutes().count()), static_cast<int>(tod.seconds().count()));
  std::string out = format_calendar_date(day_point.time_since_epoch().count()) + std::string(buf, static_cast<std::size_t>(n));
  if (utc_offset.count() == 0) return out + "Z";
  long total = std::labs(static_cast<long>(utc_offset.count()));
  std::snprintf(buf, sizeof buf, "%c%02ld:%02ld", utc_offset.count() < 0 ? '-' : '+', total / 60,
                total % 60);
  return out + buf;
}

}  // namespace genai_quiz
