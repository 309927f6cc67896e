// bench_study: the time from a rating key to the next card on screen, as the interactive study
// screen does it: the key is decoded, the answer is scheduled and committed to a progress
// database on disk (WAL, synchronous=FULL), and the next card's screen is drawn (Markdown,
// wrapping, colour) and written to a pseudo-terminal in raw mode. Prints p50, p99 and the worst
// of the whole, and of its two parts: saving (scheduling and the commit) and drawing. For
// context it also times what the commit cannot avoid: one 4 KiB write and fdatasync() in the
// same folder, which is the floor of a durable commit on that disk, and the thread's CPU time,
// which leaves out waiting for the disk and for a core.
//
//   bench_study [ANSWERS] [DIR]   (default 2000 answers; DIR: where the database goes, /tmp)

#include <fcntl.h>
#include <time.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "genai_quiz/core/calendar.hpp"
#include "genai_quiz/core/scheduler.hpp"
#include "genai_quiz/core/session.hpp"
#include "genai_quiz/core/study_keys.hpp"
#include "genai_quiz/deck/deck_loader.hpp"
#include "genai_quiz/store/sqlite_store.hpp"
#include "genai_quiz/term/key.hpp"
#include "genai_quiz/term/terminal.hpp"
#include "genai_quiz/ui/study_screen.hpp"

using namespace genai_quiz;
using Clock = std::chrono::steady_clock;

namespace {

// A deck of `n` cards whose text is the bundled deck's, in turn.
Deck bench_deck(int n) {
  Deck bundled = load_bundled_deck().deck;
  std::vector<const Card*> texts;
  for (const Section& s : bundled.sections) {
    for (const Card& c : s.cards) texts.push_back(&c);
  }
  Deck deck;
  deck.id = "bench";
  deck.title = "Study latency";
  Section section;
  section.id = "all";
  section.title = "Technical Foundation";
  for (int i = 0; i < n; ++i) {
    Card card = *texts[static_cast<std::size_t>(i) % texts.size()];
    card.id = "card-" + std::to_string(i);
    section.cards.push_back(std::move(card));
  }
  deck.sections.push_back(std::move(section));
  return deck;
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  std::size_t i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

void print_row(const char* what, const std::vector<double>& ms) {
  std::printf("  %-36s p50 %7.3f ms   p99 %7.3f ms   max %7.3f ms\n", what, percentile(ms, 0.50),
              percentile(ms, 0.99), *std::max_element(ms.begin(), ms.end()));
}

// The time of one 4 KiB overwrite and fdatasync() in `dir`, `n` times.
std::vector<double> fdatasync_floor(const std::filesystem::path& dir, int n) {
  std::string path = (dir / "fdatasync.probe").string();
  int fd = open(path.c_str(), O_RDWR | O_CREAT, 0600);
  std::vector<char> page(4096, 'x');
  std::vector<double> ms;
  for (int i = 0; i < n; ++i) {
    Clock::time_point start = Clock::now();
    if (pwrite(fd, page.data(), page.size(), static_cast<off_t>(i % 64) * 4096) < 0 || fdatasync(fd) != 0) break;
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  close(fd);
  std::filesystem::remove(path);
  return ms;
}

}  // namespace

int main(int argc, char** argv) {
  int answers = argc > 1 ? std::max(10, std::atoi(argv[1])) : 2000;
  std::filesystem::path base = argc > 2 ? argv[2] : std::filesystem::temp_directory_path();
  std::string pattern = (base / "genai-quiz-bench-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    std::perror("mkdtemp");
    return 1;
  }
  std::filesystem::path dir = pattern;

  // A pseudo-terminal stands in for the screen; a thread reads what is drawn, as a terminal would.
  int master = posix_openpt(O_RDWR | O_NOCTTY);
  if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
    std::perror("posix_openpt");
    return 1;
  }
  int screen_fd = open(ptsname(master), O_RDWR | O_NOCTTY);
  std::atomic<bool> done{false};
  std::thread drain([&] {
    char buf[1 << 16];
    while (!done && read(master, buf, sizeof buf) > 0) {
    }
  });

  {
    std::vector<Deck> decks{bench_deck(answers + 1)};
    SqliteStore store(dir / "progress.db");
    auto calendar = std::make_shared<FixedOffsetCalendar>(std::chrono::minutes(0), 4);
    Scheduler scheduler(SchedulerSettings{}, calendar);
    std::vector<StudyItem> items = select_cards(decks, {}, {});
    attach_progress(items, store);
    SessionOptions options;
    options.new_per_day = answers + 1;
    const TimePoint now = TimePoint(std::chrono::sys_days(std::chrono::year(2025) / 3 / 1)) + std::chrono::hours(9);
    Session session(std::move(items), scheduler, *calendar, store, options, now, 0);

    Terminal terminal(TerminalOptions{}, screen_fd, screen_fd);
    StudyLook look{Capabilities{true, true, true}, std::chrono::minutes(0)};
    ScreenView view{100, 40, 0, false, {}};
    KeyDecoder keys;
    std::vector<double> total, save, draw, cpu;
    for (int i = 0; i < answers; ++i) {
      session.handle({ActionKind::kReveal}, now, 0);
      terminal.present(draw_screen(session, view, look));

      double cpu_start = thread_cpu_ms();
      Clock::time_point start = Clock::now();
      keys.feed("3");
      Key key = *keys.next();
      session.handle(action_for_key(key.ch, session.stage()), now, 0);
      Clock::time_point saved = Clock::now();
      terminal.present(draw_screen(session, view, look));
      Clock::time_point end = Clock::now();
      cpu.push_back(thread_cpu_ms() - cpu_start);
      if (!session.saved()) {
        std::fprintf(stderr, "bench_study: answer %d was not saved\n", i);
        return 1;
      }
      total.push_back(std::chrono::duration<double, std::milli>(end - start).count());
      save.push_back(std::chrono::duration<double, std::milli>(saved - start).count());
      draw.push_back(std::chrono::duration<double, std::milli>(end - saved).count());
    }
    terminal.close();
    std::string load = "unknown";
    if (FILE* f = std::fopen("/proc/loadavg", "r")) {
      char buf[64] = {};
      if (std::fgets(buf, sizeof buf, f)) load = std::string(buf).substr(0, std::string(buf).find(' ', 10));
      std::fclose(f);
    }
    std::printf("bench_study: %d answers on a %dx%d pseudo-terminal, progress in %s (WAL, synchronous=FULL)\n",
                answers, view.width, view.height, dir.c_str());
    std::printf("machine: %u cores, load %s\n", std::thread::hardware_concurrency(), load.c_str());
    print_row("rating key to next card on screen", total);
    print_row("  of which saving (schedule, commit)", save);
    print_row("  of which drawing (render, write)", draw);
    print_row("the same, CPU time of the thread", cpu);
    print_row("floor: 4 KiB write + fdatasync here", fdatasync_floor(dir, std::min(answers, 500)));
  }
  done = true;
  close(screen_fd);
  drain.join();
  close(master);
  std::filesystem::remove_all(dir);
  return 0;
}
