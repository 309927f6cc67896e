#include "genai_quiz/core/fsrs_fuzz.hpp"

#include "genai_quiz/core/fsrs.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace genai_quiz {
namespace {

constexpr double kTwoPow32 = 4294967296.0;
constexpr double kTwoPowMinus32 = 2.3283064365386963e-10;

// JavaScript's ToUint32 for a finite number in [0, 2^53): truncate, then modulo 2^32.
double to_uint32(double x) {
  return static_cast<double>(static_cast<std::uint32_t>(static_cast<std::uint64_t>(x)));
}

// Baagøe's Mash hash; `n` carries over between calls, as in the closure of alea.ts.
double mash(double& n, std::string_view data) {
  for (unsigned char ch : data) {
    n += ch;
    double h = 0.02519603282416938 * n;
    n = to_uint32(h);
    h -= n;
    h *= n;
    n = to_uint32(h);
    h -= n;
    n += h * kTwoPow32;
  }
  return to_uint32(n) * kTwoPowMinus32;
}

struct FuzzBand {
  double start, end, factor;
};
constexpr FuzzBand kFuzzBands[] = {{2.5, 7, 0.15}, {7, 20, 0.10}, {20, 1e300, 0.05}};

}  // namespace

Alea::Alea(std::string_view seed) {
  double n = 4022871197.0;
  s0_ = mash(n, " ");
  s1_ = mash(n, " ");
  s2_ = mash(n, " ");
  s0_ -= mash(n, seed);
  if (s0_ < 0) s0_ += 1;
  s1_ -= mash(n, seed);
  if (s1_ < 0) s1_ += 1;
  s2_ -= mash(n, seed);
  if (s2_ < 0) s2_ += 1;
}

double Alea::next() {
  double t = 2091639 * s0_ + c_ * kTwoPowMinus32;
  s0_ = s1_;
  s1_ = s2_;
  c_ = std::trunc(t);  // t is in [0, 2^31): `t | 0` in JavaScript
  s2_ = t - c_;
  return s2_;
}

std::string fuzz_seed(std::int64_t review_time_ms, int reps_after, double difficulty_times_stability) {
  // JavaScript prints numbers in [1e-6, 1e21) in fixed notation with the fewest digits that
  // read back exactly: std::to_chars with chars_format::fixed and no precision does the same.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, difficulty_times_stability, std::chars_format::fixed);
  return std::to_string(review_time_ms) + '_' + std::to_string(reps_after) + '_' +
         std::string(buf, res.ptr);
}

FuzzRange fuzz_range(int interval, int elapsed_days, int maximum) {
  double delta = 1;
  for (const FuzzBand& b : kFuzzBands) {
    delta += b.factor * std::max(std::min(static_cast<double>(interval), b.end) - b.start, 0.0);
  }
  double ivl = std::min(interval, maximum);
  int lo = static_cast<int>(std::max(2.0, js_round(ivl - delta)));
  int hi = static_cast<int>(std::min(js_round(ivl + delta), static_cast<double>(maximum)));
  if (ivl > elapsed_days) lo = std::max(lo, elapsed_days + 1);
  lo = std::min(lo, hi);
  return {lo, hi};
}

int fuzz_interval(int interval, int elapsed_days, int maximum, double u) {
  if (interval < 2.5) return interval;
  FuzzRange r = fuzz_range(interval, elapsed_days, maximum);
  return static_cast<int>(std::floor(u * (r.max_days - r.min_days + 1) + r.min_days));
}

}  // namespace genai_quiz
