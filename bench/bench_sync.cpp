// bench_sync: `genai-quiz sync` through a shared folder, on a synthetic log (N answers, default
// 100,000, to N/100 cards, one device). It times, best of 3 in CPU seconds of the process (the
// machine is shared) with the wall time beside:
//   - the first sync, which writes every answer to the device's own log;
//   - a sync with nothing new (every log read and checked, the database's log compared with
//     them, nothing written);
//   - a sync that receives 1,000 new answers from another device (to 1,000 cards, whose
//     histories are replayed and replaced in one transaction).
// The progress database is an SQLite file in DIR, as in real use.
//
//   bench_sync [ANSWERS] [DIR]   (DIR default /tmp)

#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "bench_clock.hpp"
#include "genai_quiz/app/exchange_times.hpp"
#include "genai_quiz/core/calendar.hpp"
#include "genai_quiz/core/progress_import.hpp"
#include "genai_quiz/exchange/folder_sync.hpp"
#include "genai_quiz/store/sqlite_store.hpp"

using namespace genai_quiz;
namespace fs = std::filesystem;

namespace {

using bench::best_of_3;
using bench::cpu_seconds;
using bench::Timing;
using bench::wall_seconds;

// `count` answers to `count / per_card` cards, each card answered once a day or so from
// 2024-01-01, ratings mostly Good.
std::vector<ReviewRecord> synthetic_log(int count, int per_card, TimePoint start, std::uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<ReviewRecord> out;
  const int cards = std::max(1, count / per_card);
  for (int i = 0; i < count; ++i) {
    ReviewRecord r;
    r.deck_id = "bench";
    r.card_id = "card-" + std::to_string(i % cards);
    r.time = start + std::chrono::hours(24 * (i / cards)) + std::chrono::seconds(i % cards) +
             std::chrono::milliseconds(rng() % 1000);
    const unsigned roll = rng() % 10;
    r.rating = roll == 0 ? Rating::kAgain : roll == 1 ? Rating::kHard : roll == 9 ? Rating::kEasy : Rating::kGood;
    r.duration_ms = 2000 + static_cast<std::int64_t>(rng() % 20000);
    r.fingerprint = "0123456789abcdef";
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const int answers = argc > 1 ? std::atoi(argv[1]) : 100000;
  const fs::path dir = fs::path(argc > 2 ? argv[2] : "/tmp") / ("bench_sync_" + std::to_string(getpid()));
  setenv("TZ", "UTC", 1);
  tzset();
  const SchedulerSettings settings;
  const Scheduler scheduler(settings, std::make_shared<FixedOffsetCalendar>(std::chrono::minutes(0), 4));
  const FingerprintLookup no_decks = [](const std::string&, const std::string&) { return std::nullopt; };
  const TimePoint start = std::chrono::sys_days(std::chrono::year(2024) / 1 / 1);

  fs::remove_all(dir);
  fs::create_directories(dir / "folder");
  const fs::path db = dir / "progress.db", saved = dir / "saved.db", folder = dir / "folder";
  const std::vector<ReviewRecord> log = synthetic_log(answers, 100, start, 1);
  {
    SqliteStore store(db);
    import_reviews(store, log, scheduler, no_decks, false);
  }
  fs::copy_file(db, saved);
  open_shared_folder(folder);
  auto sync = [&] {
    SqliteStore store(db);
    return sync_with_folder(store, folder, "aaaa", scheduler, no_decks, parse_offset_time, local_iso_time);
  };
  std::printf("%d answers to %d cards in the store\n", answers, std::max(1, answers / 100));

  FolderSyncSummary s;
  Timing first = best_of_3([&] { fs::remove(device_log_path(folder, "aaaa")); }, [&] { s = sync(); });
  std::printf("  %-44s %7.3f CPU s  (wall %.3f s)  %d answers out, log %.1f MB\n", "first sync (every answer out)",
              first.cpu, first.wall, s.sent, static_cast<double>(fs::file_size(device_log_path(folder, "aaaa"))) / 1e6);

  Timing nothing = best_of_3([] {}, [&] { s = sync(); });
  std::printf("  %-44s %7.3f CPU s  (wall %.3f s)  %d in, %d out\n", "sync with nothing new", nothing.cpu, nothing.wall,
              s.received, s.sent);

  // Another device's 1,000 answers to 1,000 cards, a year later.
  const int cards = std::max(1, answers / 100);
  std::vector<ReviewRecord> other = synthetic_log(std::min(1000, cards), 1, start + std::chrono::hours(24 * 365), 2);
  append_device_log(folder, "bbbb", other, {}, local_iso_time);
  Timing incoming = best_of_3([&] { fs::copy_file(saved, db, fs::copy_options::overwrite_existing); }, [&] { s = sync(); });
  std::printf("  %-44s %7.3f CPU s  (wall %.3f s)  %d in, %d cards rebuilt, %d out\n",
              "sync with 1,000 new answers from another device", incoming.cpu, incoming.wall, s.received, s.cards, s.sent);
  fs::remove_all(dir);
  return 0;
}
