// The nesting scan every YAML reader runs before yaml-cpp (find_deep_nesting): what it costs on
// an ordinary deck of about 10 MB (the bundled deck repeated), and how fast it stops on ten
// million '['. It prints the CPU time of one scan, the median of kRuns.
//
//   cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DGENAI_QUIZ_BENCH=ON
//   cmake --build build -j2 --target bench_yaml_nesting && build/bench/bench_yaml_nesting

#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "genai_quiz/core/yaml_nesting.hpp"

namespace {

constexpr int kRuns = 9;

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// The median CPU time of one scan of `text`, and whether it found too deep a nesting.
void measure(const char* what, const std::string& text) {
  std::vector<double> times;
  bool deep = false;
  for (int i = 0; i < kRuns; ++i) {
    const double start = cpu_seconds();
    deep = genai_quiz::find_deep_nesting(text).has_value();
    times.push_back(cpu_seconds() - start);
  }
  std::sort(times.begin(), times.end());
  const double median = times[times.size() / 2];
  fmt::print("{}: {} bytes, {:.4f} CPU s a scan ({:.0f} MB/s), {}\n", what, text.size(), median,
             static_cast<double>(text.size()) / median / 1e6, deep ? "too deep" : "accepted");
}

}  // namespace

int main() {
  std::ifstream in(GENAI_QUIZ_SOURCE_DIR "/data/genai-interview.yaml", std::ios::binary);
  std::stringstream deck;
  deck << in.rdbuf();
  const std::string one = deck.str();
  if (one.empty()) {
    fmt::print(stderr, "bench_yaml_nesting: cannot read data/genai-interview.yaml\n");
    return 1;
  }
  std::string ordinary;
  while (ordinary.size() < 10'000'000) ordinary += one;
  measure("the bundled deck repeated", ordinary);
  measure("ten million '['", std::string(10'000'000, '['));
  return 0;
}
