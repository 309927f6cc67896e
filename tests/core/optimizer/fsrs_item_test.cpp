#include <catch2/catch.hpp>

#include "genai_quiz/core/optimizer/fsrs_item.hpp"

using namespace genai_quiz;
using namespace genai_quiz::optimizer;
using namespace std::chrono;

namespace {
TimePoint at(int day, int hour, int minute = 0) {
  return TimePoint(sys_days(2024y / March / 1) + days(day) + hours(hour) + minutes(minute));
}
}  // namespace

TEST_CASE("Review days roll over at the day-start hour in the log's offset", "[optimizer]") {
  struct Case {
    TimePoint t;
    int offset_minutes;
    int day_start;
    std::int64_t expected_day_from_march_1;
  } cases[] = {
      {at(0, 3, 59), 0, 4, -1}, {at(0, 4, 0), 0, 4, 0},  {at(0, 23, 59), 0, 4, 0},
      {at(1, 3, 0), 0, 4, 0},   {at(0, 0, 0), 0, 0, 0},  {at(0, 22, 0), 120, 4, 0},
      {at(1, 2, 0), 120, 4, 1}, {at(0, 9, 0), -300, 4, 0}, {at(0, 8, 59), -300, 4, -1},
  };
  const std::int64_t march_1 = sys_days(2024y / March / 1).time_since_epoch().count();
  for (const Case& c : cases) {
    FixedOffsetCalendar days(minutes(c.offset_minutes), c.day_start);
    INFO("offset " << c.offset_minutes << " day start " << c.day_start);
    CHECK(days.day(c.t) - march_1 == c.expected_day_from_march_1);
  }
}

TEST_CASE("Every review on a later day than the card's previous one becomes an item", "[optimizer]") {
  const std::vector<ReviewEvent> log = {
      {7, at(0, 10), 1}, {7, at(0, 10, 5), 3},  // learning steps on the first day
      {9, at(0, 11), 3},                         // another card, seen once
      {7, at(1, 9), 3},                          // day 1
      {7, at(1, 23), 1}, {7, at(2, 2), 3},       // lapse, then 02:00 is still day 1
      {7, at(5, 12), 4},                         // day 5
      {9, at(3, 12), 0},                         // rating 0 (manual): ignored
  };
  std::vector<FsrsItem> items = build_items(log, FixedOffsetCalendar(std::chrono::minutes(0), 4));
  REQUIRE(items.size() == 2);
  CHECK(items[0] == FsrsItem{{{1, 0}, {3, 0}, {3, 1}}, 7});
  CHECK(items[1] == FsrsItem{{{1, 0}, {3, 0}, {3, 1}, {1, 0}, {3, 0}, {4, 4}}, 7});
  CHECK(items[1].long_term_review_count() == 2);
  CHECK(items[1].first_long_term_review() == ItemReview{3, 1});
}

TEST_CASE("Items come in the order of the reviews they predict, whatever the log order", "[optimizer]") {
  const std::vector<ReviewEvent> log = {
      {2, at(3, 12), 3}, {1, at(0, 12), 3}, {2, at(1, 12), 3}, {1, at(2, 12), 1}, {1, at(5, 12), 3},
  };
  std::vector<FsrsItem> items = build_items(log, FixedOffsetCalendar(std::chrono::minutes(0), 4));
  REQUIRE(items.size() == 3);
  CHECK(items[0].card == 1);
  CHECK(items[0].current() == ItemReview{1, 2});
  CHECK(items[1].card == 2);
  CHECK(items[1].current() == ItemReview{3, 2});
  CHECK(items[2].card == 1);
  CHECK(items[2].current() == ItemReview{3, 3});
}

TEST_CASE("A card reset to new starts its history again", "[optimizer]") {
  ReviewEvent reset{5, at(10, 12), 3};
  reset.restart = true;
  const std::vector<ReviewEvent> log = {{5, at(0, 12), 3}, {5, at(3, 12), 3}, reset, {5, at(12, 12), 1}};
  std::vector<FsrsItem> items = build_items(log, FixedOffsetCalendar(minutes(0), 4));
  REQUIRE(items.size() == 2);
  CHECK(items[0].reviews == std::vector<ItemReview>{{3, 0}, {3, 3}});
  CHECK(items[1].reviews == std::vector<ItemReview>{{3, 0}, {1, 2}});
}
