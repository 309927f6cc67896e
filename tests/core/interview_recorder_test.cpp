#include <catch2/catch.hpp>

#include "genai_quiz/core/fingerprint.hpp"
#include "genai_quiz/core/interview_recorder.hpp"
#include "genai_quiz/ui/study_text.hpp"
#include "support/memory_store.hpp"
#include "support/time_points.hpp"

namespace genai_quiz {
namespace {

using test::utc;

// A round over two cards, answered and graded.
InterviewRound graded_round(const KeyPointMatcher& matcher, Rating first, Rating second) {
  std::vector<InterviewQuestion> questions = {
      {"d", "a", "S", "Qa?", "A.", {{{"chain rule"}, {}}, {{"loss"}, {}}}},
      {"d", "b", "S", "Qb?", "B.", {{{"softmax"}, {}}}},
  };
  InterviewRound round(questions, std::chrono::minutes(3), matcher);
  round.start_question(0);
  round.answer("the chain rule", 42'000);
  round.start_question(50'000);
  round.answer("", 60'000);  // aloud
  round.grade(first);
  round.grade(second);
  return round;
}

}  // namespace

TEST_CASE("Each interview grade enters the review log like a study answer, with its coverage", "[core]") {
  KeyPointMatcher matcher;
  InterviewRound round = graded_round(matcher, Rating::kGood, Rating::kAgain);
  SchedulerSettings settings;
  settings.enable_fuzz = false;
  Scheduler scheduler(settings);
  testing::MemoryStore store;
  ReviewLogRecorder recorder(scheduler, store, nullptr, saved_text);
  const TimePoint now = utc(2025, 3, 1, 9);

  CHECK(recorder.record(round, 0, now) == "Saved: Good, next in 10m");
  CHECK(recorder.record(round, 1, now) == "Saved: Again, next in 1m");
  REQUIRE(store.reviews().size() == 2);
  const ReviewRecord& r = store.reviews()[0];
  CHECK(r.deck_id == "d");
  CHECK(r.card_id == "a");
  CHECK(r.time == now);
  CHECK(r.rating == Rating::kGood);
  CHECK(r.duration_ms == 42'000);
  CHECK(r.coverage == 0.5);
  CHECK(r.fingerprint == card_fingerprint("Qa?", "A."));
  CHECK(r.before == CardState{});
  CHECK(r.after == scheduler.review(CardState{}, Rating::kGood, now));
  CHECK_FALSE(store.reviews()[1].coverage.has_value());  // answered aloud
  CHECK(store.load_card("d", "a")->state == r.after);
}

TEST_CASE("An interview grade builds on the card's saved progress and the interview date", "[core]") {
  KeyPointMatcher matcher;
  InterviewRound round = graded_round(matcher, Rating::kEasy, Rating::kGood);
  SchedulerSettings settings;
  settings.enable_fuzz = false;
  auto calendar = std::make_shared<FixedOffsetCalendar>(std::chrono::minutes(0), 4);
  Scheduler scheduler(settings, calendar);
  testing::MemoryStore store;
  // Card "a" is a mature card, its next interval long past an interview 10 days away.
  CardState mature;
  mature.phase = Phase::kReview;
  mature.stability = 80;
  mature.difficulty = 4;
  mature.last_review = utc(2025, 1, 1, 9);
  mature.scheduled_days = 59;
  mature.due = utc(2025, 3, 1, 9);
  mature.reps = 6;
  ReviewRecord earlier;
  earlier.deck_id = std::string("d");  // std::string: GCC 12 warns wrongly (-Wrestrict) on a literal
  earlier.card_id = std::string("a");
  earlier.time = *mature.last_review;
  earlier.after = mature;
  const std::int64_t earlier_id = store.record(earlier, 0).value();

  const TimePoint now = utc(2025, 3, 1, 9);
  const std::int64_t interview = calendar->day(utc(2025, 3, 11, 9));
  InterviewPlan plan(interview, calendar);
  ReviewLogRecorder recorder(scheduler, store, &plan, saved_text);
  recorder.record(round, 0, now);
  const ReviewRecord& r = store.reviews().back();
  CHECK(r.before == mature);
  CHECK(r.elapsed_days == 59);
  CHECK(calendar->day(scheduler.review(mature, Rating::kEasy, now).due) >= interview);
  CHECK(calendar->day(r.after.due) < interview);
  CHECK(store.load_card("d", "a")->last_review_id > earlier_id);
}

}  // namespace genai_quiz
