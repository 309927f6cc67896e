// Deck loading: generates deck files of 1k, 10k and 100k cards and loads each three ways:
//   yaml-cpp  yaml-cpp's event parser alone over the file, with a handler that does nothing: the
//           floor of any loader built on yaml-cpp, for comparison;
//   parse   load_deck_file(): read the file and parse it (what `validate` does);
//   first   load_deck_file_cached() with no cache entry: read, hash, parse, then store the entry;
//   cached  load_deck_file_cached() with the entry in place: read, hash, read and check the entry.
// It prints the time of each and the peak memory each added.
//
// Method: every measurement runs in a fresh child process (fork), so one load's memory cannot
// hide another's and the cached load starts with nothing in memory but what a new program has.
// The files themselves are in the page cache (each was written or read just before), so disk
// time is not counted. The child reads its resident set size (VmRSS), resets the kernel's
// high-water mark by writing "5" to /proc/self/clear_refs, loads the deck, then reads the
// high-water mark (VmHWM): "peak added" = VmHWM - VmRSS before the load. Each measurement runs
// kRuns times; the table shows the run of median CPU time and the largest peak. Time is the CPU
// time of the process (CLOCK_PROCESS_CPUTIME_ID, all its threads: a large deck is parsed in
// pieces on several), which a busy shared machine does not inflate, and wall-clock time.
//
// Two card profiles: "typical" imitates the real interview documents in ../shared/data/markdown
// (about 1 KB a card: a one-line question, an answer of three paragraphs, a three-item list and
// a formula, two tags); "short" has a one-sentence answer (about 310 bytes a card).
//
//   cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DGENAI_QUIZ_BENCH=ON
//   cmake --build build -j2 --target bench_deck_load && build/bench/bench_deck_load
//
// Instruction counts of one load, which a busy machine does not change:
//   valgrind --tool=callgrind --toggle-collect='*load_once*' build/bench/bench_deck_load --one cached typical 1000

#include <fmt/format.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "genai_quiz/deck/deck_cache.hpp"
#include "genai_quiz/deck/deck_loader.hpp"
#include "yaml-cpp/eventhandler.h"
#include "yaml-cpp/parser.h"

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

enum class Way { kYamlCpp, kParse, kFirst, kCached };

// Counts yaml-cpp's events and does nothing else with them.
class NullHandler final : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override { ++events; }
  void OnDocumentEnd() override { ++events; }
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { ++events; }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnSequenceEnd() override { ++events; }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnMapEnd() override { ++events; }
  long events = 0;
};

// yaml-cpp's parser alone, reading the file.
[[gnu::noinline]] long parse_with_yaml_cpp_only(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  YAML::Parser parser(in);
  NullHandler handler;
  while (parser.HandleNextDocument(handler)) {
  }
  return handler.events;
}

struct Measurement {
  double seconds = 0;
  double cpu = 0;
  long peak_added_kib = 0;
  bool ok = false;
};

// The load being measured, alone in a function so that a profiler can select it
// (valgrind --toggle-collect='*load_once*').
[[gnu::noinline]] genai_quiz::CachedLoad load_once(const std::string& path, const std::filesystem::path& cache_dir,
                                                   Way way) {
  if (way == Way::kParse) return {genai_quiz::load_deck_file(path)};
  return genai_quiz::load_deck_file_cached(path, cache_dir);
}

// One load of `path` the way `way` says, with the cache in `cache_dir`.
Measurement measure_once(const std::string& path, const std::filesystem::path& cache_dir, int cards, Way way) {
  if (way == Way::kFirst) std::filesystem::remove(genai_quiz::deck_cache_entry(cache_dir, path));
  if (way == Way::kYamlCpp) {
    const double cpu_start = cpu_seconds();
    const auto start = std::chrono::steady_clock::now();
    const long events = parse_with_yaml_cpp_only(path);
    const double cpu = cpu_seconds() - cpu_start;
    return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), cpu, 0,
            events > cards};
  }
  const long before = status_kib("VmRSS:");
  std::ofstream("/proc/self/clear_refs") << "5";
  const double cpu_start = cpu_seconds();
  const auto start = std::chrono::steady_clock::now();
  const genai_quiz::CachedLoad load = load_once(path, cache_dir, way);
  const auto end = std::chrono::steady_clock::now();
  const double cpu_end = cpu_seconds();
  const long peak = status_kib("VmHWM:");
  const bool as_expected = way == Way::kParse    ? !load.reused && !load.stored
                           : way == Way::kFirst ? !load.reused && load.stored
                                                : load.reused;
  return {std::chrono::duration<double>(end - start).count(), cpu_end - cpu_start, peak - before,
          as_expected && load.loaded.diagnostics.empty() && load.loaded.deck.card_count() == cards};
}

// Runs measure_once in a child process and reads its result back through a pipe.
Measurement measure_in_child(const std::string& path, const std::filesystem::path& cache_dir, int cards, Way way) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    const Measurement m = measure_once(path, cache_dir, cards, way);
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

// The median-CPU run of kRuns and the largest peak; `ok` only when every run was.
Measurement median_of_runs(const std::string& path, const std::filesystem::path& cache_dir, int cards, Way way) {
  std::vector<Measurement> runs;
  for (int r = 0; r < kRuns; ++r) runs.push_back(measure_in_child(path, cache_dir, cards, way));
  std::sort(runs.begin(), runs.end(), [](const Measurement& a, const Measurement& b) { return a.cpu < b.cpu; });
  Measurement median = runs[runs.size() / 2];
  for (const Measurement& m : runs) {
    median.peak_added_kib = std::max(median.peak_added_kib, m.peak_added_kib);
    median.ok = median.ok && m.ok;
  }
  return median;
}

// `--one WAY PROFILE CARDS`: one load in this process, for a profiler; a cached load is
// preceded by a first load that stores the entry.
int run_one(const std::filesystem::path& dir, const std::string& way_name, const std::string& profile_name,
            int cards) {
  const Way way = way_name == "yaml-cpp" ? Way::kYamlCpp
                  : way_name == "parse"  ? Way::kParse : way_name == "first" ? Way::kFirst : Way::kCached;
  const Profile profile = profile_name == "short" ? Profile::kShort : Profile::kTypical;
  const std::string path = (dir / "deck.yaml").string();
  std::ofstream(path, std::ios::binary) << generate_deck(cards, profile);
  if (way == Way::kCached) genai_quiz::load_deck_file_cached(path, dir / "cache");
  const Measurement m = measure_once(path, dir / "cache", cards, way);
  std::printf("%s load of %d %s cards: %.3f cpu s%s\n", way_name.c_str(), cards, profile_name.c_str(), m.cpu,
              m.ok ? "" : " (failed)");
  return m.ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  const bool one = argc == 5 && std::string(argv[1]) == "--one";
  if (argc > 1 && !one) {
    std::fprintf(stderr, "usage: bench_deck_load [--one yaml-cpp|parse|first|cached short|typical CARDS]\n");
    return 2;
  }
  std::string temp = (std::filesystem::temp_directory_path() / "bench-deck-load-XXXXXX").string();
  if (mkdtemp(temp.data()) == nullptr) {
    std::perror("mkdtemp");
    return 1;
  }
  const std::filesystem::path dir = temp;
  const std::filesystem::path cache_dir = dir / "cache";
  if (one) {
    const int status = run_one(dir, argv[2], argv[3], std::atoi(argv[4]));
    std::filesystem::remove_all(dir);
    return status;
  }

  std::printf("Deck loading: median CPU time of %d runs, each in a fresh process; peak = largest memory added\n", kRuns);
  std::printf("%-8s %7s %8s %6s | %8s | %8s %8s %8s | %8s %8s %8s | %8s %8s %8s | %8s\n", "", "", "", "",
              "yaml-cpp", "parse", "", "", "first", "", "", "cached", "", "", "entry");
  std::printf("%-8s %7s %8s %6s | %8s | %8s %8s %8s | %8s %8s %8s | %8s %8s %8s | %8s\n", "profile", "cards",
              "YAML MB", "B/card", "cpu s", "cpu s", "wall s", "peak MB", "cpu s", "wall s", "peak MB", "cpu s",
              "wall s", "peak MB", "MB");
  bool all_ok = true;
  for (Profile profile : {Profile::kShort, Profile::kTypical}) {
    for (int cards : {1000, 10000, 100000}) {
      const std::string path = (dir / fmt::format("deck-{}.yaml", cards)).string();
      const std::string yaml = generate_deck(cards, profile);
      std::ofstream(path, std::ios::binary) << yaml;
      const Measurement floor = median_of_runs(path, cache_dir, cards, Way::kYamlCpp);
      const Measurement parse = median_of_runs(path, cache_dir, cards, Way::kParse);
      const Measurement first = median_of_runs(path, cache_dir, cards, Way::kFirst);
      const Measurement cached = median_of_runs(path, cache_dir, cards, Way::kCached);
      std::error_code ec;
      const auto entry_bytes = std::filesystem::file_size(genai_quiz::deck_cache_entry(cache_dir, path), ec);
      all_ok = all_ok && floor.ok && parse.ok && first.ok && cached.ok && !ec;
      std::printf("%-8s %7d %8.1f %6zu | %8.3f | %8.3f %8.3f %8.1f | %8.3f %8.3f %8.1f | %8.3f %8.3f %8.1f | %8.1f\n",
                  profile == Profile::kShort ? "short" : "typical", cards, yaml.size() / 1e6,
                  yaml.size() / static_cast<std::size_t>(cards), floor.cpu, parse.cpu, parse.seconds,
                  parse.peak_added_kib / 1024.0, first.cpu, first.seconds, first.peak_added_kib / 1024.0, cached.cpu,
                  cached.seconds, cached.peak_added_kib / 1024.0,
                  ec ? 0.0 : static_cast<double>(entry_bytes) / 1e6);
      std::fflush(stdout);
    }
  }
  std::filesystem::remove_all(dir);
  if (!all_ok) std::printf("a load failed, lost cards, or did not use the cache as expected\n");
  return all_ok ? 0 : 1;
}
