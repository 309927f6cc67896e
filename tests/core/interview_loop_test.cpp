#include <catch2/catch.hpp>

#include <deque>
#include <string>
#include <vector>

#include "genai_quiz/core/interview_loop.hpp"
#include "support/time_points.hpp"

namespace genai_quiz {
namespace {

// A front end that answers and grades from scripts; each answer takes 30 seconds.
class ScriptedIo : public InterviewIo {
 public:
  std::deque<std::optional<AnswerInput>> answers;
  std::deque<std::optional<Rating>> grades;
  std::vector<std::string> shown;

  std::optional<AnswerInput> read_answer(const InterviewRound& round) override {
    shown.push_back("ask " + round.questions()[round.index()].card_id);
    clock_ms_ += 30'000;
    auto a = answers.front();
    answers.pop_front();
    return a;
  }
  std::optional<Rating> read_grade(const InterviewRound& round) override {
    shown.push_back("grade " + round.questions()[round.index()].card_id);
    auto g = grades.front();
    grades.pop_front();
    return g;
  }
  void show_message(const std::string& message) override { shown.push_back(message); }
  std::int64_t steady_ms() override { return clock_ms_; }
  TimePoint now() override { return test::utc(2025, 3, 1, 9); }

 private:
  std::int64_t clock_ms_ = 0;
};

class ListRecorder : public GradeRecorder {
 public:
  std::vector<std::string> saved;
  std::string record(const InterviewRound& round, std::size_t index, TimePoint) override {
    const InterviewAnswer& a = round.answers()[index];
    saved.push_back(round.questions()[index].card_id + "=" + rating_name(*a.grade));
    return "Saved: " + saved.back();
  }
  static std::string rating_name(Rating r) { return std::to_string(static_cast<int>(r)); }
};

std::vector<InterviewQuestion> questions() {
  return {{"d", "a", "S", "Qa?", "A.", {{{"alpha"}, {}}}}, {"d", "b", "S", "Qb?", "B.", {}}};
}

}  // namespace

TEST_CASE("The loop asks every question, then grades and saves each answer in order", "[core]") {
  KeyPointMatcher matcher;
  InterviewRound round(questions(), std::chrono::minutes(3), matcher);
  ScriptedIo io;
  io.answers = {AnswerInput{"alpha beta"}, AnswerInput{"", true}};
  io.grades = {Rating::kGood, Rating::kAgain};
  ListRecorder recorder;
  run_interview(round, io, recorder);
  CHECK(round.stage() == RoundStage::kFinished);
  CHECK(io.shown == std::vector<std::string>{"ask a", "ask b", "grade a", "Saved: a=3", "grade b", "Saved: b=1"});
  CHECK(recorder.saved == std::vector<std::string>{"a=3", "b=1"});
  CHECK(round.answers()[0].time_ms == 30'000);
  CHECK(round.answers()[0].suggested == Rating::kGood);
  CHECK_FALSE(round.answers()[0].cut_off);
  CHECK(round.answers()[1].cut_off);                   // the countdown ended it:
  CHECK(round.answers()[1].time_ms == 180'000);        // it took the time allowed
  CHECK_FALSE(round.answers()[1].over_time);
}

TEST_CASE("Stopping while answering grades what was answered, and stopping while grading saves nothing more",
          "[core]") {
  KeyPointMatcher matcher;
  InterviewRound round(questions(), std::chrono::minutes(3), matcher);
  ScriptedIo io;
  io.answers = {AnswerInput{"alpha"}, std::nullopt};
  io.grades = {std::nullopt};
  ListRecorder recorder;
  run_interview(round, io, recorder);
  CHECK(round.stage() == RoundStage::kFinished);
  CHECK(round.questions().size() == 1);
  CHECK(recorder.saved.empty());
  CHECK(io.shown == std::vector<std::string>{"ask a", "ask b", "grade a"});
}

}  // namespace genai_quiz
