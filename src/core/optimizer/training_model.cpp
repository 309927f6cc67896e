#include "genai_quiz/core/optimizer/training_model.hpp"

#include <algorithm>
#include <cmath>

namespace genai_quiz::optimizer {
namespace {

/// Derivative of clamp(x, lo, hi): 1 strictly inside the range, 0 on or beyond a bound.
inline double inside(double x, double lo, double hi) { return x > lo && x < hi ? 1.0 : 0.0; }

const double kLn09 = std::log(0.9);

}  // namespace


TrainingModel::TrainingModel(const Parameters& w) : w_(w) {
  decay_ = -w[20];
  factor_ = std::exp(kLn09 / decay_) - 1.0;
  exp_w8_ = std::exp(w[8]);
  easy_d0_ = w[4] - std::exp(3.0 * w[5]) + 1.0;
  floor_factor_ = std::exp(-w[17] * w[18]);
  for (int g = 1; g <= 4; ++g) short_term_exp_[g] = std::exp(w[17] * (g - 3 + w[18]));
}

void TrainingModel::forward(const TrainingSequence& seq, bool keep) {
  const Parameters& w = w_;
  const std::size_t n = seq.steps.size();
  if (keep && cache_.size() < n) cache_.resize(n);
  loss_ = 0;
  double s = 0, d = 0;
  StepCache local{};
  for (std::size_t i = 0; i < n; ++i) {
    const SequenceStep& step = seq.steps[i];
    StepCache& c = keep ? cache_[i] : local;
    const int g = std::clamp(step.rating, 1, 4);
    c.s_in = s;
    c.d_in = d;
    c.t = step.delta_t;
    c.rating = g;
    c.g_r_target = 0;
    if (i == 0) {
      c.branch = Branch::kInit;
      c.s_raw = w[g - 1];
      c.mean_d = w[4] - std::exp(w[5] * (g - 1)) + 1.0;
      s = std::clamp(c.s_raw, kStabilityMin, kStabilityMax);
      d = std::clamp(c.mean_d, kDifficultyMin, kDifficultyMax);
      continue;
    }
    c.last_s = std::clamp(s, kStabilityMin, kStabilityMax);
    c.last_d = std::clamp(d, kDifficultyMin, kDifficultyMax);
    c.log_s = std::log(c.last_s);
    if (c.t > 0) {
      c.base = 1.0 + factor_ * c.t / c.last_s;
      c.log_base = std::log(c.base);
      c.r = std::exp(decay_ * c.log_base);
    } else {
      c.base = 1.0;
      c.log_base = 0.0;
      c.r = 1.0;
    }
    if (step.weight > 0) {
      double r = std::clamp(c.r, kMinProbability, 1.0 - kMinProbability);
      bool live = c.r > kMinProbability && c.r < 1.0 - kMinProbability;
      if (step.recalled) {
        loss_ -= step.weight * std::log(r);
        c.g_r_target = live ? -step.weight / r : 0.0;
      } else {
        loss_ -= step.weight * std::log1p(-r);
        c.g_r_target = live ? step.weight / (1.0 - r) : 0.0;
      }
    }
    if (i + 1 == n) {  // the state after the last review is never used
      c.branch = Branch::kLast;
      break;
    }
    if (c.t == 0) {
      double raw = short_term_exp_[g] * std::exp(-w[19] * c.log_s);
      c.a1 = raw;
      if (g >= 2 && raw < 1.0) {
        c.branch = Branch::kShortFloored;
        c.s_raw = c.last_s;
      } else {
        c.branch = Branch::kShort;
        c.s_raw = c.last_s * raw;
      }
    } else if (g == 1) {
      c.a1 = std::exp(-w[12] * std::log(c.last_d));       // D^-w12
      c.a2 = std::exp(w[13] * std::log(c.last_s + 1.0));   // (S+1)^w13
      c.a3 = std::exp(w[14] * (1.0 - c.r));                // e^(w14 (1-R))
      double raw = w[11] * c.a1 * (c.a2 - 1.0) * c.a3;
      double cap = c.last_s * floor_factor_;
      c.branch = cap < raw ? Branch::kLapseCapped : Branch::kLapse;
      c.s_raw = cap < raw ? cap : raw;
    } else {
      double hard = g == 2 ? w[15] : 1.0;
      double easy = g == 4 ? w[16] : 1.0;
      c.a1 = std::exp(-w[9] * c.log_s);           // S^-w9
      c.a2 = std::exp(w[10] * (1.0 - c.r));       // e^(w10 (1-R))
      c.a3 = exp_w8_ * (11.0 - c.last_d) * c.a1 * (c.a2 - 1.0) * hard * easy;
      c.branch = Branch::kRecall;
      c.s_raw = c.last_s * (1.0 + c.a3);
    }
    double next_d = c.last_d + (-w[6] * (g - 3)) * (10.0 - c.last_d) / 9.0;
    c.mean_d = w[7] * easy_d0_ + (1.0 - w[7]) * next_d;
    s = std::clamp(c.s_raw, kStabilityMin, kStabilityMax);
    d = std::clamp(c.mean_d, kDifficultyMin, kDifficultyMax);
  }
}

double TrainingModel::curve_backward(double t, double s, double base, double log_base, double r,
                                     double g_r, Gradient& grad) const {
  if (g_r == 0.0 || t <= 0) return 0.0;
  double g_s = g_r * r * decay_ / base * (-factor_ * t / (s * s));
  double dfactor = (factor_ + 1.0) * (-kLn09 / (decay_ * decay_));
  double dr_ddecay = r * (log_base + decay_ / base * (t / s * dfactor));
  grad[20] -= g_r * dr_ddecay;  // decay = -w20
  return g_s;
}

void TrainingModel::step_backward(const StepCache& c, double& g_s, double& g_d, double g_r,
                                  Gradient& grad) const {
  const Parameters& w = w_;
  const int g = c.rating;
  if (c.branch == Branch::kInit) {
    grad[g - 1] += g_s * inside(c.s_raw, kStabilityMin, kStabilityMax);
    double g_d0 = g_d * inside(c.mean_d, kDifficultyMin, kDifficultyMax);
    grad[4] += g_d0;
    grad[5] += g_d0 * -(g - 1) * std::exp((g - 1) * w[5]);
    g_s = g_d = 0;
    return;
  }
  double gs_last = 0, gd_last = 0;
  if (c.branch != Branch::kLast) {
    double gs = g_s * inside(c.s_raw, kStabilityMin, kStabilityMax);
    const double s = c.last_s, d = c.last_d;
    switch (c.branch) {
      case Branch::kShortFloored:
        gs_last += gs;
        break;
      case Branch::kShort: {
        double raw = c.a1;
        gs_last += gs * raw - gs * raw * w[19];
        grad[17] += gs * s * raw * (g - 3 + w[18]);
        grad[18] += gs * s * raw * w[17];
        grad[19] -= gs * s * raw * c.log_s;
        break;
      }
      case Branch::kLapseCapped:
        gs_last += gs * floor_factor_;
        grad[17] -= gs * c.s_raw * w[18];
        grad[18] -= gs * c.s_raw * w[17];
        break;
      case Branch::kLapse: {
        double raw = c.s_raw;
        grad[11] += gs * c.a1 * (c.a2 - 1.0) * c.a3;
        grad[12] -= gs * raw * std::log(d);
        grad[13] += gs * w[11] * c.a1 * c.a3 * c.a2 * std::log(s + 1.0);
        grad[14] += gs * raw * (1.0 - c.r);
        gs_last += gs * w[11] * c.a1 * c.a3 * w[13] * c.a2 / (s + 1.0);
        gd_last -= gs * raw * w[12] / d;
        g_r -= gs * raw * w[14];
        break;
      }
      case Branch::kRecall: {
        double hard = g == 2 ? w[15] : 1.0;
        double easy = g == 4 ? w[16] : 1.0;
        double inc = c.a3;
        double gi = gs * s;  // d(loss)/d(inc)
        double core = exp_w8_ * c.a1 * hard * easy;  // e^w8 S^-w9 h b
        gs_last += gs * (1.0 + inc) - gi * inc * w[9] / s;
        gd_last -= gi * core * (c.a2 - 1.0);
        g_r -= gi * core * (11.0 - d) * w[10] * c.a2;
        grad[8] += gi * inc;
        grad[9] -= gi * inc * c.log_s;
        grad[10] += gi * core * (11.0 - d) * c.a2 * (1.0 - c.r);
        if (g == 2) grad[15] += gi * exp_w8_ * (11.0 - d) * c.a1 * (c.a2 - 1.0) * easy;
        if (g == 4) grad[16] += gi * exp_w8_ * (11.0 - d) * c.a1 * (c.a2 - 1.0) * hard;
        break;
      }
      default:
        break;
    }
    double g_mean = g_d * inside(c.mean_d, kDifficultyMin, kDifficultyMax);
    if (g_mean != 0.0) {
      double delta = -w[6] * (g - 3);
      double next_d = d + delta * (10.0 - d) / 9.0;
      grad[7] += g_mean * (easy_d0_ - next_d);
      grad[4] += g_mean * w[7];
      grad[5] += g_mean * w[7] * -3.0 * std::exp(3.0 * w[5]);
      double g_next = g_mean * (1.0 - w[7]);
      grad[6] += g_next * (10.0 - d) * -(g - 3) / 9.0;
      gd_last += g_next * (1.0 - delta / 9.0);
    }
  }
  gs_last += curve_backward(c.t, c.last_s, c.base, c.log_base, c.r, g_r, grad);
  g_s = gs_last * inside(c.s_in, kStabilityMin, kStabilityMax);
  g_d = gd_last * inside(c.d_in, kDifficultyMin, kDifficultyMax);
}

double TrainingModel::loss(const TrainingSequence& seq) {
  forward(seq, false);
  return loss_;
}

double TrainingModel::loss_and_gradient(const TrainingSequence& seq, Gradient& grad) {
  forward(seq, true);
  double g_s = 0, g_d = 0;
  for (std::size_t i = seq.steps.size(); i-- > 0;) {
    const StepCache& c = cache_[i];
    if (g_s == 0.0 && g_d == 0.0 && c.g_r_target == 0.0) continue;  // nothing flows back
    step_backward(c, g_s, g_d, c.g_r_target, grad);
  }
  return loss_;
}

void TrainingModel::predict(const TrainingSequence& seq, std::vector<double>& out) {
  forward(seq, true);
  for (std::size_t i = 1; i < seq.steps.size(); ++i) {
    if (seq.steps[i].weight > 0) out.push_back(cache_[i].r);
  }
}

}  // namespace genai_quiz::optimizer
