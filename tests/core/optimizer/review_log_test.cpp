#include <catch2/catch.hpp>

#include "genai_quiz/core/optimizer/review_log.hpp"

using namespace genai_quiz;
using namespace genai_quiz::optimizer;
using namespace std::chrono;

namespace {
ReviewRecord review(const char* deck, const char* card, int day, Rating rating, Phase before, bool cram = false) {
  ReviewRecord r;
  r.deck_id = deck;
  r.card_id = card;
  r.time = TimePoint(sys_days(2024y / June / 1) + days(day) + hours(9));
  r.rating = rating;
  r.before.phase = before;
  r.cram = cram;
  return r;
}
}  // namespace

TEST_CASE("The progress log becomes review events per deck and card, without cram answers", "[optimizer]") {
  const std::vector<ReviewRecord> log = {
      review("genai", "attention", 0, Rating::kGood, Phase::kNew),
      review("other", "attention", 0, Rating::kAgain, Phase::kNew),  // same card id, another deck
      review("genai", "attention", 2, Rating::kGood, Phase::kReview),
      review("genai", "attention", 3, Rating::kEasy, Phase::kReview, true),  // cram
      review("genai", "attention", 9, Rating::kGood, Phase::kNew),           // reset, then seen again
  };
  std::vector<ReviewEvent> events = review_events(log);
  REQUIRE(events.size() == 4);
  CHECK(events[0].card == events[2].card);
  CHECK(events[1].card != events[0].card);
  CHECK(events[1].rating == 1);
  CHECK_FALSE(events[0].restart);
  CHECK_FALSE(events[2].restart);
  CHECK(events[3].restart);
  CHECK(events[3].time == log[4].time);
}
