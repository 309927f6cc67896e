#include <catch2/catch.hpp>

#include <memory>

#include "genai_quiz/core/session.hpp"
#include "genai_quiz/core/study_keys.hpp"
#include "support/memory_store.hpp"
#include "support/time_points.hpp"

// Multiple-choice cards in the session engine and the key map.

namespace genai_quiz {
namespace {

using test::utc;
using testing::MemoryStore;

Deck choice_deck() {
  Card quiz;
  quiz.id = std::string("scaling");
  quiz.question = std::string("Why divide by the root of d_k?");
  quiz.answer = std::string("To keep the dot products in range.");
  quiz.choices = {"normalise", "keep the scale", "speed"};
  quiz.correct = {1};
  Section section;
  section.id = std::string("s");
  section.cards = {quiz};
  Deck deck;
  deck.id = std::string("d");
  deck.sections = {section};
  return deck;
}

struct Rig {
  Rig() : scheduler(SchedulerSettings{}, calendar) {}
  std::vector<StudyItem> items() {
    std::vector<StudyItem> out = select_cards(decks, {}, {});
    attach_progress(out, store);
    return out;
  }
  std::vector<Deck> decks{choice_deck()};
  std::shared_ptr<Calendar> calendar = std::make_shared<FixedOffsetCalendar>(std::chrono::minutes(0), 4);
  Scheduler scheduler;
  MemoryStore store;
  KeyPointMatcher matcher;
};

const TimePoint kNow = utc(2025, 3, 1, 9);

Action choose(int index) {
  Action a{ActionKind::kChoose};
  a.choice = index;
  return a;
}

}  // namespace

TEST_CASE("Letters pick an option only while the question of a card with choices is shown", "[core]") {
  struct Case {
    char32_t key;
    Stage stage;
    int choices;
    Action expected;
  };
  const Case cases[] = {
      {U'a', Stage::kQuestion, 3, choose(0)},       {U'C', Stage::kQuestion, 3, choose(2)},
      {U'd', Stage::kQuestion, 3, {}},              {U'a', Stage::kAnswer, 3, {}},
      {U'b', Stage::kQuestion, 0, {}},              {U'h', Stage::kQuestion, 8, choose(7)},
      {U's', Stage::kQuestion, 8, {ActionKind::kSkip}}, {U'q', Stage::kQuestion, 8, {ActionKind::kQuit}},
      {U'u', Stage::kQuestion, 8, {ActionKind::kUndo}}, {U'3', Stage::kAnswer, 3, {ActionKind::kRate, Rating::kGood}},
  };
  for (const Case& c : cases) {
    INFO("key " << static_cast<int>(c.key) << ", " << c.choices << " choices");
    CHECK(action_for_key(c.key, c.stage, c.choices) == c.expected);
  }
  struct LineCase {
    const char* line;
    Stage stage;
    Action expected;
  };
  const LineCase lines[] = {
      {"b", Stage::kQuestion, choose(1)}, {" B \r", Stage::kQuestion, choose(1)}, {"d", Stage::kQuestion, {}},
      {"b", Stage::kAnswer, {}},          {"s", Stage::kQuestion, {ActionKind::kSkip}},
      {"", Stage::kQuestion, {ActionKind::kReveal}},
  };
  for (const LineCase& c : lines) {
    INFO("line '" << c.line << "'");
    CHECK(action_for_line(c.line, c.stage, 3) == c.expected);
  }
}

TEST_CASE("A pick shows the answer, suggests Good when right and Again when wrong, and is saved with the rating", "[core]") {
  struct Case {
    int pick;
    Rating suggested;
    Rating given;
    bool correct;
  };
  const Case cases[] = {{1, Rating::kGood, Rating::kGood, true}, {0, Rating::kAgain, Rating::kAgain, false},
                        {2, Rating::kAgain, Rating::kHard, false}};
  for (const Case& c : cases) {
    Rig rig;
    Session session(rig.items(), rig.scheduler, *rig.calendar, rig.store, {}, kNow, 0);
    REQUIRE(session.choice_count() == 3);
    CHECK_FALSE(session.suggested());
    session.handle(choose(c.pick), kNow, 2000);
    REQUIRE(session.stage() == Stage::kAnswer);
    CHECK(session.chosen() == c.pick);
    CHECK(session.suggested() == c.suggested);
    session.handle({ActionKind::kRate, c.given}, kNow, 3000);
    const std::vector<ReviewRecord> log = rig.store.reviews();
    REQUIRE(log.size() == 1);
    CHECK(log[0].rating == c.given);
    CHECK(log[0].choice == c.pick);
    CHECK(log[0].choice_correct == c.correct);
  }
}

TEST_CASE("Showing the answer of a card with choices without a pick suggests nothing and saves no pick", "[core]") {
  Rig rig;
  Session session(rig.items(), rig.scheduler, *rig.calendar, rig.store, {}, kNow, 0);
  session.handle(choose(5), kNow, 1000);  // no such option: nothing happens
  CHECK(session.stage() == Stage::kQuestion);
  session.handle({ActionKind::kReveal}, kNow, 1000);
  CHECK_FALSE(session.chosen());
  CHECK_FALSE(session.suggested());
  session.handle(choose(1), kNow, 1500);  // too late to pick
  CHECK_FALSE(session.chosen());
  session.handle({ActionKind::kRate, Rating::kGood}, kNow, 2000);
  REQUIRE(rig.store.reviews().size() == 1);
  CHECK_FALSE(rig.store.reviews()[0].choice);
}

}  // namespace genai_quiz
