#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "genai_quiz/store/sqlite_store.hpp"
#include "support/fixture_files.hpp"
#include "support/temp_dir.hpp"

namespace genai_quiz {
namespace {

using namespace std::chrono_literals;

}  // namespace

TEST_CASE("A version 1 database migrates forward and keeps its progress", "[store]") {
  testing::TempDir dir;
  run_sql_script(dir / "progress.db",
                 testing::read_text_file(testing::fixture_path("store/progress-v1.sql")).value_or(""));
  SqliteStore store(dir / "progress.db");
  CHECK(store.schema_version() == progress_schema_version());
  CHECK(store.integrity_check() == "ok");

  std::vector<ReviewRecord> log = store.reviews();
  REQUIRE(log.size() == 2);
  CHECK(log[0].id == 1);
  CHECK(log[0].rating == Rating::kGood);
  CHECK(log[0].duration_ms == 4200);
  CHECK(log[0].before == CardState{});
  CHECK(log[0].after.phase == Phase::kLearning);
  CHECK(log[1].after.phase == Phase::kReview);
  CHECK(log[1].after.scheduled_days == 3);
  CHECK(!log[0].cram);
  CHECK(!log[1].cram);

  CardProgress p = store.load_card("genai-interview", "backpropagation").value();
  CHECK(p.state == log[1].after);
  CHECK(p.state.due == TimePoint(1714813800000ms));
  CHECK(p.last_review_id == 2);
  CHECK(p.fingerprint == "0123456789abcdef");
  CHECK(!p.skipped_until);

  // The migrated database takes new reviews, undo and skips like a fresh one.
  ReviewRecord next = log[1];
  next.time = TimePoint(1714813800000ms);
  next.before = p.state;
  next.after.reps = 3;
  std::int64_t id = store.record(next, 2).value();
  CHECK(id == 3);
  CHECK(store.undo(id));
  CHECK(store.load_card("genai-interview", "backpropagation")->last_review_id == 2);
  store.set_skipped_until("genai-interview", "backpropagation", next.time + 24h);
  CHECK(store.load_card("genai-interview", "backpropagation")->skipped_until == next.time + 24h);
}

TEST_CASE("A version 2 database migrates forward: its answers have no coverage, new ones keep theirs", "[store]") {
  testing::TempDir dir;
  run_sql_script(dir / "progress.db",
                 testing::read_text_file(testing::fixture_path("store/progress-v2.sql")).value_or(""));
  SqliteStore store(dir / "progress.db");
  CHECK(store.schema_version() == progress_schema_version());
  CHECK(store.integrity_check() == "ok");
  std::vector<ReviewRecord> log = store.reviews();
  REQUIRE(log.size() == 3);
  CHECK(log[2].cram);
  for (const ReviewRecord& r : log) CHECK_FALSE(r.coverage.has_value());
  CardProgress p = store.load_card("genai-interview", "backpropagation").value();
  CHECK(p.skipped_until == TimePoint(1714700000000ms));

  ReviewRecord typed = log[1];
  typed.time = TimePoint(1714813800000ms);
  typed.before = p.state;
  typed.after.reps = 3;
  typed.coverage = 2.0 / 3;
  std::int64_t id = store.record(typed, 2).value();
  CHECK(store.reviews().back().id == id);
  CHECK(store.reviews().back().coverage == 2.0 / 3);
}

}  // namespace genai_quiz

namespace genai_quiz {

TEST_CASE("A version 3 database migrates forward: its answers have no pick, new ones keep theirs", "[store]") {
  testing::TempDir dir;
  run_sql_script(dir / "progress.db",
                 testing::read_text_file(testing::fixture_path("store/progress-v3.sql")).value_or(""));
  SqliteStore store(dir / "progress.db");
  CHECK(store.schema_version() == progress_schema_version());
  CHECK(store.integrity_check() == "ok");
  std::vector<ReviewRecord> log = store.reviews();
  REQUIRE(log.size() == 4);
  CHECK(log[3].coverage == 0.6666666666666666);
  for (const ReviewRecord& r : log) CHECK_FALSE(r.choice.has_value());
  CardProgress p = store.load_card("genai-interview", "backpropagation").value();
  CHECK(p.last_review_id == 4);
  CHECK(p.state.scheduled_days == 9);

  struct Case {
    std::optional<int> choice;
    bool correct;
  };
  const Case cases[] = {{2, false}, {0, true}, {std::nullopt, false}};
  std::int64_t last = 4;
  for (const Case& c : cases) {
    ReviewRecord picked = log[3];
    picked.time += std::chrono::hours(24 * (last - 3));
    picked.before = store.load_card("genai-interview", "backpropagation")->state;
    picked.coverage.reset();
    picked.choice = c.choice;
    picked.choice_correct = c.correct;
    last = store.record(picked, last).value();
    const ReviewRecord back = store.reviews().back();
    CHECK(back.id == last);
    CHECK(back.choice == c.choice);
    CHECK(back.choice_correct == c.correct);
  }
}

}  // namespace genai_quiz
