#include "genai_quiz/core/fsrs.hpp"

#include <algorithm>
#include <cmath>

namespace genai_quiz {
namespace {

double clamp(double v, double lo, double hi) { return std::min(std::max(v, lo), hi); }

int grade(Rating g) { return static_cast<int>(g); }

}  // namespace

FsrsModel::FsrsModel(const Weights& weights, double desired_retention, bool enable_short_term)
    : w_(weights), enable_short_term_(enable_short_term) {
  decay_ = -w_[20];
  factor_ = round8(std::exp(std::pow(decay_, -1) * std::log(0.9)) - 1);
  interval_modifier_ = round8((std::pow(desired_retention, 1 / decay_) - 1) / factor_);
  exp_w8_ = std::exp(w_[8]);
  easy_d0_ = initial_difficulty(Rating::kEasy);
  for (int g = 1; g <= 4; ++g) short_term_exp_[g] = std::exp(w_[17] * (g - 3 + w_[18]));
  short_term_exp_[0] = 0;
}

double FsrsModel::retrievability(double elapsed_days, double stability) const {
  return round8(std::pow(1 + factor_ * elapsed_days / stability, decay_));
}

int FsrsModel::interval_days(double stability, int maximum) const {
  double days = std::max(1.0, js_round(stability * interval_modifier_));
  return static_cast<int>(std::min(days, static_cast<double>(maximum)));
}

double FsrsModel::initial_stability(Rating g) const { return std::max(w_[grade(g) - 1], 0.1); }

double FsrsModel::initial_difficulty(Rating g) const {
  return round8(w_[4] - std::exp((grade(g) - 1) * w_[5]) + 1);
}

double FsrsModel::next_difficulty(double d, Rating g) const {
  double delta_d = -w_[6] * (grade(g) - 3);
  double next_d = d + round8(delta_d * (10 - d) / 9);
  double reverted = round8(w_[7] * easy_d0_ + (1 - w_[7]) * next_d);
  return clamp(reverted, kDifficultyMin, kDifficultyMax);
}

double FsrsModel::recall_stability(double d, double s, double r, Rating g) const {
  double hard_penalty = g == Rating::kHard ? w_[15] : 1;
  double easy_bonus = g == Rating::kEasy ? w_[16] : 1;
  double growth = exp_w8_ * (11 - d) * std::pow(s, -w_[9]) * (std::exp((1 - r) * w_[10]) - 1);
  return round8(clamp(s * (1 + growth * hard_penalty * easy_bonus), kStabilityMin, kStabilityMax));
}

double FsrsModel::forget_stability(double d, double s, double r) const {
  double pls = w_[11] * std::pow(d, -w_[12]) * (std::pow(s + 1, w_[13]) - 1) * std::exp((1 - r) * w_[14]);
  return round8(clamp(pls, kStabilityMin, kStabilityMax));
}

double FsrsModel::short_term_stability(double s, Rating g) const {
  double sinc = std::pow(s, -w_[19]) * short_term_exp_[grade(g)];
  double masked = g >= Rating::kHard ? std::max(sinc, 1.0) : sinc;
  return round8(clamp(s * masked, kStabilityMin, kStabilityMax));
}

MemoryState FsrsModel::next_state(std::optional<MemoryState> previous, int elapsed_days, Rating g,
                                  std::optional<double> r) const {
  if (!previous || (previous->difficulty == 0 && previous->stability == 0)) {
    return {initial_stability(g), clamp(initial_difficulty(g), kDifficultyMin, kDifficultyMax)};
  }
  // ts-fsrs refuses states below the minimum; clamping them is the fsrs-rs behaviour.
  double s = clamp(previous->stability, kStabilityMin, kStabilityMax);
  double d = clamp(previous->difficulty, kDifficultyMin, kDifficultyMax);
  int t = std::max(elapsed_days, 0);
  double rr = r ? *r : retrievability(t, s);
  double new_s;
  if (t == 0 && enable_short_term_) {
    new_s = short_term_stability(s, g);
  } else if (g == Rating::kAgain) {
    double w17 = enable_short_term_ ? w_[17] : 0;
    double w18 = enable_short_term_ ? w_[18] : 0;
    double cap = round8(s / std::exp(w17 * w18));
    new_s = std::min(std::max(cap, kStabilityMin), forget_stability(d, s, rr));
  } else {
    new_s = recall_stability(d, s, rr, g);
  }
  return {new_s, next_difficulty(d, g)};
}

std::array<double, 3> FsrsModel::recall_stabilities(MemoryState previous, int elapsed_days, double r) const {
  double s = clamp(previous.stability, kStabilityMin, kStabilityMax);
  std::array<double, 3> out;
  if (elapsed_days <= 0 && enable_short_term_) {
    double decline = std::pow(s, -w_[19]);
    for (int g = 2; g <= 4; ++g) {
      double masked = std::max(decline * short_term_exp_[g], 1.0);
      out[g - 2] = round8(clamp(s * masked, kStabilityMin, kStabilityMax));
    }
  } else {
    // Multiplied in the same order as recall_stability, so the results are bit-identical.
    double d = clamp(previous.difficulty, kDifficultyMin, kDifficultyMax);
    double growth = exp_w8_ * (11 - d) * std::pow(s, -w_[9]) * (std::exp((1 - r) * w_[10]) - 1);
    out[0] = round8(clamp(s * (1 + growth * w_[15]), kStabilityMin, kStabilityMax));
    out[1] = round8(clamp(s * (1 + growth), kStabilityMin, kStabilityMax));
    out[2] = round8(clamp(s * (1 + growth * w_[16]), kStabilityMin, kStabilityMax));
  }
  return out;
}

std::array<MemoryState, 3> FsrsModel::next_recall_states(MemoryState previous, int elapsed_days, double r) const {
  std::array<double, 3> s = recall_stabilities(previous, elapsed_days, r);
  double d = clamp(previous.difficulty, kDifficultyMin, kDifficultyMax);
  return {MemoryState{s[0], next_difficulty(d, Rating::kHard)}, MemoryState{s[1], next_difficulty(d, Rating::kGood)},
          MemoryState{s[2], next_difficulty(d, Rating::kEasy)}};
}

MemoryState memory_state_from_sm2(const Weights& w, double ease, double interval_days, double r) {
  double decay = -w[20];
  double factor = std::pow(0.9, 1 / decay) - 1;
  double s = std::max(interval_days, kStabilityMin) * factor / (std::pow(r, 1 / decay) - 1);
  double growth = std::exp(w[8]) * std::pow(s, -w[9]) * (std::exp((1 - r) * w[10]) - 1);
  double d = clamp(11 - (ease - 1) / growth, kDifficultyMin, kDifficultyMax);
  return {s, d};
}

}  // namespace genai_quiz
