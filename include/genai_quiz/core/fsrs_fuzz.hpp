#pragma once
// Interval fuzz, bit-compatible with ts-fsrs 5.x: its ranges and its Alea generator seeded with
// the same string, so a fuzzed schedule is reproducible from the review history alone.

#include <cstdint>
#include <string>
#include <string_view>

namespace genai_quiz {

/// Johannes Baagøe's Alea generator as in ts-fsrs `alea.ts` (numbers in [0, 1)).
class Alea {
 public:
  explicit Alea(std::string_view seed);
  /// The next number in [0, 1).
  double next();

 private:
  double c_ = 1, s0_ = 0, s1_ = 0, s2_ = 0;
};

/// The seed ts-fsrs uses for one review: "<review time ms>_<reps after the review>_<D*S before>",
/// with D*S written as JavaScript writes a number.
std::string fuzz_seed(std::int64_t review_time_ms, int reps_after, double difficulty_times_stability);

/// The lowest and highest fuzzed interval for a rounded interval `interval` (days).
struct FuzzRange {
  int min_days;
  int max_days;

  bool operator==(const FuzzRange&) const = default;
};

/// ts-fsrs `get_fuzz_range`: ±(1 + 15% of 2.5–7 + 10% of 7–20 + 5% beyond 20), at least 2 days,
/// at least elapsed + 1 when the interval exceeds the elapsed days, at most `maximum`.
FuzzRange fuzz_range(int interval, int elapsed_days, int maximum);

/// The fuzzed interval for a uniform `u` in [0, 1); intervals below 2.5 days are unchanged.
int fuzz_interval(int interval, int elapsed_days, int maximum, double u);

}  // namespace genai_quiz
