#pragma once
// The optimizer's update rule and learning-rate schedule: Adam with bias correction and cosine
// annealing with PyTorch's recurrence, as fsrs-rs trains (`HostAdam`, `cosine_annealing.rs`).

#include "genai_quiz/core/optimizer/training_model.hpp"

namespace genai_quiz::optimizer {

/// Adam (beta1 0.9, beta2 0.999, epsilon 1e-8) over the 21 parameters.
class Adam {
 public:
  /// Moves `w` one step against `grad` with learning rate `lr`.
  void step(Parameters& w, const Gradient& grad, double lr);

 private:
  Gradient m_{};
  Gradient v_{};
  int t_ = 0;
};

/// Cosine annealing from `initial_lr` to 0 over `t_max` steps (PyTorch `CosineAnnealingLR`).
class CosineAnnealing {
 public:
  /// Starts at `initial_lr`; next() reaches 0 after `t_max` steps.
  CosineAnnealing(double t_max, double initial_lr) : t_max_(t_max), initial_(initial_lr), lr_(initial_lr) {}
  /// Advances one step and returns the learning rate to use for it.
  double next();
  /// The learning rate after the last call to next() (the initial rate before any).
  double current() const { return lr_; }

 private:
  double t_max_;
  double initial_;
  double lr_;
  double steps_ = 0;
};

}  // namespace genai_quiz::optimizer
