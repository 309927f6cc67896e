// The clocks the benchmark programs read, and the best of three timed runs.
#pragma once

#include <time.h>

#include <algorithm>
#include <chrono>
#include <functional>

namespace genai_quiz::bench {

/// CPU seconds used by this process so far.
inline double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

/// Seconds on a steady clock.
inline double wall_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

struct Timing {
  double cpu = 1e300;
  double wall = 1e300;
};

/// The fastest of three runs of `work`, each after its own `setup` (not timed).
inline Timing best_of_3(const std::function<void()>& setup, const std::function<void()>& work) {
  Timing best;
  for (int i = 0; i < 3; ++i) {
    setup();
    double c = cpu_seconds(), w = wall_seconds();
    work();
    best.cpu = std::min(best.cpu, cpu_seconds() - c);
    best.wall = std::min(best.wall, wall_seconds() - w);
  }
  return best;
}

}  // namespace genai_quiz::bench
