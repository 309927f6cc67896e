#include "genai_quiz/core/interview_round.hpp"

#include <algorithm>
#include <numeric>
#include <random>
#include <utility>

namespace genai_quiz {

std::vector<std::size_t> draw_questions(std::size_t available, std::size_t n, std::uint64_t seed) {
  std::vector<std::size_t> indices(available);
  std::iota(indices.begin(), indices.end(), std::size_t{0});
  // Fisher-Yates from the front with a generator whose output the standard fixes, so that a
  // seed gives the same questions on every platform.
  std::mt19937_64 rng(seed);
  const std::size_t take = std::min(n, available);
  for (std::size_t i = 0; i < take; ++i) {
    std::size_t j = i + static_cast<std::size_t>(rng() % (available - i));
    std::swap(indices[i], indices[j]);
  }
  indices.resize(take);
  return indices;
}

InterviewRound::InterviewRound(std::vector<InterviewQuestion> questions, std::chrono::milliseconds time_limit,
                               const KeyPointMatcher& matcher)
    : questions_(std::move(questions)), answers_(questions_.size()), time_limit_(time_limit), matcher_(matcher) {
  if (questions_.empty()) stage_ = RoundStage::kFinished;
}

void InterviewRound::start_question(std::int64_t steady_ms) {
  if (stage_ != RoundStage::kAsking) return;
  started_ms_ = steady_ms;
  answers_[index_].asked = true;
}

std::int64_t InterviewRound::remaining_ms(std::int64_t steady_ms) const {
  if (stage_ != RoundStage::kAsking) return 0;
  return std::max<std::int64_t>(0, time_limit_.count() - (steady_ms - started_ms_));
}

bool InterviewQuestion::is_correct(int index) const {
  return std::find(correct.begin(), correct.end(), index) != correct.end();
}

void InterviewRound::answer(std::string text, std::int64_t steady_ms, bool cut_off, std::optional<int> choice) {
  if (stage_ != RoundStage::kAsking) return;
  InterviewAnswer& a = answers_[index_];
  a.asked = true;
  a.text = std::move(text);
  a.time_ms = cut_off ? time_limit_.count() : std::max<std::int64_t>(0, steady_ms - started_ms_);
  a.cut_off = cut_off;
  if (choice && *choice >= 0 && static_cast<std::size_t>(*choice) < questions_[index_].choices.size()) a.choice = choice;
  a.over_time = !cut_off && a.time_ms > time_limit_.count();
  if (++index_ == questions_.size()) begin_grading();
}

void InterviewRound::begin_grading() {
  // Questions never asked leave the round.
  std::size_t asked = 0;
  while (asked < answers_.size() && answers_[asked].asked) ++asked;
  questions_.resize(asked);
  answers_.resize(asked);
  for (std::size_t i = 0; i < asked; ++i) {
    InterviewAnswer& a = answers_[i];
    a.coverage = matcher_.check(a.text, questions_[i].key_points);
    if (!questions_[i].choices.empty()) {
      // A pick grades itself: Good when right, Again when wrong; no pick, no suggestion.
      if (a.choice) a.suggested = questions_[i].is_correct(*a.choice) ? Rating::kGood : Rating::kAgain;
    } else if (!a.text.empty()) {
      a.suggested = suggested_rating(a.coverage.covered(), a.coverage.total());
    }
  }
  index_ = 0;
  stage_ = asked == 0 ? RoundStage::kFinished : RoundStage::kGrading;
}

void InterviewRound::grade(Rating rating) {
  if (stage_ != RoundStage::kGrading) return;
  answers_[index_].grade = rating;
  if (++index_ == questions_.size()) stage_ = RoundStage::kFinished;
}

void InterviewRound::stop() {
  if (stage_ == RoundStage::kAsking) {
    // The question on screen was asked but not answered: it leaves the round too.
    if (index_ < answers_.size()) answers_[index_].asked = false;
    begin_grading();
  } else {
    stage_ = RoundStage::kFinished;
    index_ = questions_.size();
  }
}

}  // namespace genai_quiz
