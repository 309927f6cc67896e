#include <catch2/catch.hpp>

#include "genai_quiz/core/optimizer/fsrs_item.hpp"

using namespace genai_quiz;
using namespace genai_quiz::optimizer;
using namespace std::chrono;

namespace {
TimePoint at(int day, int hour, int minute = 0) {
  return TimePoint(sys_days(2024y / March / 1) + days(day) + hours(hour) + minutes(minute));
}

// A row of a log that records no states, as a CSV file gives it.
ReviewRecord row(const char* card, TimePoint time, int rating) {
  ReviewRecord r;
  r.card_id = card;
  r.time = time;
  r.rating = static_cast<Rating>(rating);
  return r;
}

// An answer as the progress store logs it: the phase it found the card in, and the card studied after it.
ReviewRecord logged(const char* deck, const char* card, int day, Rating rating, Phase before, bool cram = false) {
  ReviewRecord r;
  r.deck_id = deck;
  r.card_id = card;
  r.time = TimePoint(sys_days(2024y / June / 1) + days(day) + hours(9));
  r.rating = rating;
  r.before.phase = before;
  r.after.phase = cram ? before : Phase::kReview;
  r.cram = cram;
  return r;
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
  const std::vector<ReviewRecord> log = {
      row("7", at(0, 10), 1), row("7", at(0, 10, 5), 3),  // learning steps on the first day
      row("9", at(0, 11), 3),                              // another card, seen once
      row("7", at(1, 9), 3),                               // day 1
      row("7", at(1, 23), 1), row("7", at(2, 2), 3),       // lapse, then 02:00 is still day 1
      row("7", at(5, 12), 4),                              // day 5
      row("9", at(3, 12), 0),                              // rating 0 (manual): ignored
  };
  const std::int64_t card_7 = 0;  // cards are numbered in the order they first appear
  std::vector<FsrsItem> items = build_items(log, FixedOffsetCalendar(std::chrono::minutes(0), 4));
  REQUIRE(items.size() == 2);
  CHECK(items[0] == FsrsItem{{{1, 0}, {3, 0}, {3, 1}}, card_7});
  CHECK(items[1] == FsrsItem{{{1, 0}, {3, 0}, {3, 1}, {1, 0}, {3, 0}, {4, 4}}, card_7});
  CHECK(items[1].long_term_review_count() == 2);
  CHECK(items[1].first_long_term_review() == ItemReview{3, 1});
}

TEST_CASE("Items come in the order of the reviews they predict, whatever the log order", "[optimizer]") {
  const std::vector<ReviewRecord> log = {
      row("2", at(3, 12), 3), row("1", at(0, 12), 3), row("2", at(1, 12), 3), row("1", at(2, 12), 1),
      row("1", at(5, 12), 3),
  };
  const std::int64_t card_2 = 0, card_1 = 1;  // numbered in the order they first appear
  std::vector<FsrsItem> items = build_items(log, FixedOffsetCalendar(std::chrono::minutes(0), 4));
  REQUIRE(items.size() == 3);
  CHECK(items[0].card == card_1);
  CHECK(items[0].current() == ItemReview{1, 2});
  CHECK(items[1].card == card_2);
  CHECK(items[1].current() == ItemReview{3, 2});
  CHECK(items[2].card == card_1);
  CHECK(items[2].current() == ItemReview{3, 3});
}

TEST_CASE("A card reset to new starts its history again", "[optimizer]") {
  std::vector<ReviewRecord> log = {row("5", at(0, 12), 3), row("5", at(3, 12), 3), row("5", at(10, 12), 3),
                                   row("5", at(12, 12), 1)};
  for (ReviewRecord& r : log) r.after.phase = Phase::kReview;
  for (std::size_t i : {1, 3}) log[i].before.phase = Phase::kReview;  // log[2] found it new: reset
  std::vector<FsrsItem> items = build_items(log, FixedOffsetCalendar(minutes(0), 4));
  REQUIRE(items.size() == 2);
  CHECK(items[0].reviews == std::vector<ItemReview>{{3, 0}, {3, 3}});
  CHECK(items[1].reviews == std::vector<ItemReview>{{3, 0}, {1, 2}});

  // A log without states (a CSV file) never starts over.
  for (ReviewRecord& r : log) r.before = r.after = CardState{};
  CHECK(build_items(log, FixedOffsetCalendar(minutes(0), 4)).size() == 3);
}

TEST_CASE("The progress log becomes items per deck and card, without cram answers", "[optimizer]") {
  const std::vector<ReviewRecord> log = {
      logged("genai", "attention", 0, Rating::kGood, Phase::kNew),
      logged("other", "attention", 0, Rating::kAgain, Phase::kNew),  // same card id, another deck
      logged("genai", "attention", 2, Rating::kGood, Phase::kReview),
      logged("genai", "attention", 3, Rating::kEasy, Phase::kReview, true),  // cram
      logged("other", "attention", 4, Rating::kGood, Phase::kLearning),
      logged("genai", "attention", 9, Rating::kGood, Phase::kNew),  // reset, then seen again
      logged("genai", "attention", 11, Rating::kHard, Phase::kLearning),
  };
  std::vector<FsrsItem> items = build_items(log, FixedOffsetCalendar(minutes(0), 4));
  REQUIRE(items.size() == 3);
  CHECK(items[0].reviews == std::vector<ItemReview>{{3, 0}, {3, 2}});  // the cram answer of day 3 is left out
  CHECK(items[1].reviews == std::vector<ItemReview>{{1, 0}, {3, 4}});  // the other deck's card
  CHECK(items[1].card != items[0].card);
  CHECK(items[2].reviews == std::vector<ItemReview>{{3, 0}, {2, 2}});  // day 9 started over
  CHECK(items[2].card == items[0].card);
}
