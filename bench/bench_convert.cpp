// How fast `genai-quiz convert` reads large documents: generated 500 KB documents in each layout,
// and the shared real documents repeated to 500 KB when ../shared is there. Prints the best of
// several runs of convert_markdown (auto-detection, which tries every layout) and of writing the
// deck as YAML.
//
//   cmake -S . -B build -DGENAI_QUIZ_BENCH=ON && cmake --build build --target bench_convert
//   build/bench/bench_convert

#include <fmt/core.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <functional>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "genai_quiz/convert/convert.hpp"
#include "genai_quiz/deck/deck_writer.hpp"

namespace {

using genai_quiz::Layout;

constexpr std::size_t kTargetBytes = 500 * 1024;
constexpr int kRuns = 5;

// One answer of a few paragraphs, a nested list, code and math.
std::string answer_body(int n, const std::string& indent) {
  std::string a;
  a += fmt::format("{0}Item {1} is explained here with enough words to look like a real answer: the model "
                   "computes $\\sigma(W_{{{1}}} x + b) * \\alpha$ and compares it with the target.\n{0}\n",
                   indent, n);
  a += fmt::format("{0}Steps:\n{0}1. **Collect** the data for case {1}.\n{0}2. Fit the model.\n"
                   "{0}   1. tune the learning rate;\n{0}   2. watch the validation loss.\n{0}\n",
                   indent, n);
  a += fmt::format("{0}```python\n{0}# a comment, not a heading\n{0}loss = fit(x_{1}, y_{1})\n{0}```\n{0}\n", indent, n);
  a += fmt::format("{0}| metric | value |\n{0}| --- | --- |\n{0}| loss | 0.{1} |\n", indent, n % 97);
  return a;
}

std::string generate(Layout layout) {
  std::string doc = "# Generated interview questions\n\n";
  for (int n = 1; doc.size() < kTargetBytes; ++n) {
    if (n % 25 == 1) doc += fmt::format("## Section {}\n\n", n / 25 + 1);
    std::string q = fmt::format("How does technique number {} work, and when would you use it?", n);
    switch (layout) {
      case Layout::kNumbered:
        doc += fmt::format("{}. **{}**\n- Answer:\n{}\n---\n\n", n, q, answer_body(n, "    "));
        break;
      case Layout::kHeadings:
        doc += fmt::format("### Q{}. {}\n\n{}\n", n, q, answer_body(n, ""));
        break;
      case Layout::kBold:
        doc += fmt::format("**{} \xF0\x9F\x91\xB6**\n\n{}\n<br/>\n\n", q, answer_body(n, ""));
        break;
      case Layout::kDetails:
        doc += fmt::format("###### {}. {}\n\n<details><summary><b>Answer</b></summary>\n<p>\n\n{}\n</p>\n</details>\n\n---\n\n",
                           n, q, answer_body(n, ""));
        break;
      default:
        doc += fmt::format("**Q:** {}\n\n**A:** {}\n", q, answer_body(n, ""));
        break;
    }
  }
  return doc;
}

std::string repeat_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream s;
  s << in.rdbuf();
  std::string one = s.str();
  std::string doc;
  while (doc.size() < kTargetBytes) doc += one + "\n\n";
  return doc;
}

double cpu_ms() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// The best wall-clock and CPU times of kRuns runs of `f`, in milliseconds.
std::pair<double, double> best_ms(const std::function<void()>& f) {
  double wall = 1e18;
  double cpu = 1e18;
  for (int i = 0; i < kRuns; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = cpu_ms();
    f();
    double c1 = cpu_ms();
    auto t1 = std::chrono::steady_clock::now();
    wall = std::min(wall, std::chrono::duration<double, std::milli>(t1 - t0).count());
    cpu = std::min(cpu, c1 - c0);
  }
  return {wall, cpu};
}

void measure(const std::string& name, const std::string& doc) {
  genai_quiz::ConvertOptions options;
  options.file = name;
  genai_quiz::ConvertResult result;
  auto [convert_wall, convert_cpu] = best_ms([&] { result = genai_quiz::convert_markdown(doc, options); });
  std::string yaml;
  auto [write_wall, write_cpu] = best_ms([&] {
    std::ostringstream out;
    genai_quiz::write_deck_yaml(result.deck, out);
    yaml = out.str();
  });
  fmt::print("{:<40} {:>5.0f} KB {:>9} {:>5} cards {:>7.1f} ms {:>7.1f} ms {:>7.1f} ms {:>7.1f} ms\n", name,
             static_cast<double>(doc.size()) / 1024, genai_quiz::layout_name(result.layout),
             result.deck.card_count(), convert_wall, convert_cpu, write_wall, write_cpu);
}

}  // namespace

int main(int argc, char** argv) {
  std::string only = argc > 1 ? argv[1] : "";  // run only the documents whose name contains this
  fmt::print("best of {} runs; wall-clock and CPU time\n", kRuns);
  fmt::print("{:<40} {:>8} {:>9} {:>11} {:>10} {:>10} {:>10} {:>10}\n", "document", "size", "layout", "",
             "convert", "(CPU)", "write", "(CPU)");
  for (Layout layout : {Layout::kNumbered, Layout::kHeadings, Layout::kBold, Layout::kDetails, Layout::kQaPairs}) {
    std::string name = fmt::format("generated, {} layout", genai_quiz::layout_name(layout));
    if (name.find(only) != std::string::npos) measure(name, generate(layout));
  }
  const char* env = std::getenv("GENAI_QUIZ_SHARED_DIR");
  std::string shared = std::string(env != nullptr && *env != '\0' ? env : GENAI_QUIZ_SHARED_DIR) + "/data/markdown/";
  for (const char* file : {"aishwaryanr-60-genai-questions.md", "alexeygrigorev-theory.md",
                           "lydiahallie-javascript-questions.md"}) {
    if (std::string(file).find(only) == std::string::npos) continue;
    std::string doc = repeat_file(shared + file);
    if (doc.empty()) {
      fmt::print("{:<44} skipped: {} not found\n", file, shared + file);
      continue;
    }
    measure(fmt::format("{} repeated", file), doc);
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  fmt::print("peak memory: {:.1f} MB\n", static_cast<double>(usage.ru_maxrss) / 1024);
}
