// Deck loading: generates decks of 1k, 10k and 100k cards in memory and loads each with
// load_deck(), printing the load time and the peak memory the load added.
//
// Method: every measurement runs in a fresh child process (fork), so one size's memory cannot
// hide another's. The child builds the YAML text, reads its resident set size (VmRSS), resets
// the kernel's high-water mark by writing "5" to /proc/self/clear_refs, loads the deck, then
// reads the high-water mark (VmHWM). "peak added" = VmHWM - VmRSS before the load: the memory
// the load needed on top of the text it was given. Each size runs kRuns times; the table shows
// the median time and the largest peak. Time is given twice: wall-clock, and the CPU time of
// the process (CLOCK_PROCESS_CPUTIME_ID), which a busy shared machine does not inflate.
//
// Two card profiles: "typical" imitates the real interview documents in ../shared/data/markdown
// (about 1 KB a card: a one-line question, an answer of three paragraphs, a three-item list and
// a formula, two tags); "short" has a one-sentence answer (about 250 bytes a card).
//
//   cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DGENAI_QUIZ_BENCH=ON
//   cmake --build build -j2 --target bench_deck_load && build/bench/bench_deck_load

#include <fmt/format.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "genai_quiz/deck/deck_loader.hpp"

namespace {

constexpr int kRuns = 3;
constexpr int kCardsPerSection = 100;

const char* const kWords[] = {"the", "model", "attention", "layer", "token", "gradient", "weight", "loss",
                              "vector", "embedding", "transformer", "sequence", "input", "output", "softmax",
                              "training", "retrieval", "context", "window", "decoder", "encoder", "of",
                              "and", "each", "computes", "a", "to", "with", "probability", "distribution"};

std::string words(std::mt19937& random, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    if (i > 0) out += ' ';
    out += kWords[random() % std::size(kWords)];
  }
  return out;
}

enum class Profile { kShort, kTypical };

std::string generate_deck(int cards, Profile profile) {
  std::mt19937 random(42);
  std::string yaml = "id: bench\ntitle: Generated deck\nsections:\n";
  for (int c = 0; c < cards; ++c) {
    if (c % kCardsPerSection == 0) {
      yaml += fmt::format("  - id: s{}\n    title: Section {}\n    cards:\n", c / kCardsPerSection, c / kCardsPerSection);
    }
    std::string question = words(random, 10);
    question[0] = static_cast<char>(question[0] - 'a' + 'A');
    yaml += fmt::format("      - id: card-{}\n        question: {}?\n        answer: |\n", c, question);
    if (profile == Profile::kShort) {
      yaml += fmt::format("          {}.\n        tags: [{}]\n", words(random, 20), kWords[random() % std::size(kWords)]);
      continue;
    }
    for (int p = 0; p < 3; ++p) yaml += fmt::format("          {}.\n\n", words(random, 24));
    for (int item = 0; item < 3; ++item) yaml += fmt::format("          - **{}**: {}\n", words(random, 2), words(random, 8));
    yaml += fmt::format("\n          $$p(x_i) = \\frac{{e^{{x_i}}}}{{\\sum_j e^{{x_j}}}}$$\n        tags: [{}, {}]\n",
                        kWords[random() % std::size(kWords)], kWords[random() % std::size(kWords)]);
  }
  return yaml;
}

long status_kib(const char* field) {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.starts_with(field)) return std::stol(line.substr(std::string(field).size()));
  }
  return -1;
}

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

struct Measurement {
  double seconds = 0;
  double cpu = 0;
  long peak_added_kib = 0;
  std::size_t bytes = 0;
  bool ok = false;
};

Measurement measure_once(int cards, Profile profile) {
  const std::string yaml = generate_deck(cards, profile);
  const long before = status_kib("VmRSS:");
  std::ofstream("/proc/self/clear_refs") << "5";
  const double cpu_start = cpu_seconds();
  const auto start = std::chrono::steady_clock::now();
  const genai_quiz::LoadedDeck loaded = genai_quiz::load_deck(yaml, "bench.yaml");
  const auto end = std::chrono::steady_clock::now();
  const double cpu_end = cpu_seconds();
  const long peak = status_kib("VmHWM:");
  return {std::chrono::duration<double>(end - start).count(), cpu_end - cpu_start, peak - before,
          yaml.size(), loaded.diagnostics.empty() && loaded.deck.card_count() == cards};
}

// Runs measure_once in a child process and reads its result back through a pipe.
Measurement measure_in_child(int cards, Profile profile) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    const Measurement m = measure_once(cards, profile);
    if (write(fds[1], &m, sizeof m) != static_cast<ssize_t>(sizeof m)) _exit(1);
    _exit(0);
  }
  close(fds[1]);
  Measurement m;
  const bool got = read(fds[0], &m, sizeof m) == static_cast<ssize_t>(sizeof m);
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!got) m.ok = false;
  return m;
}

}  // namespace

int main() {
  std::printf("Deck loading: median of %d runs, each in a fresh process\n", kRuns);
  std::printf("%-8s %7s %8s %10s %7s %7s %10s %14s\n", "profile", "cards", "YAML MB", "bytes/card", "wall s",
              "cpu s", "MB/cpu-s", "peak added MB");
  bool all_ok = true;
  for (Profile profile : {Profile::kShort, Profile::kTypical}) {
    for (int cards : {1000, 10000, 100000}) {
      std::vector<Measurement> runs;
      for (int r = 0; r < kRuns; ++r) runs.push_back(measure_in_child(cards, profile));
      std::sort(runs.begin(), runs.end(), [](const Measurement& a, const Measurement& b) { return a.cpu < b.cpu; });
      const Measurement& median = runs[runs.size() / 2];
      long peak = 0;
      for (const Measurement& m : runs) {
        peak = std::max(peak, m.peak_added_kib);
        all_ok = all_ok && m.ok;
      }
      std::printf("%-8s %7d %8.1f %10zu %7.3f %7.3f %10.1f %14.1f\n",
                  profile == Profile::kShort ? "short" : "typical", cards, median.bytes / 1e6,
                  median.bytes / static_cast<std::size_t>(cards), median.seconds, median.cpu,
                  median.bytes / 1e6 / median.cpu, peak / 1024.0);
    }
  }
  if (!all_ok) std::printf("a load failed or lost cards\n");
  return all_ok ? 0 : 1;
}
