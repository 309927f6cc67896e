// Times drawing a card's Markdown for the screen: the renderer's share of the delay between a
// key press and the next card. Prints the median and 99th percentile per answer and width, in
// wall-clock time and in the thread's CPU time (which leaves out time the scheduler gave to
// other processes: on a loaded machine the wall-clock tail is mostly waiting for a core).
//   cmake -S . -B build -DGENAI_QUIZ_BENCH=ON && cmake --build build --target bench_render
//   build/bench/bench_render

#include <fmt/core.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "genai_quiz/term/markdown.hpp"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The three answers of the bundled deck: the literal blocks after "answer: |".
std::vector<std::string> bundled_answers(const std::string& yaml) {
  std::vector<std::string> answers;
  std::istringstream in(yaml);
  std::string line;
  bool inside = false;
  std::string current;
  while (std::getline(in, line)) {
    if (line.find("answer: |") != std::string::npos) {
      inside = true;
      current.clear();
      continue;
    }
    if (inside) {
      bool blank = line.find_first_not_of(' ') == std::string::npos;
      if (!blank && line.find_first_not_of(' ') <= 8) {
        answers.push_back(current);
        inside = false;
        continue;
      }
      current += (blank ? "" : line.substr(std::min<std::size_t>(10, line.size()))) + "\n";
    }
  }
  return answers;
}

double thread_cpu_micros() {
  timespec ts = {};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

}  // namespace

int main() {
  std::vector<std::string> answers = bundled_answers(read_file(GENAI_QUIZ_SOURCE_DIR "/data/genai-interview.yaml"));
  const char* names[] = {"backpropagation", "transformer-architecture", "self-attention"};
  constexpr int kRuns = 2000;
  fmt::print("{:<26} {:>5} {:>6} {:>11} {:>11} {:>11} {:>11}\n", "answer", "width", "colour",
             "wall p50 µs", "wall p99 µs", "cpu p50 µs", "cpu p99 µs");
  for (std::size_t a = 0; a < answers.size() && a < 3; ++a) {
    for (int width : {40, 80, 120}) {
      for (bool color : {false, true}) {
        genai_quiz::RenderOptions options;
        options.width = width;
        options.color = color;
        std::vector<double> wall, cpu;
        std::size_t sink = 0;
        for (int i = 0; i < kRuns; ++i) {
          auto start = std::chrono::steady_clock::now();
          double cpu_start = thread_cpu_micros();
          sink += genai_quiz::render_markdown_lines(answers[a], options).size();
          cpu.push_back(thread_cpu_micros() - cpu_start);
          wall.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
        }
        fmt::print("{:<26} {:>5} {:>6} {:>11.1f} {:>11.1f} {:>11.1f} {:>11.1f}{}\n", names[a], width,
                   color ? "yes" : "no", percentile(wall, 0.5), percentile(wall, 0.99),
                   percentile(cpu, 0.5), percentile(cpu, 0.99), sink == 0 ? " (nothing drawn!)" : "");
      }
    }
  }
}
