#include <catch2/catch.hpp>

#include <deque>
#include <memory>

#include "genai_quiz/core/session.hpp"
#include "genai_quiz/core/study_loop.hpp"
#include "support/memory_store.hpp"
#include "support/time_points.hpp"

// study --type (typed answers checked against key points) and study --by (an interview date) in
// the session engine.

namespace genai_quiz {
namespace {

using test::utc;
using testing::MemoryStore;

Deck typed_deck() {
  Card with_points;
  with_points.id = "backprop";
  with_points.question = "Describe backpropagation.";
  with_points.answer = "The chain rule, then gradient descent.";
  with_points.key_points = {{{"chain rule"}, {}}, {{"gradient descent", "weight update"}, {}}, {{"loss"}, {}}};
  Card without = with_points;
  without.id = std::string("plain");  // std::string: GCC 12 warns wrongly (-Wrestrict) on literals here
  without.key_points.clear();
  Section section;
  section.id = std::string("s");
  section.title = std::string("S");
  section.cards = {with_points, without};
  Deck deck;
  deck.id = std::string("d");
  deck.sections = {section};
  return deck;
}

struct Rig {
  Rig() : scheduler(no_fuzz(), calendar) {}
  static SchedulerSettings no_fuzz() {
    SchedulerSettings s;
    s.enable_fuzz = false;
    return s;
  }
  std::vector<StudyItem> items() {
    std::vector<StudyItem> out = select_cards(decks, {}, {});
    attach_progress(out, store);
    return out;
  }
  std::vector<Deck> decks{typed_deck()};
  std::shared_ptr<Calendar> calendar = std::make_shared<FixedOffsetCalendar>(std::chrono::minutes(0), 4);
  Scheduler scheduler;
  MemoryStore store;
  KeyPointMatcher matcher;
};

const TimePoint kNow = utc(2025, 3, 1, 9);

}  // namespace

TEST_CASE("A typed answer is checked when the answer is shown, and its coverage saved with the rating", "[core]") {
  Rig rig;
  SessionOptions options;
  options.typed = &rig.matcher;
  Session session(rig.items(), rig.scheduler, *rig.calendar, rig.store, options, kNow, 0);
  REQUIRE(session.typing());
  REQUIRE(session.current()->card->id == "backprop");
  session.set_typed_answer("the chain rule on the loss");
  session.handle({ActionKind::kReveal}, kNow, 1000);
  REQUIRE(session.coverage().has_value());
  CHECK(session.coverage()->covered() == 2);
  CHECK(session.suggested() == Rating::kHard);
  CHECK(session.typed_answer() == "the chain rule on the loss");
  session.handle({ActionKind::kRate, Rating::kGood}, kNow, 2000);  // the person overrides
  REQUIRE(rig.store.reviews().size() == 1);
  CHECK(rig.store.reviews()[0].rating == Rating::kGood);
  CHECK(rig.store.reviews()[0].coverage == Approx(2.0 / 3));

  // The next card has no key points: no coverage, no suggestion, none saved.
  REQUIRE(session.current()->card->id == "plain");
  CHECK(session.typed_answer().empty());
  session.set_typed_answer("something");
  session.handle({ActionKind::kReveal}, kNow, 3000);
  CHECK_FALSE(session.coverage().has_value());
  CHECK_FALSE(session.suggested().has_value());
  session.handle({ActionKind::kRate, Rating::kHard}, kNow, 4000);
  CHECK_FALSE(rig.store.reviews()[1].coverage.has_value());
}

TEST_CASE("An empty typed answer (answered aloud) suggests no rating and asks for one", "[core]") {
  Rig rig;
  SessionOptions options;
  options.typed = &rig.matcher;
  Session session(rig.items(), rig.scheduler, *rig.calendar, rig.store, options, kNow, 0);
  session.handle({ActionKind::kReveal}, kNow, 0);
  CHECK(session.coverage()->covered() == 0);
  CHECK_FALSE(session.suggested().has_value());
  session.handle({ActionKind::kReveal}, kNow, 0);  // Enter: no suggestion to take
  CHECK(session.stage() == Stage::kAnswer);
  CHECK(session.notice().kind == NoticeKind::kRateFirst);
  session.handle({ActionKind::kRate, Rating::kGood}, kNow, 0);
  CHECK(rig.store.reviews().back().rating == Rating::kGood);
  CHECK_FALSE(rig.store.reviews().back().coverage.has_value());  // nothing typed, nothing measured
}

TEST_CASE("Without --type nothing is checked or saved as coverage", "[core]") {
  Rig rig;
  Session session(rig.items(), rig.scheduler, *rig.calendar, rig.store, {}, kNow, 0);
  CHECK_FALSE(session.typing());
  session.set_typed_answer("chain rule");  // ignored
  session.handle({ActionKind::kReveal}, kNow, 0);
  CHECK_FALSE(session.coverage().has_value());
  session.handle({ActionKind::kRate, Rating::kGood}, kNow, 0);
  CHECK_FALSE(rig.store.reviews()[0].coverage.has_value());
}

TEST_CASE("The study loop hands the typed answer to the session before revealing", "[core]") {
  struct TypingIo : StudyIo {
    std::deque<Action> actions{{ActionKind::kReveal}, {ActionKind::kRate, Rating::kEasy}};
    std::string seen;
    void show(const Session& s) override {
      if (s.stage() == Stage::kAnswer && s.coverage()) seen = std::to_string(s.coverage()->covered());
    }
    void show_help(const Session&) override {}
    Action next_action(const Session&, std::optional<TimePoint>) override {
      if (actions.empty()) return {ActionKind::kQuit};
      Action c = actions.front();
      actions.pop_front();
      return c;
    }
    TimePoint now() override { return kNow; }
    std::int64_t steady_ms() override { return 0; }
    std::string take_typed_answer() override { return "chain rule, gradient descent, loss"; }
  };
  Rig rig;
  SessionOptions options;
  options.typed = &rig.matcher;
  Session session(rig.items(), rig.scheduler, *rig.calendar, rig.store, options, kNow, 0);
  TypingIo io;
  run_session(session, io);
  CHECK(io.seen == "3");
  REQUIRE(rig.store.reviews().size() == 1);
  CHECK(rig.store.reviews()[0].coverage == 1.0);
}

TEST_CASE("With an interview date, cards due after it come up before it and new intervals end before it",
          "[core]") {
  Rig rig;
  auto review_state = [](TimePoint last, TimePoint due) {
    CardState s;
    s.phase = Phase::kReview;
    s.stability = 120;
    s.difficulty = 4;
    s.last_review = last;
    s.due = due;
    s.scheduled_days = static_cast<int>(std::chrono::floor<std::chrono::days>(due - last).count());
    s.reps = 5;
    return s;
  };
  // "backprop" is due today; "plain" was scheduled for May before the interview date was set.
  const CardState due_today = review_state(utc(2024, 11, 1, 9), kNow);
  const CardState due_in_may = review_state(utc(2025, 1, 20, 9), utc(2025, 5, 20, 9));
  rig.store.cards()[{"d", "backprop"}] = {due_today, "", 1, std::nullopt, {}};
  rig.store.cards()[{"d", "plain"}] = {due_in_may, "", 2, std::nullopt, {}};

  const std::int64_t interview = rig.calendar->day(utc(2025, 3, 10, 9));
  InterviewPlan plan(interview, rig.calendar);
  SessionOptions options;
  options.plan = &plan;

  Session session(rig.items(), rig.scheduler, *rig.calendar, rig.store, options, kNow, 0);
  CHECK(session.countdown() == Countdown{9, 2});
  REQUIRE(session.current()->card->id == "backprop");
  session.handle({ActionKind::kReveal}, kNow, 0);
  for (const CardState& s : session.previews()) CHECK(rig.calendar->day(s.due) < interview);
  session.handle({ActionKind::kRate, Rating::kEasy}, kNow, 0);
  CHECK(rig.calendar->day(rig.store.reviews().back().after.due) < interview);
  CHECK(rig.calendar->day(rig.scheduler.review(due_today, Rating::kEasy, kNow).due) >= interview);

  // "plain" comes up on its planned day, before the interview, though it is due in May.
  const TimePoint planned = plan.planned_due(due_in_may);
  REQUIRE(rig.calendar->day(planned) < interview);
  Session before(rig.items(), rig.scheduler, *rig.calendar, rig.store, options, planned - std::chrono::days(1), 0);
  CHECK((before.current() == nullptr || before.current()->card->id != "plain"));
  Session on_the_day(rig.items(), rig.scheduler, *rig.calendar, rig.store, options, planned, 0);
  REQUIRE(on_the_day.current() != nullptr);
  CHECK(on_the_day.current()->card->id == "plain");
  // Without the plan it would not be due.
  Session without(rig.items(), rig.scheduler, *rig.calendar, rig.store, {}, planned, 0);
  CHECK((without.current() == nullptr || without.current()->card->id != "plain"));
}

}  // namespace genai_quiz
