#pragma once
// A mock interview round as a state machine: questions are asked one at a time against a
// countdown, and the answers are checked and graded only once every question has been asked.
// Pure: the steady clock reading comes with every call; saving grades is the caller's job.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "genai_quiz/core/answer_coverage.hpp"
#include "genai_quiz/core/card_state.hpp"
#include "genai_quiz/core/key_point.hpp"
#include "genai_quiz/core/key_point_matcher.hpp"

namespace genai_quiz {

/// One question of a round, copied from its card.
struct InterviewQuestion {
  std::string deck_id;
  std::string card_id;
  std::string section;       ///< the section's title
  std::string question;      ///< Markdown
  std::string model_answer;  ///< Markdown
  std::vector<KeyPoint> key_points;
  std::vector<std::string> choices{};  ///< a multiple-choice card's options (Markdown)
  std::vector<int> correct{};          ///< the right ones (0 for "a")

  /// True when option `index` (0 for "a") is one of the right ones.
  bool is_correct(int index) const;
};

/// What happened to one question.
struct InterviewAnswer {
  bool asked = false;
  std::string text;              ///< as typed; empty when answered aloud
  std::int64_t time_ms = 0;      ///< from the question appearing to the end of the answer
  bool over_time = false;        ///< the answer ended after the countdown reached zero
  bool cut_off = false;          ///< the countdown ended the answer (the interactive screen does)
  Coverage coverage;             ///< filled in when grading starts
  std::optional<int> choice;     ///< the option picked on a multiple-choice card (0 for "a")
  std::optional<Rating> suggested;  ///< from the coverage or the pick; none without key points or a typed answer
  std::optional<Rating> grade;   ///< the rating given at the end; none if the round stopped first
};

/// `n` of the indices 0 .. available - 1 (all of them when fewer), drawn at random without
/// repetition and in the drawn order; the same seed always gives the same draw.
std::vector<std::size_t> draw_questions(std::size_t available, std::size_t n, std::uint64_t seed);

/// Where a round is.
enum class RoundStage { kAsking, kGrading, kFinished };

/// A round of questions, each with the same time limit.
class InterviewRound {
 public:
  /// A round over `questions` (at least one) with `time_limit` per question; `matcher` checks
  /// the answers when grading starts and must outlive the round.
  InterviewRound(std::vector<InterviewQuestion> questions, std::chrono::milliseconds time_limit,
                 const KeyPointMatcher& matcher);

  RoundStage stage() const { return stage_; }
  /// The question being asked or graded (0-based); questions().size() when finished.
  std::size_t index() const { return index_; }
  /// Every question of the round, in order.
  const std::vector<InterviewQuestion>& questions() const { return questions_; }
  /// One entry per question, in the same order.
  const std::vector<InterviewAnswer>& answers() const { return answers_; }
  /// The time allowed for each question.
  std::chrono::milliseconds time_limit() const { return time_limit_; }

  /// Starts the countdown of the current question at steady-clock reading `steady_ms`.
  void start_question(std::int64_t steady_ms);
  /// Milliseconds left for the current question at `steady_ms`; 0 once the time is up.
  std::int64_t remaining_ms(std::int64_t steady_ms) const;
  /// Ends the current question with `text` (empty: answered aloud) and moves to the next one;
  /// after the last, checks every answer and starts grading. `cut_off`: the countdown ended it,
  /// so it took exactly the time allowed.
  /// `choice`: the option picked on a multiple-choice question.
  void answer(std::string text, std::int64_t steady_ms, bool cut_off = false, std::optional<int> choice = {});

  /// Grades the current question while grading and moves to the next; after the last, finishes.
  void grade(Rating rating);
  /// Stops the round: the questions not yet asked are left out, those not yet graded stay
  /// ungraded. While asking, moves on to grading what was answered; while grading, finishes.
  void stop();

 private:
  void begin_grading();

  std::vector<InterviewQuestion> questions_;
  std::vector<InterviewAnswer> answers_;
  std::chrono::milliseconds time_limit_;
  const KeyPointMatcher& matcher_;
  RoundStage stage_ = RoundStage::kAsking;
  std::size_t index_ = 0;
  std::int64_t started_ms_ = 0;
};

}  // namespace genai_quiz
