// Shell completion: the work `genai-quiz __complete WORDS...` does for one Tab press, in process
// (the program's start-up comes on top; see docs/performance.md for whole-program times).
//
//   setup        build_app() and describe_command_line(): every completion pays this
//   command      "genai-quiz li<Tab>": commands from the model
//   option       "genai-quiz study --<Tab>": options of a command and the global ones
//   sections     "genai-quiz list -s <Tab>" on the bundled deck
//   deck, first  "genai-quiz --deck big.yaml list -s <Tab>" with no parsed-deck cache entry
//   deck, cached the same with the cache entry in place (every later Tab)
//   tags, cached "genai-quiz --deck big.yaml study -t <Tab>"
//
// Decks of 1,000 and 10,000 generated cards (100 a section, two of 50 tags each, a one-line
// question and a three-sentence answer). Each figure is the median of kRuns runs of the process's
// CPU time (CLOCK_PROCESS_CPUTIME_ID, which a busy shared machine does not inflate) and of the
// wall-clock time.
//
//   cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DGENAI_QUIZ_BENCH=ON
//   cmake --build build -j2 --target bench_complete && build/bench/bench_complete

#include <fmt/format.h>
#include <stdlib.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "cli/cli_app.hpp"
#include "cli/command_line_model.hpp"
#include "cli/completion.hpp"
#include "cli/completion_values.hpp"

namespace {

using genai_quiz::Completion;
namespace fs = std::filesystem;

constexpr int kRuns = 7;

double cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

struct Figure {
  double cpu_ms;
  double wall_ms;
  std::size_t candidates;
};

// Median CPU and wall times of `run`, with `before` (not timed) ahead of each run.
Figure measure(const std::function<Completion()>& run, const std::function<void()>& before = [] {}) {
  std::vector<double> cpu, wall;
  std::size_t candidates = 0;
  for (int i = 0; i < kRuns; ++i) {
    before();
    const double c0 = cpu_ms();
    const auto w0 = std::chrono::steady_clock::now();
    candidates = run().candidates.size();
    wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - w0).count());
    cpu.push_back(cpu_ms() - c0);
  }
  std::sort(cpu.begin(), cpu.end());
  std::sort(wall.begin(), wall.end());
  return {cpu[kRuns / 2], wall[kRuns / 2], candidates};
}

void write_deck(const fs::path& path, int cards) {
  std::ofstream out(path);
  out << "id: big\ntitle: Generated\nsections:\n";
  for (int i = 0; i < cards; ++i) {
    if (i % 100 == 0) out << fmt::format("  - id: s{}\n    title: Section number {}\n    cards:\n", i / 100, i / 100);
    out << fmt::format(
        "      - id: c{}\n        question: What does component {} of the model compute?\n"
        "        answer: It computes a weighted sum. The weights come from training. Each input counts.\n"
        "        tags: [t{}, t{}]\n",
        i, i, i % 50, (i * 7 + 3) % 50);
  }
}

}  // namespace

int main() {
  const fs::path dir = fs::temp_directory_path() / fmt::format("gq-bench-complete-{}", getpid());
  fs::create_directories(dir / "cache");
  setenv("GENAI_QUIZ_CACHE_DIR", (dir / "cache").c_str(), 1);

  std::unique_ptr<genai_quiz::CommandInfo> root;
  auto complete = [&root](std::vector<std::string> words) {
    return genai_quiz::complete(*root, words, genai_quiz::complete_values);
  };
  const Figure setup = measure([&root] {
    genai_quiz::CliApp cli = genai_quiz::build_app();
    root = std::make_unique<genai_quiz::CommandInfo>(genai_quiz::describe_command_line(*cli.app));
    return Completion{};
  });

  fmt::print("{:<34} {:>9} {:>9} {:>11}\n", "completion", "CPU ms", "wall ms", "candidates");
  auto row = [](const std::string& name, const Figure& f) {
    fmt::print("{:<34} {:>9.3f} {:>9.3f} {:>11}\n", name, f.cpu_ms, f.wall_ms, f.candidates);
  };
  row("setup (build_app, model)", setup);
  row("command: 'li'", measure([&] { return complete({"li"}); }));
  row("option: 'study --'", measure([&] { return complete({"study", "--"}); }));
  row("sections: bundled deck", measure([&] { return complete({"list", "-s", ""}); }));
  for (int cards : {1000, 10000}) {
    const fs::path deck = dir / fmt::format("big-{}.yaml", cards);
    write_deck(deck, cards);
    const std::string label = fmt::format("{}k cards", cards / 1000);
    auto sections = [&] { return complete({"--deck", deck.string(), "list", "-s", ""}); };
    row("sections: " + label + ", first", measure(sections, [&] { fs::remove_all(dir / "cache"); }));
    row("sections: " + label + ", cached", measure(sections));
    row("tags: " + label + ", cached", measure([&] { return complete({"--deck", deck.string(), "study", "-t", ""}); }));
  }
  fs::remove_all(dir);
  return 0;
}
