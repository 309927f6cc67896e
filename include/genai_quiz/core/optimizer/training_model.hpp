#pragma once
// The FSRS-6 memory model as the optimizer needs it: a card's reviews replayed in double
// precision, the predicted recall probability at the reviews being scored, their weighted
// binary cross-entropy, and its exact gradient with respect to the 21 parameters (a hand-written
// reverse pass over the replay, following every branch and clamp of fsrs-rs `model.rs`).

#include <array>
#include <vector>

#include "genai_quiz/core/fsrs_parameters.hpp"

namespace genai_quiz::optimizer {

/// The 21 FSRS-6 parameters being trained (the scheduler's weights).
using Parameters = Weights;

/// d(loss)/d(w[i]) for the 21 parameters.
using Gradient = std::array<double, 21>;

/// One review of a replayed card. A review with weight > 0 is scored: the model predicts it
/// from the state before it and `recalled` is the truth.
struct SequenceStep {
  double delta_t = 0;  ///< whole days since the previous review (0 for the first)
  double weight = 0;
  int rating = 3;
  bool recalled = false;
};

/// A card's reviews in order (the first one starts the memory).
struct TrainingSequence {
  std::vector<SequenceStep> steps;
  int scored = 0;  ///< how many steps have weight > 0
};

/// Recall probabilities are clamped to [kMinProbability, 1 - kMinProbability] in the loss.
inline constexpr double kMinProbability = 1e-7;

/// Evaluates one parameter set on sequences. Holds scratch space: one per thread.
class TrainingModel {
 public:
  /// Prepares the model for parameters `w` (clipped to their ranges).
  explicit TrainingModel(const Parameters& w);

  /// Summed weighted cross-entropy of the scored steps of `seq`.
  double loss(const TrainingSequence& seq);
  /// Same as loss(), and adds d(loss)/dw to `grad`.
  double loss_and_gradient(const TrainingSequence& seq, Gradient& grad);
  /// Appends the predicted recall probability of each scored step of `seq` to `out`, in order.
  void predict(const TrainingSequence& seq, std::vector<double>& out);

 private:
  enum class Branch : unsigned char { kInit, kLast, kShort, kShortFloored, kLapse, kLapseCapped, kRecall };
  /// What the reverse pass needs of one replayed review.
  struct StepCache {
    double s_in, d_in;  // state entering the step, as stored after the previous step
    double last_s, last_d, log_s;
    double t, base, log_base, r;
    double s_raw, mean_d;  // new stability and difficulty before their clamps
    double a1, a2, a3;     // branch intermediates (see forward)
    double g_r_target;     // d(loss)/dR of the score at this step
    int rating;
    Branch branch;
  };
  void forward(const TrainingSequence& seq, bool keep);
  void step_backward(const StepCache& c, double& g_s, double& g_d, double g_r, Gradient& grad) const;
  double curve_backward(double t, double s, double base, double log_base, double r, double g_r,
                        Gradient& grad) const;

  Parameters w_;
  double decay_, factor_, exp_w8_, easy_d0_, floor_factor_;
  std::array<double, 5> short_term_exp_{};  ///< e^(w17 (G - 3 + w18)) by rating
  std::vector<StepCache> cache_;
  double loss_ = 0;
};

}  // namespace genai_quiz::optimizer
