// Replays 1,000,000 reviews (100,000 cards × 10) through Scheduler::review and prints reviews per
// CPU second (best of 3). The workload is the one tools/fsrs-oracle/bench-ts-fsrs.mjs gives ts-fsrs: the same
// generator (mulberry32, seed 42) picks ratings, each review happens at the card's due time, and
// both print the same checksum (the sum of all intervals) when their schedules agree.
//   cmake -S . -B build -DGENAI_QUIZ_BENCH=ON && cmake --build build -j2 --target bench_fsrs
//   build/bench/bench_fsrs

#include <fmt/core.h>

#include <chrono>
#include <ctime>
#include <cstdint>
#include <vector>

#include "bench_clock.hpp"
#include "genai_quiz/core/scheduler.hpp"

using namespace genai_quiz;

namespace {

using bench::cpu_seconds;  // CPU time: the machine is shared, so wall time would count other programs' turns

constexpr int kCards = 100000;
constexpr int kReviewsPerCard = 10;
constexpr std::int64_t kStartMs = 1704067200000;  // 2024-01-01 00:00 UTC

// mulberry32, as in the node script.
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

Rating pick(double u) {
  return u < 0.10 ? Rating::kAgain : u < 0.25 ? Rating::kHard : u < 0.85 ? Rating::kGood : Rating::kEasy;
}

struct Run {
  double seconds;       // CPU
  double wall_seconds;
  std::int64_t checksum;
};

Run run(const Scheduler& scheduler, const std::vector<Rating>& ratings) {
  std::int64_t checksum = 0;
  double begin = cpu_seconds();
  auto wall_begin = std::chrono::steady_clock::now();
  for (int c = 0; c < kCards; ++c) {
    CardState card;
    TimePoint now{std::chrono::milliseconds(kStartMs + c * 1000LL)};
    for (int i = 0; i < kReviewsPerCard; ++i) {
      card = scheduler.review(card, ratings[c * kReviewsPerCard + i], now);
      checksum += card.scheduled_days;
      now = card.due;
    }
  }
  double cpu = cpu_seconds() - begin;
  return {cpu, std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_begin).count(), checksum};
}

}  // namespace

int main() {
  Mulberry32 rng{42};
  std::vector<Rating> ratings(static_cast<std::size_t>(kCards) * kReviewsPerCard);
  for (Rating& r : ratings) r = pick(rng.next());

  auto utc = std::make_shared<FixedOffsetCalendar>(std::chrono::minutes(0), 0);
  SchedulerSettings plain;
  plain.enable_fuzz = false;
  plain.day_start_hour = 0;
  SchedulerSettings fuzzed = plain;
  fuzzed.enable_fuzz = true;
  const double reviews = static_cast<double>(kCards) * kReviewsPerCard;
  for (auto [name, settings] : {std::pair{"fuzz off (ts-fsrs defaults)", plain}, std::pair{"fuzz on", fuzzed}}) {
    Scheduler scheduler(settings, utc);
    Run best{1e9, 0, 0};
    for (int i = 0; i < 3; ++i) {
      Run r = run(scheduler, ratings);
      if (r.seconds < best.seconds) best = r;
    }
    fmt::print("genai-quiz Scheduler::review, {}: {:.0f} reviews in {:.3f} CPU s = {:.0f} reviews/s "
               "(wall {:.3f} s; checksum {})\n",
               name, reviews, best.seconds, reviews / best.seconds, best.wall_seconds, best.checksum);
  }
  return 0;
}
