#include <catch2/catch.hpp>

#include <algorithm>

#include "genai_quiz/core/error.hpp"
#include "genai_quiz/core/scheduler.hpp"
#include "genai_quiz/store/sqlite_store.hpp"
#include "support/memory_store.hpp"
#include "support/temp_dir.hpp"
#include "support/time_points.hpp"

namespace genai_quiz {
namespace {

using genai_quiz::test::utc;
using testing::TempDir;

// A review log entry as a session would record it, built by the scheduler.
ReviewRecord answer(const std::string& card, TimePoint at, Rating rating, const CardState& before, bool cram = false) {
  static const Scheduler scheduler{SchedulerSettings{}};
  ReviewRecord r;
  r.deck_id = "deck";
  r.card_id = card;
  r.time = at;
  r.rating = rating;
  r.duration_ms = 1200;
  r.before = before;
  r.elapsed_days = scheduler.elapsed_days(before, at);
  r.after = cram ? before : scheduler.review(before, rating, at);
  r.fingerprint = "fp-" + card;
  r.cram = cram;
  return r;
}

std::vector<std::pair<std::string, Rating>> ratings_of(const std::vector<ReviewRecord>& log) {
  std::vector<std::pair<std::string, Rating>> out;
  for (const ReviewRecord& r : log) out.emplace_back(r.card_id, r.rating);
  return out;
}

// The history contract every ProgressStore keeps.
void check_history_contract(ProgressStore& store) {
  ReviewRecord a1 = answer("a", utc(2025, 3, 1, 9), Rating::kGood, {});
  ReviewRecord b1 = answer("b", utc(2025, 3, 1, 9, 1), Rating::kAgain, {});
  REQUIRE(store.record(a1, 0));
  REQUIRE(store.record(b1, 0));
  store.set_skipped_until("deck", "a", utc(2025, 3, 2));
  CHECK(store.review_log("deck").size() == 2);
  CHECK(store.review_log("").size() == 2);
  CHECK(store.review_log("other").empty());

  // Card a gets a longer history (with a cram answer last); card c, never seen, gets one answer.
  ReviewRecord a0 = answer("a", utc(2025, 2, 28, 9), Rating::kHard, {});
  ReviewRecord a1b = answer("a", a1.time, Rating::kGood, a0.after);
  ReviewRecord a2 = answer("a", utc(2025, 3, 1, 9, 30), Rating::kGood, a1b.after, true);
  ReviewRecord c1 = answer("c", utc(2025, 3, 3, 9), Rating::kEasy, {});
  store.replace_histories({{"deck", "a", {a0, a1b, a2}}, {"deck", "c", {c1}}});

  std::vector<ReviewRecord> log = store.review_log("deck");
  using Entry = std::pair<std::string, Rating>;
  std::vector<Entry> b_first = {{"b", Rating::kAgain}, {"a", Rating::kHard}, {"a", Rating::kGood}, {"a", Rating::kGood}, {"c", Rating::kEasy}};
  CHECK(ratings_of(log) == b_first);
  std::optional<CardProgress> a = store.load_card("deck", "a");
  REQUIRE(a);
  CHECK(a->state == a1b.after);  // the last answer that is not cram
  CHECK(a->fingerprint == "fp-a");
  CHECK(a->skipped_until == utc(2025, 3, 2));  // kept
  REQUIRE(a->last_review_id != 0);
  auto latest = std::find_if(log.begin(), log.end(), [&](const ReviewRecord& r) { return r.id == a->last_review_id; });
  REQUIRE(latest != log.end());
  CHECK(latest->time == a1b.time);
  CHECK(latest->before == a0.after);
  CHECK(store.load_card("deck", "c")->state == c1.after);
  CHECK(store.load_card("deck", "b")->state == b1.after);  // untouched

  // The rebuilt history is one the session can go on from: undo takes back its last answer.
  CHECK(store.undo(a->last_review_id));
  CHECK(store.load_card("deck", "a")->state == a0.after);

  // A history of cram answers only leaves the card new.
  store.replace_histories({{"deck", "b", {answer("b", utc(2025, 3, 4, 9), Rating::kGood, {}, true)}}});
  CHECK(store.load_card("deck", "b")->state == CardState{});
  CHECK(store.load_card("deck", "b")->last_review_id == 0);
}

}  // namespace

TEST_CASE("The SQLite store replaces card histories in one go", "[store]") {
  TempDir dir;
  SqliteStore store(dir / "progress.db");
  check_history_contract(store);
  CHECK(store.integrity_check() == "ok");
}

TEST_CASE("The in-memory fake replaces card histories as the SQLite store does", "[store]") {
  testing::MemoryStore store;
  check_history_contract(store);
}

TEST_CASE("Replacing histories is all or nothing", "[store]") {
  TempDir dir;
  SqliteStore store(dir / "progress.db");
  ReviewRecord a1 = answer("a", utc(2025, 3, 1, 9), Rating::kGood, {});
  REQUIRE(store.record(a1, 0));
  ReviewRecord bad = answer("b", utc(2025, 3, 1, 10), Rating::kGood, {});
  bad.rating = static_cast<Rating>(7);  // the schema refuses ratings outside 1..4
  CHECK_THROWS_AS(store.replace_histories({{"deck", "a", {}}, {"deck", "b", {bad}}}), Error);
  CHECK(store.review_log("").size() == 1);  // card a's log was not cleared
  CHECK(store.load_card("deck", "a")->state == a1.after);
  CHECK_FALSE(store.load_card("deck", "b"));
}

}  // namespace genai_quiz
