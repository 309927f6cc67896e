#include <catch2/catch.hpp>

#include "genai_quiz/core/card_record.hpp"
#include "support/sample_deck.hpp"
#include "support/time_points.hpp"

using namespace genai_quiz;
namespace testing = genai_quiz::testing;

TEST_CASE("Phase names read back as the same phase", "[core]") {
  struct Case {
    Phase phase;
    const char* name;
  } cases[] = {{Phase::kNew, "new"},
               {Phase::kLearning, "learning"},
               {Phase::kReview, "review"},
               {Phase::kRelearning, "relearning"}};
  for (const Case& c : cases) {
    CHECK(phase_name(c.phase) == c.name);
    CHECK(phase_from_name(c.name) == c.phase);
  }
  CHECK_FALSE(phase_from_name("Review"));
  CHECK_FALSE(phase_from_name(""));
}

TEST_CASE("Card records carry each card's place, state, retrievability now and edited mark", "[core]") {
  using genai_quiz::test::utc;
  std::vector<Deck> decks = {testing::sample_deck()};
  std::vector<StudyItem> items = select_cards(decks, {}, {});
  REQUIRE(items.size() == 5);
  Scheduler scheduler{SchedulerSettings{}};
  CardState studied = scheduler.review(CardState{}, Rating::kEasy, utc(2025, 3, 1, 9));
  items[1].progress.state = studied;
  items[1].progress.last_review_id = 7;
  items[1].progress.fingerprint = items[1].fingerprint;
  items[3].progress = items[1].progress;
  items[3].progress.fingerprint = "an older text";

  const TimePoint now = utc(2025, 3, 4, 12);
  std::vector<CardRecord> records = card_records(items, scheduler, now);
  REQUIRE(records.size() == items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    INFO(i);
    CHECK(records[i].deck == "ml");
    CHECK(records[i].section == items[i].section->id);
    CHECK(records[i].section_title == items[i].section->title);
    CHECK(records[i].id == items[i].card->id);
    CHECK(records[i].question == items[i].card->question);
    CHECK(records[i].state == items[i].progress.state);
  }
  CHECK(records[0].retrievability == 0);
  CHECK(records[1].retrievability == Approx(scheduler.retrievability(studied, now)));
  CHECK(records[1].retrievability < 1);
  CHECK_FALSE(records[1].edited);
  CHECK(records[3].edited);
}
