#include "genai_quiz/core/session.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <regex>

#include "genai_quiz/core/day_bounds.hpp"
#include "genai_quiz/core/fingerprint.hpp"
#include "genai_quiz/core/study_loop.hpp"
#include "genai_quiz/ui/study_text.hpp"
#include "support/memory_store.hpp"
#include "support/sample_deck.hpp"
#include "support/scripted_io.hpp"

namespace genai_quiz {
namespace {

using namespace std::chrono;
using testing::MemoryStore;
using testing::ScriptedIo;

const TimePoint kStart = TimePoint(sys_days(2025y / 3 / 1) + 9h);  // 09:00 UTC

// A deck, a scheduler without fuzz on a UTC calendar whose days start at 04:00, and a store.
struct Rig {
  explicit Rig(SchedulerSettings settings = no_fuzz()) : scheduler(settings, calendar) {}

  static SchedulerSettings no_fuzz() {
    SchedulerSettings s;
    s.enable_fuzz = false;
    return s;
  }

  // The cards of the named sections (all when none), with their progress from the store.
  std::vector<StudyItem> items(std::vector<std::string> sections = {}) {
    std::vector<std::string> tags;
    auto chosen = [&](std::size_t, std::size_t s) {
      return sections.empty() ||
             std::find(sections.begin(), sections.end(), deck[0].sections[s].id) != sections.end();
    };
    std::vector<StudyItem> out = select_cards(deck, chosen, tags);
    attach_progress(out, store);
    return out;
  }

  Session start(SessionOptions options = {}, std::vector<std::string> sections = {}, TimePoint now = kStart) {
    return Session(items(sections), scheduler, *calendar, store, options, now, 0);
  }

  // Gives card `id` a saved state, as an earlier session would have.
  void save(const std::string& id, CardState state, std::int64_t review_id = 1) {
    CardProgress& p = store.cards()[{"ml", id}];
    p.state = state;
    p.last_review_id = review_id;
  }

  std::vector<Deck> deck{testing::sample_deck()};
  std::shared_ptr<Calendar> calendar = std::make_shared<FixedOffsetCalendar>(minutes(0), 4);
  Scheduler scheduler;
  MemoryStore store;
};

CardState review_card(double stability, TimePoint last, TimePoint due) {
  CardState s;
  s.phase = Phase::kReview;
  s.stability = stability;
  s.difficulty = 5;
  s.last_review = last;
  s.due = due;
  s.scheduled_days = static_cast<int>(floor<days>(due - last).count());
  s.reps = 3;
  return s;
}

// A Good answer to a new card of deck "ml".
ReviewRecord answer(std::string card, TimePoint time) {
  ReviewRecord r;
  r.deck_id = std::string("ml");
  r.card_id = std::move(card);
  r.time = time;
  return r;
}

std::vector<std::string> run(Session& session, Rig& rig, std::u32string keys, ScriptedIo** out = nullptr) {
  static std::unique_ptr<ScriptedIo> io;
  io = std::make_unique<ScriptedIo>(std::move(keys), session.now(), seconds(5), &rig.store);
  run_session(session, *io);
  if (out) *out = io.get();
  return io->questions();
}

}  // namespace

TEST_CASE("New cards come in deck order and each answer is saved before the next card appears", "[core]") {
  Rig rig;
  Session session = rig.start();
  ScriptedIo* io = nullptr;
  std::vector<std::string> order = run(session, rig, U" 3 3 3 3 3", &io);
  CHECK(order == std::vector<std::string>{"a", "b", "c", "d", "e", "a"});
  REQUIRE(rig.store.reviews().size() == 5);
  int saved = 0;
  for (std::size_t i = 0; i < io->screens().size(); ++i) {
    if (io->screens()[i].find("[Saved: Good, next in 10m]") != std::string::npos) ++saved;
    INFO(io->screens()[i]);
    CHECK(io->commits_at_show()[i] == saved);
  }
  CHECK(saved == 5);
  const ReviewRecord& first = rig.store.reviews()[0];
  CHECK(first.card_id == "a");
  CHECK(first.rating == Rating::kGood);
  CHECK(first.duration_ms == 10000);  // two keys, five seconds apart
  CHECK(first.before == CardState{});
  CHECK(first.after == rig.scheduler.review(CardState{}, Rating::kGood, kStart + 10s));
  CHECK(first.fingerprint == rig.items()[0].fingerprint);
  CHECK(session.ending() == Ending::kQuit);
}

TEST_CASE("A card answered Again comes back in the same session", "[core]") {
  Rig rig;
  Session session = rig.start({}, {"basics"});
  // a: Again (back in 1m), b and c: Good (back in 10m). Then a, shown early because nothing else
  // is left; Good sends it to 10m, so b, c and a follow, each graduating with Good.
  std::vector<std::string> order = run(session, rig, U" 1 3 3 3 3 3 3");
  CHECK(order == std::vector<std::string>{"a", "b", "c", "a", "b", "c", "a"});
  CHECK(session.stage() == Stage::kFinished);
  CHECK(session.ending() == Ending::kDone);
  for (const char* id : {"a", "b", "c"}) CHECK(rig.store.cards()[{"ml", id}].state.phase == Phase::kReview);
  CHECK(session.summary().answered == 7);
  CHECK(session.summary().ratings == std::array<int, 4>{1, 0, 6, 0});
  CHECK(session.summary().time_ms == 7 * 10000);
}

TEST_CASE("Learning cards due now come first, then reviews least likely recalled, then new cards", "[core]") {
  Rig rig;
  CardState learning;
  learning.phase = Phase::kLearning;
  learning.stability = 1;
  learning.difficulty = 5;
  learning.last_review = kStart - 15min;
  learning.due = kStart - 5min;
  learning.learning_step = 1;
  learning.reps = 1;
  rig.save("c", learning);
  rig.save("d", review_card(15, kStart - days(20), kStart - 1h));
  rig.save("e", review_card(2, kStart - days(5), kStart - days(3)));
  rig.save("b", review_card(10, kStart - days(10), kStart + 3h));           // due later today
  rig.save("a", review_card(10, kStart - days(1), kStart + days(9)));       // not due
  Session session = rig.start();
  CHECK(session.remaining() == Counts{0, 1, 3, 0});
  CHECK(run(session, rig, U" 3 3 3 3") == std::vector<std::string>{"c", "e", "d", "b"});
}

TEST_CASE("The daily limit on new cards counts those introduced earlier today", "[core]") {
  Rig rig;
  // A card no longer in the deck still counts; 05:00 is after the 04:00 day start, 03:00 is not.
  rig.store.record(answer("x", kStart - 4h), 0);
  rig.store.record(answer("y", kStart - 6h), 0);

  SessionOptions options;
  options.new_per_day = 3;
  Session session = rig.start(options);
  CHECK(session.remaining().new_cards == 2);
  CHECK(session.summary().new_waiting == 3);
  options.new_per_day = 0;
  CHECK(rig.start(options).ending() == Ending::kNothingDue);
}

TEST_CASE("A session limit caps the number of different cards", "[core]") {
  Rig rig;
  SessionOptions options;
  options.limit = 2;
  Session session = rig.start(options);
  CHECK(session.remaining() == Counts{2, 0, 0, 0});
  CHECK(run(session, rig, U" 4 4") == std::vector<std::string>{"a", "b"});
  CHECK(session.ending() == Ending::kDone);
}

TEST_CASE("Undo takes back the last answer in the store and shows the card again", "[core]") {
  Rig rig;
  Session session = rig.start({}, {"basics"});
  ScriptedIo* io = nullptr;
  run(session, rig, U" 3uu 4", &io);
  CHECK(io->questions() == std::vector<std::string>{"a", "b", "a", "a", "b"});
  CHECK(std::find(io->screens().begin(), io->screens().end(), "question a [Undid the last answer.]") !=
        io->screens().end());
  CHECK(std::find(io->screens().begin(), io->screens().end(), "question a [Nothing to undo.]") !=
        io->screens().end());
  REQUIRE(rig.store.reviews().size() == 1);
  CHECK(rig.store.reviews()[0].rating == Rating::kEasy);
  CHECK(rig.store.cards()[{"ml", "a"}].state.phase == Phase::kReview);
  CHECK(session.summary().answered == 1);
}

TEST_CASE("Undo works from the end screen", "[core]") {
  Rig rig;
  SessionOptions options;
  options.limit = 1;
  Session session = rig.start(options);
  session.handle({ActionKind::kReveal}, kStart, 0);
  session.handle({ActionKind::kRate, Rating::kEasy}, kStart, 0);
  REQUIRE(session.ending() == Ending::kDone);
  session.handle({ActionKind::kUndo}, kStart, 0);
  CHECK(session.stage() == Stage::kQuestion);
  CHECK(session.current()->card->id == "a");
  CHECK(rig.store.reviews().empty());
  CHECK(rig.store.cards()[{"ml", "a"}].state == CardState{});
}

TEST_CASE("Skip hides a card until tomorrow, and undo brings it back", "[core]") {
  Rig rig;
  Session session = rig.start({}, {"basics"});
  session.handle({ActionKind::kSkip}, kStart, 0);
  CHECK(session.current()->card->id == "b");
  CHECK(notice_text(session) == "Skipped until tomorrow.");
  CHECK(rig.store.cards()[{"ml", "a"}].skipped_until == TimePoint(sys_days(2025y / 3 / 2) + 4h));
  CHECK(rig.start({}, {"basics"}).remaining().new_cards == 2);
  CHECK(rig.start({}, {"basics"}, kStart + 19h).remaining().new_cards == 3);  // 04:00 next day

  session.handle({ActionKind::kUndo}, kStart, 0);
  CHECK(session.current()->card->id == "a");
  CHECK(!rig.store.cards()[{"ml", "a"}].skipped_until);
  CHECK(session.remaining().new_cards == 3);
}

TEST_CASE("Cram shows every card, logs the answers and leaves the schedule alone", "[core]") {
  Rig rig;
  rig.save("a", review_card(30, kStart - days(1), kStart + days(29)));
  SessionOptions options;
  options.cram = true;
  Session session = rig.start(options, {"basics"});
  CHECK(session.remaining() == Counts{0, 0, 0, 3});
  CHECK(run(session, rig, U" 1 3 3 3") == std::vector<std::string>{"a", "b", "c", "a"});
  REQUIRE(rig.store.reviews().size() == 4);
  for (const ReviewRecord& r : rig.store.reviews()) {
    CHECK(r.cram);
    CHECK(r.before == r.after);
  }
  CHECK(rig.store.cards().size() == 1);
  CHECK(rig.store.cards()[{"ml", "a"}].state == review_card(30, kStart - days(1), kStart + days(29)));
  CHECK(notice_text(session) == "Saved: Good (cram: schedule unchanged)");
}

TEST_CASE("Cards chosen by name are studied whether due or not, and their answers move the schedule", "[core]") {
  Rig rig;
  const CardState not_due = review_card(30, kStart - days(1), kStart + days(29));
  rig.save("a", not_due);
  SessionOptions options;
  options.chosen = true;
  options.new_per_day = 0;  // the new card b comes all the same
  std::vector<StudyItem> items = rig.items({"basics"});
  std::erase_if(items, [](const StudyItem& item) { return item.card->id == "c"; });
  items.front().progress.skipped_until = kStart + hours(2);  // and a skipped card
  Session session(std::move(items), rig.scheduler, *rig.calendar, rig.store, options, kStart, 0);
  CHECK(session.remaining() == Counts{1, 0, 1, 0});
  CHECK(run(session, rig, U" 3 4") == std::vector<std::string>{"a", "b"});  // Easy: b graduates
  REQUIRE(rig.store.reviews().size() == 2);
  CHECK(!rig.store.reviews()[0].cram);
  CHECK(rig.store.cards()[{"ml", "a"}].state != not_due);
  CHECK(rig.store.cards()[{"ml", "b"}].state.phase != Phase::kNew);
}

TEST_CASE("An edited deck replaces the cards' text by id, keeping their progress", "[core]") {
  Rig rig;
  rig.save("a", review_card(30, kStart - days(40), kStart - days(1)));
  rig.store.cards()[{"ml", "a"}].fingerprint = card_fingerprint("Question a?", "Answer a.");
  Session session = rig.start({}, {"basics"});
  REQUIRE(session.current()->card->id == "a");
  CHECK(!session.current()->edited());
  Deck edited = rig.deck[0];
  edited.sections[0].cards[0].question = "Question a, edited?";
  edited.sections[0].cards.erase(edited.sections[0].cards.begin() + 1);  // b is gone
  session.replace_deck(edited);
  CHECK(session.current()->card->question == "Question a, edited?");
  CHECK(session.current()->deck == &edited);
  CHECK(session.current()->edited());  // reviewed before, its text changed since
  CHECK(session.current()->progress.state == review_card(30, kStart - days(40), kStart - days(1)));
  CHECK(run(session, rig, U" 3 3 3 3 3") == std::vector<std::string>{"a", "b", "c", "b", "c"});
}

TEST_CASE("Shuffling with a seed gives the same order every time", "[core]") {
  auto order = [](std::uint64_t seed) {
    Rig rig;
    SessionOptions options;
    options.shuffle_seed = seed;
    Session session = rig.start(options);
    return run(session, rig, U" 4 4 4 4 4");
  };
  std::vector<std::string> deck_order{"a", "b", "c", "d", "e"};
  CHECK(order(7) == order(7));
  bool any_different = false;
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    std::vector<std::string> o = order(seed);
    any_different = any_different || o != deck_order;
    std::sort(o.begin(), o.end());
    CHECK(o == deck_order);
  }
  CHECK(any_different);
}

TEST_CASE("With nothing due the session says when the next card is due and mentions --cram", "[core]") {
  Rig rig;
  for (const char* id : {"a", "b", "c"}) rig.save(id, review_card(10, kStart - days(1), kStart + days(3)));
  rig.save("b", review_card(10, kStart - days(1), kStart + days(2)));
  Session session = rig.start({}, {"basics"});
  CHECK(session.ending() == Ending::kNothingDue);
  CHECK(session.summary().next_due == kStart + days(2));
  std::vector<std::string> lines = nothing_to_study_lines(session, minutes(0));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "Nothing is due: the next card is due in 2d (2025-03-03 09:00).");
  CHECK(lines[1] == "To go over cards anyway: genai-quiz study --cram");
}

TEST_CASE("A selection without cards ends at once", "[core]") {
  Rig rig;
  Session session = rig.start({}, {"stubs"});
  CHECK(session.stage() == Stage::kFinished);
  CHECK(session.ending() == Ending::kNoCards);
  CHECK(rig.store.commits() == 0);
}

TEST_CASE("An answer given meanwhile by another session is built on, not overwritten", "[core]") {
  Rig rig;
  Session session = rig.start({}, {"basics"});
  session.handle({ActionKind::kReveal}, kStart, 0);
  // The other session answers card a first.
  ReviewRecord other = answer("a", kStart - 1min);
  other.after = rig.scheduler.review(CardState{}, Rating::kGood, other.time);
  REQUIRE(rig.store.record(other, 0));
  session.handle({ActionKind::kRate, Rating::kGood}, kStart, 0);
  REQUIRE(rig.store.reviews().size() == 2);
  CHECK(rig.store.reviews()[1].before == other.after);
  CHECK(rig.store.reviews()[1].after == rig.scheduler.review(other.after, Rating::kGood, kStart));
  CHECK(rig.store.cards()[{"ml", "a"}].last_review_id == rig.store.reviews()[1].id);
}

TEST_CASE("When only learning cards due later are left, the session waits or shows one early", "[core]") {
  SchedulerSettings settings = Rig::no_fuzz();
  settings.learning_steps = {minutes(30)};
  Rig rig(settings);
  SessionOptions options;
  options.limit = 1;
  Session session = rig.start(options);
  session.handle({ActionKind::kReveal}, kStart, 0);
  session.handle({ActionKind::kRate, Rating::kAgain}, kStart, 0);
  CHECK(session.stage() == Stage::kWaiting);
  CHECK(session.waiting_until() == kStart + 30min);
  session.handle({ActionKind::kTick}, kStart + 9min, 0);  // still more than 20 minutes early
  CHECK(session.stage() == Stage::kWaiting);
  session.handle({ActionKind::kTick}, kStart + 10min, 0);
  CHECK(session.stage() == Stage::kQuestion);
  session.handle({ActionKind::kReveal}, kStart + 10min, 0);
  session.handle({ActionKind::kRate, Rating::kAgain}, kStart + 10min, 0);
  CHECK(session.stage() == Stage::kWaiting);
  session.handle({ActionKind::kShowEarly}, kStart + 11min, 0);
  CHECK(session.current()->card->id == "a");
}

TEST_CASE("A card whose text changed since its last review is marked edited", "[core]") {
  Rig rig;
  rig.save("a", review_card(10, kStart - days(3), kStart - days(1)));
  rig.store.cards()[{"ml", "a"}].fingerprint = "0000000000000000";
  rig.save("b", review_card(10, kStart - days(3), kStart - days(1)));
  rig.store.cards()[{"ml", "b"}].fingerprint = rig.items()[1].fingerprint;
  std::vector<StudyItem> items = rig.items();
  CHECK(items[0].edited());
  CHECK(!items[1].edited());
  CHECK(!items[2].edited());  // never reviewed
}

TEST_CASE("Ratings are labelled with the intervals they would give", "[core]") {
  Rig rig;
  Session session = rig.start();
  CHECK(rating_bar(session.previews(), kStart, false) == "1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d");
  CHECK(rating_bar(session.previews(), kStart, true) == "1 Again · 2 Hard · 3 Good · 4 Easy");
  CHECK(session_header(session) == "ml · Basics · 5 left · new 5 · learning 0 · review 0");
}

TEST_CASE("A rating before the answer is shown does nothing, nor does revealing twice", "[core]") {
  Rig rig;
  Session session = rig.start();
  session.handle({ActionKind::kRate, Rating::kEasy}, kStart, 0);
  CHECK(session.stage() == Stage::kQuestion);
  CHECK(notice_text(session) == "Show the answer first.");
  session.handle({ActionKind::kReveal}, kStart, 0);
  session.handle({ActionKind::kReveal}, kStart, 0);
  CHECK(session.stage() == Stage::kAnswer);
  CHECK(notice_text(session) == "Rate the card: 1 Again, 2 Hard, 3 Good or 4 Easy.");
  CHECK(rig.store.commits() == 0);
}

TEST_CASE("Help is shown by the front end without touching the session", "[core]") {
  Rig rig;
  Session session = rig.start();
  ScriptedIo* io = nullptr;
  run(session, rig, U"? 3", &io);
  CHECK(io->help_shown() == 1);
  CHECK(rig.store.reviews().size() == 1);
}

TEST_CASE("Tags choose cards ignoring case", "[core]") {
  Rig rig;
  std::vector<std::string> tags{"MATH"};
  std::vector<StudyItem> items = select_cards(rig.deck, {}, tags);
  std::vector<std::string> ids;
  for (const StudyItem& i : items) ids.push_back(i.card->id);
  CHECK(ids == std::vector<std::string>{"a", "c", "e"});
}

}  // namespace genai_quiz

namespace genai_quiz {

TEST_CASE("A card another session answered since it was queued is left out, with a note", "[core]") {
  Rig rig;
  for (const char* id : {"a", "b", "c"}) rig.save(id, review_card(10, kStart - days(12), kStart - days(1)), 0);
  Session first = rig.start({}, {"basics"});
  Session second = rig.start({}, {"basics"});
  REQUIRE(first.current()->card->id == "a");
  REQUIRE(second.current()->card->id == "a");
  auto answer_good = [](Session& s, TimePoint t) {
    s.handle({ActionKind::kReveal}, t, 0);
    s.handle({ActionKind::kRate, Rating::kGood}, t, 0);
  };
  answer_good(first, kStart);  // a; b comes up
  REQUIRE(first.current()->card->id == "b");
  // The second session answers all three (its answer to a builds on the first's).
  for (int i = 0; i < 3; ++i) answer_good(second, kStart + minutes(1 + i));
  CHECK(second.summary().answered == 3);
  CHECK(second.summary().answered_elsewhere == 0);  // a was on screen when the first answered it
  // The first answers b, on screen all along, and then leaves c out: it is not due any more.
  answer_good(first, kStart + 5min);
  CHECK(first.stage() == Stage::kFinished);
  INFO(notice_text(first));  // two sentences: "Saved: Good, next in 1.2mo. Left out ..."
  CHECK(std::regex_match(notice_text(first), std::regex("Saved: Good, next in [0-9.]+[a-z]+\\. Left out 1 card answered in another session\\.")));
  CHECK(first.summary().answered == 2);
  CHECK(first.summary().answered_elsewhere == 1);
  CHECK(summary_lines(first, minutes(0))[1] ==
        "1 card was answered in another session meanwhile and left out of this one.");
  CHECK(rig.store.reviews().size() == 5);
}

TEST_CASE("A card another session left still due today stays in the queue with its new state", "[core]") {
  Rig rig;
  Session first = rig.start({}, {"basics"});
  Session second = rig.start({}, {"basics"});
  auto rate = [](Session& s, Rating r) {
    s.handle({ActionKind::kReveal}, kStart, 0);
    s.handle({ActionKind::kRate, r}, kStart, 0);
  };
  rate(first, Rating::kAgain);  // a: learning, due in 1m; b comes up
  for (int i = 0; i < 3; ++i) rate(second, Rating::kGood);  // a (built on Again), b and c
  rate(first, Rating::kGood);  // b, on screen all along
  // c, new when queued, is now a learning card due today: it stays, as does a, with the states
  // the second session gave them; nothing is left out.
  CHECK(first.notice().answered_elsewhere == 0);
  CHECK(first.stage() == Stage::kQuestion);
  CHECK(first.remaining().learning == 2);
  CHECK(first.remaining().new_cards == 0);
  const StudyItem* shown = first.current();
  CHECK(shown->progress.last_review_id == rig.store.cards()[{"ml", shown->card->id}].last_review_id);
}

}  // namespace genai_quiz
