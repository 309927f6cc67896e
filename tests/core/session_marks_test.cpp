// Suspending, flagging and leeches in a study session.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

#include "genai_quiz/core/session.hpp"
#include "genai_quiz/core/study_keys.hpp"
#include "genai_quiz/ui/study_text.hpp"
#include "support/memory_store.hpp"
#include "support/sample_deck.hpp"

namespace genai_quiz {
namespace {

using namespace std::chrono;
using testing::MemoryStore;

const TimePoint kStart = TimePoint(sys_days(2025y / 3 / 1) + 9h);

struct Rig {
  Rig() : scheduler(settings(), calendar) {}
  static SchedulerSettings settings() {
    SchedulerSettings s;
    s.enable_fuzz = false;
    return s;
  }
  Session start(SessionOptions options = {}) {
    std::vector<StudyItem> items = select_cards(
        deck, [&](std::size_t, std::size_t s) { return deck[0].sections[s].id == "basics"; }, {});
    attach_progress(items, store);
    return Session(items, scheduler, *calendar, store, options, kStart, 0);
  }
  CardProgress& card(const std::string& id) { return store.cards()[{"ml", id}]; }

  std::vector<Deck> deck{testing::sample_deck()};
  std::shared_ptr<Calendar> calendar = std::make_shared<FixedOffsetCalendar>(minutes(0), 4);
  Scheduler scheduler;
  MemoryStore store;
};

// A review card due now with `lapses` lapses.
CardState lapsing(int lapses) {
  CardState s;
  s.phase = Phase::kReview;
  s.stability = 3;
  s.difficulty = 7;
  s.last_review = kStart - days(3);
  s.due = kStart;
  s.scheduled_days = 3;
  s.reps = 10;
  s.lapses = lapses;
  return s;
}

}  // namespace

TEST_CASE("Suspending a card moves on, keeps it out of later sessions, and undo brings it back", "[core]") {
  Rig rig;
  Session session = rig.start();
  REQUIRE(session.current()->card->id == "a");
  session.handle({ActionKind::kSuspend}, kStart, 0);
  CHECK(notice_text(session) == "Suspended: the card is not shown again until 'genai-quiz unsuspend'.");
  CHECK(session.current()->card->id == "b");
  CHECK(rig.card("a").marks.suspended);
  CHECK(rig.store.card_events("ml").size() == 1);
  CHECK(rig.start().remaining().new_cards == 2);
  SessionOptions cram;
  cram.cram = true;
  CHECK(rig.start(cram).remaining().cram == 2);  // not even a cram session shows it

  session.handle({ActionKind::kUndo}, kStart, 0);
  CHECK(notice_text(session) == "Undid the suspension.");
  CHECK(session.current()->card->id == "a");
  CHECK_FALSE(rig.card("a").marks.suspended);
  CHECK(rig.store.card_events("ml").empty());
  CHECK(session.remaining().new_cards == 3);
}

TEST_CASE("Flagging keeps the card on screen, a second press unflags, and undo takes the last back", "[core]") {
  Rig rig;
  Session session = rig.start();
  session.handle({ActionKind::kReveal}, kStart, 0);
  session.handle({ActionKind::kFlag}, kStart, 0);
  CHECK(notice_text(session) == "Flagged (genai-quiz list --flagged).");
  CHECK(session.current()->card->id == "a");
  CHECK(session.stage() == Stage::kAnswer);
  CHECK(rig.card("a").marks.flagged);
  session.handle({ActionKind::kFlag}, kStart + 1s, 0);
  CHECK(notice_text(session) == "Flag taken off.");
  CHECK_FALSE(rig.card("a").marks.flagged);
  session.handle({ActionKind::kUndo}, kStart + 2s, 0);
  CHECK(notice_text(session) == "Undid the flag.");
  CHECK(rig.card("a").marks.flagged);
  CHECK(session.stage() == Stage::kAnswer);
  CHECK(rig.store.reviews().empty());
}

TEST_CASE("The lapse that reaches the leech threshold tags the card, suspends it and says so", "[core]") {
  struct Case {
    int lapses_before;
    int threshold;
    bool leech;
  };
  const Case cases[] = {{7, 8, true}, {6, 8, false}, {8, 8, false}, {11, 8, true}, {2, 3, true}, {7, 0, false}};
  for (const Case& c : cases) {
    INFO(c.lapses_before << " lapses before, threshold " << c.threshold);
    Rig rig;
    rig.card("a").state = lapsing(c.lapses_before);
    rig.card("a").last_review_id = 0;
    SessionOptions options;
    options.leech_threshold = c.threshold;
    options.new_per_day = 0;
    Session session = rig.start(options);
    REQUIRE(session.current()->card->id == "a");
    session.handle({ActionKind::kReveal}, kStart, 0);
    session.handle({ActionKind::kRate, Rating::kAgain}, kStart, 0);
    CHECK(rig.card("a").state.lapses == c.lapses_before + 1);
    CHECK(rig.card("a").marks.leech == c.leech);
    CHECK(rig.card("a").marks.suspended == c.leech);
    CHECK(session.notice().leech == c.leech);
    const bool says = notice_text(session).find("Leech: ") != std::string::npos;
    CHECK(says == c.leech);
    // A leech does not come back in this session's relearning steps.
    CHECK(session.remaining().learning == (c.leech ? 0 : 1));
  }
}

TEST_CASE("Undoing the answer that made a leech takes the tag and the suspension off", "[core]") {
  Rig rig;
  rig.card("a").state = lapsing(7);
  SessionOptions options;
  options.new_per_day = 0;
  Session session = rig.start(options);
  session.handle({ActionKind::kReveal}, kStart, 0);
  session.handle({ActionKind::kRate, Rating::kAgain}, kStart, 0);
  REQUIRE(rig.card("a").marks.leech);
  session.handle({ActionKind::kUndo}, kStart, 0);
  CHECK(notice_text(session) == "Undid the last answer.");
  CHECK(rig.card("a").marks == CardMarks{});
  CHECK(rig.card("a").state.lapses == 7);
  CHECK(rig.store.card_events("").empty());
  CHECK(session.current()->card->id == "a");
}

TEST_CASE("A card suspended elsewhere while queued is left out", "[core]") {
  Rig rig;
  Session session = rig.start();
  rig.store.add_event({0, "ml", "b", kStart, CardEventKind::kSuspend});
  session.handle({ActionKind::kReveal}, kStart, 0);
  session.handle({ActionKind::kRate, Rating::kEasy}, kStart, 0);
  CHECK(session.current()->card->id == "c");
}

TEST_CASE("Suspend and flag have a key and a word in the line protocol", "[core]") {
  CHECK(action_for_key(U'!', Stage::kQuestion).kind == ActionKind::kSuspend);
  CHECK(action_for_key(U'f', Stage::kAnswer).kind == ActionKind::kFlag);
  CHECK(action_for_line(" Suspend ", Stage::kQuestion).kind == ActionKind::kSuspend);
  CHECK(action_for_line("!", Stage::kAnswer).kind == ActionKind::kSuspend);
  CHECK(action_for_line("flag", Stage::kQuestion).kind == ActionKind::kFlag);
  CHECK(action_for_line("f", Stage::kQuestion).kind == ActionKind::kFlag);
}

}  // namespace genai_quiz
