// Fits FSRS-6 parameters on the two review logs in ../shared/data/revlogs/ and prints, per log
// and short-term setting, the fit time and the log loss and RMSE(bins) of the fitted and the
// default parameters (fsrs-rs `evaluate`, recency-weighted, on the same items).
//
//   build/bench/bench_optimize [--runs N] [--time-series] [--per-item] [--seed N] [--export DIR]
//
// --per-item replays every item on its own, as the fsrs-rs binding does, instead of replaying
// each card once per batch.
//
// The logs are read from $GENAI_QUIZ_SHARED_DIR/data/revlogs/ when that variable is set.
//
// --export DIR writes the items of both logs as JSON for tools/fsrs-binding/compare.mjs, so the
// fsrs-rs binding sees exactly the same items.

#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "genai_quiz/exchange/review_log_csv.hpp"
#include "genai_quiz/core/optimizer/evaluation.hpp"
#include "genai_quiz/core/optimizer/optimizer.hpp"

using namespace genai_quiz;
using namespace genai_quiz::optimizer;

namespace {

std::vector<int> split_ints(const std::string& s) {
  std::vector<int> out;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, ',')) out.push_back(std::stoi(part));
  return out;
}

/// seq2seq.tsv: one card per row, columns t_history r_history delta_ts ys (see
/// ../shared/data/README.md). Row k of a card gives the item "reviews 0..k, then review k+1";
/// the last review's rating is not stored, only whether it passed.
std::vector<FsrsItem> read_seq2seq(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  std::vector<FsrsItem> items;
  std::int64_t card = 0;
  while (std::getline(in, line)) {
    std::stringstream row(line);
    std::string t, r, d, y;
    std::getline(row, t, '\t');
    std::getline(row, r, '\t');
    std::getline(row, d, '\t');
    std::getline(row, y, '\t');
    std::vector<int> t_history = split_ints(t), r_history = split_ints(r), delta_ts = split_ints(d), ys = split_ints(y);
    std::vector<ItemReview> history;
    for (std::size_t k = 0; k < r_history.size(); ++k) {
      history.push_back({r_history[k], t_history[k]});
      FsrsItem item{history, card};
      int next_rating = k + 1 < r_history.size() ? r_history[k + 1] : (ys[k] ? 3 : 1);
      item.reviews.push_back({next_rating, delta_ts[k]});
      items.push_back(std::move(item));
    }
    ++card;
  }
  return items;
}

void export_items(const std::vector<FsrsItem>& items, const std::string& path) {
  std::ofstream out(path);
  out << "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    out << (i ? ",\n[" : "\n[");
    for (std::size_t k = 0; k < items[i].reviews.size(); ++k) {
      out << (k ? "," : "") << "[" << items[i].reviews[k].rating << "," << items[i].reviews[k].delta_t << "]";
    }
    out << "]";
  }
  out << "\n]\n";
}

void write_parameters(const Parameters& w, const std::string& path) {
  std::ofstream out(path);
  out << "[";
  for (std::size_t i = 0; i < w.size(); ++i) out << (i ? ", " : "") << fmt::format("{:.17g}", w[i]);
  out << "]\n";
}

/// Reads a JSON array of 21 numbers written by compare.mjs; nothing if absent.
std::optional<Parameters> read_parameters(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (char& c : text) if (c == '[' || c == ']' || c == ',') c = ' ';
  std::stringstream numbers(text);
  Parameters w{};
  for (double& v : w) numbers >> v;
  if (!numbers) return std::nullopt;
  return w;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  bool time_series = false;
  bool per_item = false;
  std::uint64_t seed = OptimizerOptions{}.seed;
  std::string export_dir;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) runs = std::atoi(argv[++i]);
    else if (arg == "--time-series") time_series = true;
    else if (arg == "--per-item") per_item = true;
    else if (arg == "--seed" && i + 1 < argc) seed = std::strtoull(argv[++i], nullptr, 10);
    else if (arg == "--export" && i + 1 < argc) export_dir = argv[++i];
    else {
      fmt::print(stderr, "usage: bench_optimize [--runs N] [--time-series] [--per-item] [--seed N] [--export DIR]\n");
      return 2;
    }
  }
  const char* shared = std::getenv("GENAI_QUIZ_SHARED_DIR");  // overrides the build-time path
  const std::string dir = std::string(shared ? shared : GENAI_QUIZ_SHARED_DIR) + "/data/revlogs/";
  std::ifstream csv(dir + "anki-user-reviews.csv");
  if (!csv) {
    fmt::print("bench_optimize: {} not found, skipped\n", dir);
    return 0;
  }
  struct Log {
    std::string name;
    std::vector<FsrsItem> items;
  };
  std::vector<Log> logs;
  {
    CsvReviewLog log = read_review_log_csv(csv, "anki-user-reviews.csv");
    logs.push_back({"anki-user-reviews.csv", build_items(log.reviews, FixedOffsetCalendar(std::chrono::minutes(0), 4))});
  }
  logs.push_back({"seq2seq.tsv", read_seq2seq(dir + "seq2seq.tsv")});
  if (!export_dir.empty()) {
    export_items(logs[0].items, export_dir + "/anki-user-reviews.json");
    export_items(logs[1].items, export_dir + "/seq2seq.json");
    fmt::print("wrote {}/anki-user-reviews.json and {}/seq2seq.json\n", export_dir, export_dir);
  }

  fmt::print("{:<22} {:>7} {:>10} {:>17} {:>17} {:>9} {:>10} {:>9} {:>10}\n", "log", "items", "short-term",
             "wall ms (min/med)", "CPU ms (min/med)", "log loss", "RMSE(bins)", "default", "default");
  for (const Log& log : logs) {
    auto defaults = evaluate(log.items, kDefaultWeights);
    for (bool short_term : {true, false}) {
      OptimizerOptions options;
      options.enable_short_term = short_term;
      options.group_by_card = !per_item;
      options.seed = seed;
      std::vector<double> ms, cpu_ms;
      FitResult fit;
      for (int r = 0; r < runs; ++r) {
        auto start = std::chrono::steady_clock::now();
        std::clock_t cpu_start = std::clock();
        fit = fit_parameters(log.items, options);
        cpu_ms.push_back(1000.0 * double(std::clock() - cpu_start) / CLOCKS_PER_SEC);
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
      }
      std::sort(ms.begin(), ms.end());
      std::sort(cpu_ms.begin(), cpu_ms.end());
      auto fitted = evaluate(log.items, fit.parameters);
      const std::string stem = export_dir + "/" + log.name.substr(0, log.name.find('.')) + (short_term ? "-on" : "-off");
      if (!export_dir.empty()) write_parameters(fit.parameters, stem + ".genai-quiz.json");
      fmt::print("{:<22} {:>7} {:>10} {:>8.1f}/{:<8.1f} {:>8.1f}/{:<8.1f} {:>9.5f} {:>10.5f} {:>9.5f} {:>10.5f}\n",
                 log.name, log.items.size(), short_term ? "on" : "off", ms.front(), ms[ms.size() / 2],
                 cpu_ms.front(), cpu_ms[cpu_ms.size() / 2], fitted->log_loss,
                 fitted->rmse_bins, defaults->log_loss, defaults->rmse_bins);
      fmt::print("  w = [");
      for (std::size_t i = 0; i < fit.parameters.size(); ++i) fmt::print("{}{:.4f}", i ? ", " : "", fit.parameters[i]);
      fmt::print("] (best epoch {})\n", fit.best_epoch);
      if (auto theirs = export_dir.empty() ? std::nullopt : read_parameters(stem + ".fsrs-rs.json")) {
        auto m = evaluate(log.items, *theirs);
        fmt::print("  fsrs-rs parameters, same evaluation: log loss {:.5f}, RMSE(bins) {:.5f}\n", m->log_loss, m->rmse_bins);
      }
      if (time_series) {
        auto start = std::chrono::steady_clock::now();
        auto ts = evaluate_time_series(log.items, options);
        double t_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        fmt::print("  5-fold time series: log loss {:.5f}, RMSE(bins) {:.5f} ({:.0f} ms)\n", ts->log_loss,
                   ts->rmse_bins, t_ms);
      }
    }
  }
  return 0;
}
