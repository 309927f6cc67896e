// bench_exchange: export, import and statistics on a real review log, the one in
// ../shared/data/revlogs/anki-user-reviews.csv (12,580 answers to 1,205 cards), and on COPIES of
// it side by side as more decks (default 10: 125,800 answers to 12,050 cards). For each size it
// times, best of 3 in CPU seconds of the process (the machine is shared): writing the export in
// each format with the review log, reading the JSON and YAML exports back, importing the log into
// an empty progress database on disk (merge, replay of every card, one transaction), importing
// it again (every answer already there), and computing the statistics.
//
//   bench_exchange [COPIES] [DIR]   (DIR: where the databases go, default /tmp; the shared folder
//   is $GENAI_QUIZ_SHARED_DIR when set)

#include <fmt/core.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "bench_clock.hpp"
#include "genai_quiz/app/exchange_times.hpp"
#include "genai_quiz/core/calendar.hpp"
#include "genai_quiz/core/progress_import.hpp"
#include "genai_quiz/core/progress_stats.hpp"
#include "genai_quiz/exchange/export_writer.hpp"
#include "genai_quiz/exchange/import_reader.hpp"
#include "genai_quiz/store/sqlite_store.hpp"

using namespace genai_quiz;

namespace {

using bench::best_of_3;
using bench::cpu_seconds;
using bench::Timing;
using bench::wall_seconds;

// "1711684180217,1,2024-03-29T20:32:32.250000+00:00,25060" (some times have no fraction).
std::vector<ReviewRecord> load_log(const std::string& path) {
  std::ifstream in(path);
  std::vector<ReviewRecord> out;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    char card[32];
    int rating = 0, y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, n = 0, micros = 0;
    long long duration = 0;
    if (std::sscanf(line.c_str(), "%31[0-9],%d,%d-%d-%dT%d:%d:%d%n", card, &rating, &y, &mo, &d, &h, &mi, &s, &n) != 8) {
      continue;
    }
    const char* rest = line.c_str() + n;
    if (*rest == '.' ? std::sscanf(rest, ".%d+00:00,%lld", &micros, &duration) != 2
                     : std::sscanf(rest, "+00:00,%lld", &duration) != 1) {
      continue;
    }
    using namespace std::chrono;
    ReviewRecord r;
    r.deck_id = "anki";
    r.card_id = card;
    r.time = TimePoint(sys_days(year(y) / month(static_cast<unsigned>(mo)) / day(static_cast<unsigned>(d))) + hours(h) +
                       minutes(mi) + seconds(s) + milliseconds(micros / 1000));
    r.rating = static_cast<Rating>(rating);
    r.duration_ms = duration;
    out.push_back(std::move(r));
  }
  return out;
}

void report(const char* what, const Timing& t, std::size_t answers, const std::string& extra = "") {
  std::printf("  %-34s %8.3f CPU s  %9.0f answers/CPU s  (wall %.3f s)%s\n", what, t.cpu,
              static_cast<double>(answers) / t.cpu, t.wall, extra.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  int copies = argc > 1 ? std::atoi(argv[1]) : 10;
  std::filesystem::path dir = argc > 2 ? argv[2] : "/tmp";
  const char* shared = std::getenv("GENAI_QUIZ_SHARED_DIR");  // for a checkout not next to it
  const std::string path =
      std::string(shared && *shared ? shared : GENAI_QUIZ_SHARED_DIR) + "/data/revlogs/anki-user-reviews.csv";
  std::vector<ReviewRecord> base = load_log(path);
  if (base.empty()) {
    std::printf("bench_exchange: %s is not there; nothing measured\n", path.c_str());
    return 0;
  }
  setenv("TZ", "UTC", 1);
  tzset();
  const FixedOffsetCalendar calendar(std::chrono::minutes(0), 4);
  const SchedulerSettings settings;
  const Scheduler scheduler(settings, std::make_shared<FixedOffsetCalendar>(calendar));
  const FingerprintLookup no_decks = [](const std::string&, const std::string&) { return std::nullopt; };

  for (int n : {1, copies}) {
    // The log n times over, as n decks; each card's record from its replayed history.
    std::vector<ReviewRecord> log;
    for (int c = 0; c < n; ++c) {
      for (ReviewRecord r : base) {
        r.deck_id = fmt::format("anki-{}", c);
        log.push_back(std::move(r));
      }
    }
    TimePoint now = log.back().time + std::chrono::hours(24);
    std::map<std::pair<std::string, std::string>, std::vector<ReviewRecord>> by_card;
    for (const ReviewRecord& r : log) by_card[{r.deck_id, r.card_id}].push_back(r);
    ExportData data;
    data.exported_at = now;
    data.settings = settings;
    data.format_time = local_iso_time;
    data.reviews = log;
    std::vector<ReviewRecord> facts;
    for (auto& [key, history] : by_card) {
      CardRecord c;
      c.deck = key.first;
      c.section = "all";
      c.section_title = "All";
      c.id = key.second;
      c.question = "Card " + key.second;
      std::vector<ReviewRecord> replayed = replay_card(history, scheduler);
      c.state = replayed.back().after;
      c.retrievability = scheduler.retrievability(c.state, now);
      data.cards.push_back(std::move(c));
      facts.insert(facts.end(), replayed.begin(), replayed.end());
    }
    std::printf("%zu answers to %zu cards (%d cop%s of the log)\n", log.size(), data.cards.size(), n, n == 1 ? "y" : "ies");

    std::map<ExportFormat, std::string> files;
    for (auto [format, name] : {std::pair{ExportFormat::kJson, "json"}, std::pair{ExportFormat::kYaml, "yaml"},
                                std::pair{ExportFormat::kCsv, "csv (review log)"},
                                std::pair{ExportFormat::kMarkdown, "md"}}) {
      std::string text;
      Timing t = best_of_3([] {}, [&] {
        std::ostringstream out;
        write_export(out, format, data);
        text = out.str();
      });
      report(fmt::format("write {}", name).c_str(), t, log.size(), fmt::format("  {:.1f} MB", text.size() / 1e6));
      files[format] = std::move(text);
    }
    for (auto [format, name] : {std::pair{ExportFormat::kJson, "read json"}, std::pair{ExportFormat::kYaml, "read yaml"}}) {
      std::size_t read = 0;
      Timing t = best_of_3([] {}, [&] {
        ImportRead r = read_import(files[format], "export", parse_offset_time);
        read = r.log ? r.log->reviews.size() : 0;
      });
      if (read != log.size()) std::printf("  %s read %zu answers of %zu!\n", name, read, log.size());
      report(name, t, log.size());
    }

    std::filesystem::path db = dir / fmt::format("bench-exchange-{}.db", getpid());
    auto remove_db = [&] {
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix);
    };
    ImportSummary summary;
    Timing fresh = best_of_3(remove_db, [&] {
      SqliteStore store(db);
      summary = import_reviews(store, log, scheduler, no_decks, false);
    });
    report("import into an empty database", fresh, log.size(), fmt::format("  {} cards rebuilt", summary.cards));
    Timing again = best_of_3([] {}, [&] {
      SqliteStore store(db);
      summary = import_reviews(store, log, scheduler, no_decks, false);
    });
    report("import again (nothing new)", again, log.size(), fmt::format("  {} added", summary.added));
    remove_db();

    Stats stats;
    Timing t = best_of_3([] {}, [&] { stats = compute_stats(data.cards, facts, calendar, now); });
    report("statistics", t, log.size(), fmt::format("  {} cards due today", stats.total.due_today));
  }
  return 0;
}
