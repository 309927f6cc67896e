// bench_plan: the simulation behind `genai-quiz plan` on a large collection: 10,000 cards (8,000
// already studied, 2,000 new), 90 days to the interview, 100 runs of one plan (desired retention
// 0.90, 20 new cards a day, no time limit, intervals capped to the interview as study --by does).
// Prints the CPU and wall time of the whole simulation (best of 3), the answers simulated and the
// recall figure, for the same workload as tools/fsrs-oracle/bench-plan-ts-fsrs.mjs gives ts-fsrs.
//   cmake -S . -B build -DGENAI_QUIZ_BENCH=ON && cmake --build build -j2 --target bench_plan
//   build/bench/bench_plan [RUNS] [--fuzz] [--no-cap]

#include <fmt/core.h>

#include <chrono>
#include <cstring>
#include <ctime>
#include <string>

#include "bench_clock.hpp"
#include "genai_quiz/core/plan_simulation.hpp"

using namespace genai_quiz;

namespace {

using bench::cpu_seconds;  // CPU time: the machine is shared, so wall time would count other programs' turns

constexpr int kCards = 10000;
constexpr int kStudied = 8000;
constexpr int kDays = 90;
constexpr std::int64_t kStartMs = 1735718400000;  // 2025-01-01 08:00 UTC

// mulberry32, as in the node script, so that both start from the same cards.
struct Mulberry32 {
  std::uint32_t a;
  double next() {
    a += 0x6d2b79f5u;
    std::uint32_t t = a;
    t = (t ^ (t >> 15)) * (t | 1u);
    t ^= t + (t ^ (t >> 7)) * (t | 61u);
    return static_cast<double>(t ^ (t >> 14)) / 4294967296.0;
  }
};

// Studied cards: stability 1 to 100 days, difficulty 2 to 9, last reviewed 0 to S days ago and
// due S days after it.
std::vector<CardState> collection() {
  Mulberry32 rng{7};
  const TimePoint now{std::chrono::milliseconds(kStartMs)};
  std::vector<CardState> cards(kCards);
  for (int i = 0; i < kStudied; ++i) {
    CardState& c = cards[static_cast<std::size_t>(i)];
    c.phase = Phase::kReview;
    c.stability = 1 + 99 * rng.next() * rng.next();
    c.difficulty = 2 + 7 * rng.next();
    int ivl = std::max(1, static_cast<int>(c.stability + 0.5));
    int ago = static_cast<int>(rng.next() * ivl);
    c.last_review = now - std::chrono::days(ago);
    c.scheduled_days = ivl;
    c.due = *c.last_review + std::chrono::days(ivl);
    c.reps = 3;
  }
  return cards;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 100;
  bool fuzz = false;
  bool cap = true;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--fuzz") == 0) {
      fuzz = true;
    } else if (std::strcmp(argv[i], "--no-cap") == 0) {
      cap = false;
    } else {
      runs = std::stoi(argv[i]);
    }
  }
  PlanInput input;
  input.cards = collection();
  input.scheduling.enable_fuzz = fuzz;
  input.cap_to_interview = cap;
  input.scheduling.day_start_hour = 0;  // UTC days from midnight, as ts-fsrs counts them
  input.calendar = std::make_shared<FixedOffsetCalendar>(std::chrono::minutes(0), 0);
  input.now = TimePoint{std::chrono::milliseconds(kStartMs)};
  input.interview_day = input.calendar->day(input.now) + kDays;
  PlanSettings plan{0.90, 20, 0};

  double best_cpu = 1e9, best_wall = 1e9;
  PlanOutcome out;
  for (int pass = 0; pass < 3; ++pass) {
    double c0 = cpu_seconds();
    auto w0 = std::chrono::steady_clock::now();
    out = simulate_plan(input, plan, runs, 42);
    best_cpu = std::min(best_cpu, cpu_seconds() - c0);
    best_wall = std::min(best_wall, std::chrono::duration<double>(std::chrono::steady_clock::now() - w0).count());
  }
  double answers = 0;
  for (double a : out.answers_per_day) answers += a;
  fmt::print("genai-quiz plan simulation, fuzz {}, {}: {} cards x {} days x {} runs in {:.3f} CPU s (wall {:.3f} s); "
             "{:.0f} answers a run, {:.0f} answers/CPU s; recall on the day {:.4f} (sd {:.4f})\n",
             fuzz ? "on" : "off", cap ? "capped to the interview" : "not capped", kCards, kDays, runs, best_cpu, best_wall, answers, answers * runs / best_cpu,
             out.recall_mean, out.recall_sd);
  return 0;
}
