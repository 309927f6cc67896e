#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <random>

#include "genai_quiz/app/exchange_times.hpp"
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

// Marks `card` as the suspend, flag and reset commands do.
void mark(MemoryStore& store, const std::string& card, TimePoint time, CardEventKind kind) {
  store.add_event({0, "deck", card, time, kind});
}

std::map<std::pair<std::string, std::string>, CardMarks> marks(MemoryStore& store) {
  std::map<std::pair<std::string, std::string>, CardMarks> out;
  for (auto& [key, progress] : store.cards()) {
    if (progress.marks != CardMarks{}) out[key] = progress.marks;
  }
  return out;
}

// The card event log without the store's ids.
std::vector<CardEvent> events(MemoryStore& store) {
  std::vector<CardEvent> out = store.card_events("");
  for (CardEvent& e : out) e.id = 0;
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

TEST_CASE("Card events on one device reach the other with the same marks and states, once", "[exchange]") {
  using K = CardEventKind;
  struct Act {
    const char* card;
    int day;        // March 2025, 09:00 UTC
    int rating;     // an answer with this rating, or 0 for the event
    K kind = K::kFlag;
  };
  struct Row {
    const char* what;
    std::vector<Act> acts;  // on device a, in time order
    CardMarks marks;        // card x's marks afterwards, on both devices
  };
  const std::vector<Row> rows = {
      {"a suspend", {{"x", 1, 3}, {"x", 2, 0, K::kSuspend}}, {true, false, false}},
      {"a flag of a card never answered", {{"x", 1, 0, K::kFlag}}, {false, true, false}},
      {"a suspend undone", {{"x", 1, 0, K::kSuspend}, {"x", 2, 0, K::kUnsuspend}}, {}},
      {"a flag and an unflag, then a suspend", {{"x", 1, 0, K::kFlag}, {"x", 2, 0, K::kUnflag}, {"x", 3, 0, K::kSuspend}},
       {true, false, false}},
      {"a leech tag", {{"x", 1, 1}, {"x", 2, 1}, {"x", 2, 0, K::kLeech}}, {true, false, true}},
      {"a reset of an answered card", {{"x", 1, 3}, {"x", 4, 3}, {"x", 5, 0, K::kReset}}, {}},
      {"a reset, then answers after it", {{"x", 1, 3}, {"x", 4, 1}, {"x", 5, 0, K::kReset}, {"x", 6, 3}, {"x", 9, 4}}, {}},
      {"a leech reset and flagged", {{"x", 1, 1}, {"x", 1, 0, K::kLeech}, {"x", 3, 0, K::kReset}, {"x", 3, 0, K::kFlag}},
       {true, true, false}},
  };
  for (const Row& row : rows) {
    SECTION(row.what) {
      Scheduler scheduler{SchedulerSettings{}};
      TempDir folder;
      MemoryStore a, b;
      int answers = 0, acts = 0;
      for (const Act& act : row.acts) {
        // Answers on the hour, events a minute later, so that each comes after the one before it.
        const TimePoint t = utc(2025, 3, act.day, 9) + std::chrono::minutes(acts++);
        if (act.rating > 0) {
          answer(a, act.card, t, static_cast<Rating>(act.rating), scheduler);
          answers += 1;
        } else {
          mark(a, act.card, t, act.kind);
        }
      }
      answer(b, "y", utc(2025, 3, 2, 10), Rating::kGood, scheduler);  // b has progress of its own
      const int kinds = static_cast<int>(row.acts.size()) - answers;

      CHECK(sync(a, folder, "aaa", scheduler) == FolderSyncSummary{.sent = answers, .events_sent = kinds});
      const FolderSyncSummary got = sync(b, folder, "bbb", scheduler);
      CHECK(got.received == answers);
      CHECK(got.events_received == kinds);
      CHECK(got.events_sent == 0);
      CHECK(sync(a, folder, "aaa", scheduler) == FolderSyncSummary{.received = 1, .cards = 1});

      CHECK(marks(b)[{"deck", "x"}] == row.marks);
      CHECK(marks(a) == marks(b));
      CHECK(states(a) == states(b));
      CHECK(events(a) == events(b));
      CHECK(b.review_log("").size() == a.review_log("").size());  // a reset keeps the answers
      // Syncing again moves nothing and changes nothing.
      CHECK(sync(b, folder, "bbb", scheduler) == FolderSyncSummary{});
      CHECK(sync(a, folder, "aaa", scheduler) == FolderSyncSummary{});
      CHECK(events(b).size() == static_cast<std::size_t>(kinds));
    }
  }
}

TEST_CASE("A reset that arrives after the other device answered replays the card from new, keeping later answers",
          "[exchange]") {
  Scheduler scheduler{SchedulerSettings{}};
  TempDir folder;
  MemoryStore a, b, one;  // `one` does everything, in time order, on one machine
  for (MemoryStore* s : {&b, &one}) answer(*s, "x", utc(2025, 3, 1, 9), Rating::kGood, scheduler);
  for (MemoryStore* s : {&b, &one}) answer(*s, "x", utc(2025, 3, 4, 9), Rating::kEasy, scheduler);
  sync(b, folder, "bbb", scheduler);
  sync(a, folder, "aaa", scheduler);
  for (MemoryStore* s : {&a, &one}) mark(*s, "x", utc(2025, 3, 5, 9), CardEventKind::kReset);
  // b answers the card again before it hears of the reset: from its old state.
  answer(b, "x", utc(2025, 3, 6, 9), Rating::kHard, scheduler);
  answer(one, "x", utc(2025, 3, 6, 9), Rating::kHard, scheduler);
  REQUIRE(states(b) != states(one));

  CHECK(sync(a, folder, "aaa", scheduler).events_sent == 1);
  const FolderSyncSummary got = sync(b, folder, "bbb", scheduler);
  CHECK(got.events_received == 1);
  CHECK(got.sent == 1);
  CHECK(states(b) == states(one));
  CHECK(states(b).at({"deck", "x"}).reps == 1);  // only the answer after the reset counts
  sync(a, folder, "aaa", scheduler);
  CHECK(states(a) == states(one));
  CHECK(b.review_log("").size() == 3);
}

TEST_CASE("Marks made on both devices merge, each event once", "[exchange]") {
  Scheduler scheduler{SchedulerSettings{}};
  TempDir folder;
  MemoryStore a, b;
  mark(a, "x", utc(2025, 3, 1, 9), CardEventKind::kSuspend);
  mark(b, "x", utc(2025, 3, 1, 10), CardEventKind::kFlag);
  mark(b, "y", utc(2025, 3, 1, 11), CardEventKind::kFlag);
  // The same act on both (say a database copied before the first sync) is one event.
  mark(a, "z", utc(2025, 3, 1, 12), CardEventKind::kSuspend);
  mark(b, "z", utc(2025, 3, 1, 12), CardEventKind::kSuspend);
  CHECK(sync(a, folder, "aaa", scheduler) == FolderSyncSummary{.events_sent = 2});
  CHECK(sync(b, folder, "bbb", scheduler) == FolderSyncSummary{.events_received = 1, .events_sent = 2});
  CHECK(sync(a, folder, "aaa", scheduler) == FolderSyncSummary{.events_received = 2});
  CHECK(marks(a) == marks(b));
  CHECK(marks(a)[{"deck", "x"}] == CardMarks{true, true, false});
  CHECK(events(a).size() == 4);
  CHECK(events(b).size() == 4);
}

TEST_CASE("A device log written before card events syncs as before, and this device's events go out", "[exchange]") {
  Scheduler scheduler{SchedulerSettings{}};
  TempDir folder;
  // A folder an earlier build made: marker version 1, a log of answers without events.
  std::filesystem::create_directories(folder / "devices");
  std::ofstream(folder / "genai-quiz-sync.json") << R"({"format": "genai-quiz-sync", "version": 1})" << '\n';
  std::ofstream(folder / "devices" / "old.jsonl")
      << R"({"deck":"deck","card":"x","rating":3,"duration_ms":900,"cram":false,"fingerprint":"fp-x","time":"2025-03-01T09:00:00Z"})"
      << '\n';
  MemoryStore b;
  mark(b, "x", utc(2025, 3, 2, 9), CardEventKind::kFlag);
  CHECK(sync(b, folder, "bbb", scheduler) == FolderSyncSummary{.received = 1, .cards = 1, .events_sent = 1});
  CHECK(marks(b)[{"deck", "x"}] == CardMarks{false, true, false});
  CHECK(states(b).at({"deck", "x"}).reps == 1);
  CHECK(sync(b, folder, "bbb", scheduler) == FolderSyncSummary{});
}
