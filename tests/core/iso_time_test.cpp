#include "genai_quiz/core/iso_time.hpp"

#include <catch2/catch.hpp>

namespace genai_quiz {
namespace {

using namespace std::chrono;

sys_time<milliseconds> at(int y, unsigned mo, unsigned d, int h = 0, int mi = 0, int s = 0, int ms = 0) {
  return sys_days(year_month_day{year(y), month(mo), day(d)}) + hours(h) + minutes(mi) + seconds(s) +
         milliseconds(ms);
}

}  // namespace

TEST_CASE("ISO 8601 times are read with or without a time and an offset", "[core]") {
  struct Case {
    const char* text;
    sys_time<milliseconds> wall;
    std::optional<minutes> offset;
  } cases[] = {
      {"2025-03-01", at(2025, 3, 1), std::nullopt},
      {"2025-03-01T09:30", at(2025, 3, 1, 9, 30), std::nullopt},
      {"2025-03-01 09:30:15", at(2025, 3, 1, 9, 30, 15), std::nullopt},
      {"2025-03-01T09:30:15Z", at(2025, 3, 1, 9, 30, 15), minutes(0)},
      {"2025-03-01T09:30:15.25Z", at(2025, 3, 1, 9, 30, 15, 250), minutes(0)},
      {"2025-03-01T09:30:15.123456Z", at(2025, 3, 1, 9, 30, 15, 123), minutes(0)},
      {"2025-03-01T09:30:15+01:00", at(2025, 3, 1, 9, 30, 15), minutes(60)},
      {"2025-03-01T09:30-0530", at(2025, 3, 1, 9, 30), minutes(-330)},
      {"2025-03-01T09:30+02", at(2025, 3, 1, 9, 30), minutes(120)},
      {"2024-02-29T23:59:59z", at(2024, 2, 29, 23, 59, 59), minutes(0)},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::optional<IsoTime> t = parse_iso_time(c.text);
    REQUIRE(t);
    CHECK(t->wall == c.wall);
    CHECK(t->utc_offset == c.offset);
  }
}

TEST_CASE("Text that is not an ISO 8601 time is refused", "[core]") {
  const char* cases[] = {"",           "tomorrow",          "2025-3-1",           "2025-02-30",
                         "2025-13-01", "2025-03-01T25:00",  "2025-03-01T09",      "2025-03-01T09:60",
                         "2025-03-01T09:30:15.", "2025-03-01T09:30Zjunk", "2025-03-01T09:30+1",
                         "2025-03-01x", "1741000000"};
  for (const char* text : cases) {
    INFO(text);
    CHECK(!parse_iso_time(text));
  }
}

TEST_CASE("Instants are written in ISO 8601 with their offset", "[core]") {
  struct Case {
    TimePoint t;
    minutes offset;
    const char* text;
  } cases[] = {
      {at(2025, 3, 1, 9, 30, 15, 999), minutes(0), "2025-03-01T09:30:15Z"},
      {at(2025, 3, 1, 23, 30), minutes(60), "2025-03-02T00:30:00+01:00"},
      {at(2025, 3, 1, 2, 0), minutes(-330), "2025-02-28T20:30:00-05:30"},
  };
  for (const Case& c : cases) {
    CHECK(format_iso_time(c.t, c.offset) == c.text);
    std::optional<IsoTime> back = parse_iso_time(c.text);
    REQUIRE(back);
    CHECK(back->wall - *back->utc_offset == floor<seconds>(c.t));
  }
}

}  // namespace genai_quiz
