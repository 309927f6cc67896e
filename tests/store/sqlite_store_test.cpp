#include "genai_quiz/store/sqlite_store.hpp"

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <thread>
#include <vector>

#include "genai_quiz/core/error.hpp"
#include "support/memory_store.hpp"
#include "support/temp_dir.hpp"

namespace genai_quiz {
namespace {

using namespace std::chrono_literals;
using testing::TempDir;

const TimePoint kMorning = TimePoint(1714554000000ms);  // 2024-05-01T09:00:00Z

CardState learning_state(TimePoint at) {
  CardState s;
  s.phase = Phase::kLearning;
  s.stability = 2.3065;
  s.difficulty = 2.118;
  s.due = at + 10min;
  s.last_review = at;
  s.learning_step = 1;
  s.reps = 1;
  return s;
}

ReviewRecord first_review(const std::string& card, TimePoint at) {
  ReviewRecord r;
  r.deck_id = "deck";
  r.card_id = card;
  r.time = at;
  r.rating = Rating::kGood;
  r.duration_ms = 4200;
  r.after = learning_state(at);
  r.fingerprint = "fp-1";
  return r;
}

ReviewRecord second_review(const ReviewRecord& first, TimePoint at) {
  ReviewRecord r = first;
  r.time = at;
  r.rating = Rating::kEasy;
  r.before = first.after;
  r.after = first.after;
  r.after.phase = Phase::kReview;
  r.after.scheduled_days = 8;
  r.after.due = at + 8 * 24h;
  r.after.reps = 2;
  r.fingerprint = "fp-2";
  return r;
}

// The contract every ProgressStore keeps; run against the SQLite store and the in-memory fake.
void check_store_contract(ProgressStore& store) {
  ReviewRecord a = first_review("a", kMorning);
  std::optional<std::int64_t> id1 = store.record(a, 0);
  REQUIRE(id1);
  CHECK(store.load_card("deck", "a")->state == a.after);
  CHECK(store.load_card("deck", "a")->last_review_id == *id1);
  CHECK(!store.record(a, 0));  // another session answered it meanwhile

  ReviewRecord b = second_review(a, kMorning + 10min);
  std::optional<std::int64_t> id2 = store.record(b, *id1);
  REQUIRE(id2);
  CHECK(store.load_card("deck", "a")->fingerprint == "fp-2");
  CHECK(!store.undo(*id1));  // no longer the card's latest review
  REQUIRE(store.undo(*id2));
  CHECK(store.load_card("deck", "a")->state == a.after);
  CHECK(store.load_card("deck", "a")->fingerprint == "fp-1");
  CHECK(store.load_card("deck", "a")->last_review_id == *id1);
  REQUIRE(store.undo(*id1));
  CHECK(store.load_card("deck", "a")->state == CardState{});
  CHECK(store.load_card("deck", "a")->last_review_id == 0);
  CHECK(!store.undo(*id1));

  ReviewRecord cram = first_review("c", kMorning);
  cram.cram = true;
  cram.after = cram.before;
  REQUIRE(store.record(cram, 12345));  // a cram answer never conflicts
  CHECK(!store.load_card("deck", "c"));
  CHECK(store.count_introduced("deck", kMorning, kMorning + 24h) == 0);

  store.set_skipped_until("deck", "d", kMorning + 24h);
  CHECK(store.load_card("deck", "d")->skipped_until == kMorning + 24h);
  CHECK(store.load_card("deck", "d")->state.phase == Phase::kNew);
  REQUIRE(store.record(first_review("d", kMorning), 0));
  CHECK(store.load_card("deck", "d")->skipped_until == kMorning + 24h);
  store.set_skipped_until("deck", "d", std::nullopt);
  CHECK(!store.load_card("deck", "d")->skipped_until);
  CHECK(store.load_card("deck", "d")->state == learning_state(kMorning));

  CHECK(store.count_introduced("deck", kMorning, kMorning + 24h) == 1);
  CHECK(store.count_introduced("deck", kMorning + 1ms, kMorning + 24h) == 0);
  CHECK(store.count_introduced("other", kMorning, kMorning + 24h) == 0);
  CHECK(store.load_deck("deck").size() == 2);  // "a" and "d"; a cram answer saves no state
  CHECK(store.load_deck("other").empty());
}

}  // namespace

TEST_CASE("The SQLite store keeps the progress store contract", "[store]") {
  TempDir dir;
  SqliteStore store(dir / "progress.db");
  check_store_contract(store);
  CHECK(store.integrity_check() == "ok");
}

TEST_CASE("The in-memory fake keeps the progress store contract", "[store]") {
  testing::MemoryStore store;
  check_store_contract(store);
}

TEST_CASE("A new database is created with the current schema version", "[store]") {
  TempDir dir;
  SqliteStore store(dir / "progress.db");
  CHECK(std::filesystem::exists(dir / "progress.db"));
  CHECK(store.schema_version() == progress_schema_version());
  CHECK(store.integrity_check() == "ok");
  CHECK(store.load_deck("deck").empty());
  CHECK(store.reviews().empty());
}

TEST_CASE("A scratch copy starts from the database on disk and never writes to it", "[store]") {
  TempDir dir;
  ReviewRecord first = first_review("backpropagation", kMorning);
  first.deck_id = "before";
  {
    SqliteStore store(dir / "progress.db");
    REQUIRE(store.record(first, 0));
  }
  {
    SqliteStore scratch(dir / "progress.db", SqliteStore::ScratchCopy{});
    check_store_contract(scratch);  // every write works, in memory
    REQUIRE(scratch.reviews("before").size() == 1);
    CHECK(scratch.reviews("before").front().card_id == "backpropagation");
    CHECK(scratch.reviews("deck").size() >= 2);
  }
  SqliteStore store(dir / "progress.db");
  const std::vector<ReviewRecord> log = store.reviews();
  REQUIRE(log.size() == 1);
  CHECK(log[0].card_id == "backpropagation");
}

TEST_CASE("A scratch copy of a database that does not exist creates no file", "[store]") {
  TempDir dir;
  {
    SqliteStore scratch(dir / "progress.db", SqliteStore::ScratchCopy{});
    CHECK(scratch.schema_version() == progress_schema_version());
    CHECK(scratch.record(first_review("attention", kMorning), 0));
    CHECK(scratch.reviews().size() == 1);
  }
  CHECK_FALSE(std::filesystem::exists(dir / "progress.db"));
}

TEST_CASE("A recorded review is all there after reopening the database", "[store]") {
  TempDir dir;
  ReviewRecord r = second_review(first_review("backpropagation", kMorning), kMorning + 10min);
  r.elapsed_days = 3;
  r.duration_ms = 98765;
  r.coverage = 0.75;
  std::int64_t id = 0;
  {
    SqliteStore store(dir / "progress.db");
    id = store.record(r, 0).value();
  }
  SqliteStore store(dir / "progress.db");
  std::vector<ReviewRecord> log = store.reviews("deck");
  REQUIRE(log.size() == 1);
  ReviewRecord expected = r;
  expected.id = id;
  CHECK(log[0] == expected);
  CHECK(store.reviews("other").empty());
  CardProgress p = store.load_card("deck", "backpropagation").value();
  CHECK(p.state == r.after);
  CHECK(p.fingerprint == "fp-2");
  CHECK(p.last_review_id == id);
}

TEST_CASE("The store lists every card it holds anything for and removes cards whole, in one go", "[store]") {
  TempDir dir;
  SqliteStore store(dir / "progress.db");
  // backpropagation: two answers; attention: an event only; softmax (another deck): one answer.
  const ReviewRecord first = first_review("backpropagation", kMorning);
  const std::int64_t id = store.record(first, 0).value();
  store.record(second_review(first, kMorning + 10min), id).value();
  store.add_event({0, "deck", "attention", kMorning, CardEventKind::kFlag});
  ReviewRecord other = first_review("softmax", kMorning);
  other.deck_id = "other";
  store.record(other, 0).value();
  store.set_skipped_until("deck", "skipped-only", kMorning + 1h);
  CHECK(store.stored_cards() == std::vector<StoredCard>{
                                    {"deck", "attention"}, {"deck", "backpropagation"}, {"deck", "skipped-only"},
                                    {"other", "softmax"}});

  const std::vector<StoredCard> gone = {{"deck", "backpropagation"}, {"deck", "attention"}, {"deck", "no-such-card"}};
  CHECK(store.remove_cards(gone) == 2);
  CHECK(store.stored_cards() == std::vector<StoredCard>{{"deck", "skipped-only"}, {"other", "softmax"}});
  CHECK_FALSE(store.load_card("deck", "backpropagation").has_value());
  CHECK(store.card_events("deck").empty());
  CHECK(store.reviews("deck").empty());
  CHECK(store.reviews("other").size() == 1);
  CHECK(store.remove_cards({}) == 0);
}

TEST_CASE("Two connections writing to one database lose no review", "[store]") {
  TempDir dir;
  SqliteStore(dir / "progress.db");
  constexpr int kEach = 40;
  auto writer = [&](std::string prefix) {
    SqliteStore store(dir / "progress.db");
    for (int i = 0; i < kEach; ++i) {
      REQUIRE(store.record(first_review(prefix + std::to_string(i), kMorning), 0));
    }
  };
  std::thread one(writer, "one-");
  std::thread two(writer, "two-");
  one.join();
  two.join();
  SqliteStore store(dir / "progress.db");
  CHECK(store.reviews("deck").size() == 2 * kEach);
  CHECK(store.load_deck("deck").size() == 2 * kEach);
  CHECK(store.integrity_check() == "ok");
}

TEST_CASE("Processes opening a fresh database together all wait for each other and none fails",
          "[store]") {
  constexpr int kRounds = 40;
  constexpr int kOpeners = 4;
  int failures = 0;
  for (int round = 0; round < kRounds; ++round) {
    TempDir dir;
    std::string path = (dir / "progress.db").string();
    std::vector<pid_t> children;
    for (int i = 0; i < kOpeners; ++i) {
      pid_t pid = fork();
      REQUIRE(pid >= 0);
      if (pid == 0) {
        usleep(static_cast<useconds_t>(i * 1000));  // staggered like processes starting
        int code = 0;
        try {
          SqliteStore store(path);
          if (store.schema_version() != progress_schema_version()) code = 2;
        } catch (const std::exception&) {
          code = 1;
        }
        _exit(code);
      }
      children.push_back(pid);
    }
    for (pid_t pid : children) {
      int status = 0;
      REQUIRE(waitpid(pid, &status, 0) == pid);
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) ++failures;
    }
    CHECK(SqliteStore(path).integrity_check() == "ok");
  }
  CHECK(failures == 0);
}

TEST_CASE("A database from a newer genai-quiz is refused with a clear message", "[store]") {
  TempDir dir;
  run_sql_script(dir / "progress.db", "PRAGMA user_version = 99;");
  CHECK_THROWS_WITH(SqliteStore(dir / "progress.db"),
                    Catch::Contains("schema version 99, newer than this genai-quiz understands"));
}

TEST_CASE("A database in a missing folder is an error naming the path", "[store]") {
  TempDir dir;
  CHECK_THROWS_WITH(SqliteStore(dir / "missing" / "progress.db"),
                    Catch::Contains((dir / "missing" / "progress.db").string()));
}

}  // namespace genai_quiz
