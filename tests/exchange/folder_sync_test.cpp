#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <random>

#include "cli/exchange_times.hpp"
#include "genai_quiz/core/error.hpp"
#include "genai_quiz/exchange/folder_sync.hpp"
#include "support/memory_store.hpp"
#include "support/temp_dir.hpp"
#include "support/time_points.hpp"

using namespace genai_quiz;
using genai_quiz::test::utc;
using testing::MemoryStore;
using testing::TempDir;

namespace {

const FingerprintLookup kNoDecks = [](const std::string&, const std::string&) { return std::nullopt; };

// Answers `card` as a study session does: from the card's saved state.
void answer(MemoryStore& store, const std::string& card, TimePoint time, Rating rating, const Scheduler& scheduler) {
  CardProgress p = store.load_card("deck", card).value_or(CardProgress{});
  ReviewRecord r;
  r.deck_id = "deck";
  r.card_id = card;
  r.time = time;
  r.rating = rating;
  r.duration_ms = 1200;
  r.before = p.state;
  r.elapsed_days = scheduler.elapsed_days(p.state, time);
  r.after = scheduler.review(p.state, rating, time);
  r.fingerprint = "fp-" + card;
  REQUIRE(store.record(r, p.last_review_id));
}

std::map<std::pair<std::string, std::string>, CardState> states(MemoryStore& store) {
  std::map<std::pair<std::string, std::string>, CardState> out;
  for (auto& [key, progress] : store.cards()) out[key] = progress.state;
  return out;
}

FolderSyncSummary sync(MemoryStore& store, const TempDir& folder, const std::string& device, const Scheduler& s) {
  open_shared_folder(folder.path());
  return sync_with_folder(store, folder.path(), device, s, kNoDecks, parse_offset_time, local_iso_time);
}

}  // namespace

TEST_CASE("Two devices syncing through a folder reach the states of one device that gave every answer", "[exchange]") {
  Scheduler scheduler{SchedulerSettings{}};
  TempDir folder;
  MemoryStore laptop, desktop, one;
  std::mt19937 rng(7);
  for (int day = 0; day < 30; ++day) {
    for (int c = 0; c < 4; ++c) {
      const std::string card = "c" + std::to_string(c);
      const TimePoint t = utc(2025, 3, 1, 8 + c) + std::chrono::hours(24 * day);
      const Rating rating = static_cast<Rating>(1 + rng() % 4);
      answer(rng() % 2 == 0 ? laptop : desktop, card, t, rating, scheduler);
      answer(one, card, t, rating, scheduler);
    }
    if (rng() % 3 == 0) sync(laptop, folder, "laptop", scheduler);
    if (rng() % 3 == 0) sync(desktop, folder, "desktop", scheduler);
  }
  sync(laptop, folder, "laptop", scheduler);
  sync(desktop, folder, "desktop", scheduler);
  CHECK(sync(laptop, folder, "laptop", scheduler).sent == 0);  // what it received is in desktop's log
  const FolderSyncSummary last = sync(desktop, folder, "desktop", scheduler);
  CHECK(last == FolderSyncSummary{});  // nothing left to move
  CHECK(states(laptop) == states(one));
  CHECK(states(desktop) == states(one));
  CHECK(laptop.review_log("").size() == one.review_log("").size());
}

TEST_CASE("A sync sends each answer once and receives only what is new", "[exchange]") {
  Scheduler scheduler{SchedulerSettings{}};
  TempDir folder;
  MemoryStore a, b;
  answer(a, "x", utc(2025, 3, 1, 9), Rating::kGood, scheduler);
  answer(a, "y", utc(2025, 3, 1, 10), Rating::kAgain, scheduler);
  CHECK(sync(a, folder, "aaa", scheduler) == FolderSyncSummary{0, 0, 2, 0, 0});
  CHECK(sync(a, folder, "aaa", scheduler) == FolderSyncSummary{});
  answer(b, "x", utc(2025, 3, 2, 9), Rating::kHard, scheduler);
  CHECK(sync(b, folder, "bbb", scheduler) == FolderSyncSummary{2, 2, 1, 0, 0});
  CHECK(sync(a, folder, "aaa", scheduler) == FolderSyncSummary{1, 1, 0, 0, 0});
  CHECK(states(a) == states(b));
}

TEST_CASE("A partial last line and a conflict copy are read safely and nothing is lost", "[exchange]") {
  Scheduler scheduler{SchedulerSettings{}};
  TempDir folder;
  MemoryStore a, b;
  answer(a, "x", utc(2025, 3, 1, 9), Rating::kGood, scheduler);
  answer(a, "y", utc(2025, 3, 1, 10), Rating::kGood, scheduler);
  sync(a, folder, "aaa", scheduler);
  const std::filesystem::path log = device_log_path(folder.path(), "aaa");
  std::string text;
  {
    std::ifstream in(log, std::ios::binary);
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  // The sync tool has delivered the first line and half of the second, and left an older version
  // of the file as a conflict copy holding the second line whole.
  const std::size_t first_end = text.find('\n') + 1;
  std::ofstream(log, std::ios::binary) << text.substr(0, first_end + 20);
  std::ofstream(folder / "devices" / "aaa.sync-conflict-20250301-101500-XYZ.jsonl", std::ios::binary)
      << text.substr(first_end);

  const FolderSyncSummary got = sync(b, folder, "bbb", scheduler);
  CHECK(got.received == 2);
  CHECK(got.partial_lines == 1);
  CHECK(got.copies == 1);
  CHECK(got.sent == 1);  // the answer found only in the copy goes out again, in b's own log
  CHECK(states(b) == states(a));
}

TEST_CASE("A half-written line is left for later and its answer arrives once the line is whole", "[exchange]") {
  Scheduler scheduler{SchedulerSettings{}};
  TempDir folder;
  MemoryStore a, c;
  answer(a, "x", utc(2025, 3, 1, 9), Rating::kGood, scheduler);
  answer(a, "y", utc(2025, 3, 1, 10), Rating::kGood, scheduler);
  sync(a, folder, "aaa", scheduler);
  const std::filesystem::path log = device_log_path(folder.path(), "aaa");
  std::string text;
  {
    std::ifstream in(log, std::ios::binary);
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::ofstream(log, std::ios::binary) << text.substr(0, text.size() - 10);
  FolderSyncSummary first = sync(c, folder, "ccc", scheduler);
  CHECK(first.received == 1);
  CHECK(first.partial_lines == 1);
  std::ofstream(log, std::ios::binary) << text;
  CHECK(sync(c, folder, "ccc", scheduler) == FolderSyncSummary{1, 1, 0, 0, 0});
  CHECK(states(c) == states(a));
}

TEST_CASE("A malformed line from another device leaves the database untouched", "[exchange]") {
  Scheduler scheduler{SchedulerSettings{}};
  TempDir folder;
  MemoryStore a, b;
  answer(a, "x", utc(2025, 3, 1, 9), Rating::kGood, scheduler);
  sync(a, folder, "aaa", scheduler);
  std::ofstream(folder / "devices" / "aaa.jsonl", std::ios::app) << "{\"deck\":\"deck\",\"card\":\"y\"}\n";
  answer(b, "z", utc(2025, 3, 2, 9), Rating::kGood, scheduler);
  const auto before = states(b);
  const int commits = b.commits();
  CHECK_THROWS_WITH(sync(b, folder, "bbb", scheduler), Catch::Contains("aaa.jsonl:2: error: answer: the field 'time' is missing"));
  CHECK(states(b) == before);
  CHECK(b.commits() == commits);
  CHECK_FALSE(std::filesystem::exists(folder / "devices" / "bbb.jsonl"));
}

TEST_CASE("A device whose database was lost gets its own answers back from its log", "[exchange]") {
  Scheduler scheduler{SchedulerSettings{}};
  TempDir folder;
  MemoryStore a, restored;
  answer(a, "x", utc(2025, 3, 1, 9), Rating::kGood, scheduler);
  answer(a, "x", utc(2025, 3, 3, 9), Rating::kEasy, scheduler);
  sync(a, folder, "aaa", scheduler);
  CHECK(sync(restored, folder, "aaa", scheduler) == FolderSyncSummary{2, 1, 0, 0, 0});
  CHECK(states(restored) == states(a));
}
