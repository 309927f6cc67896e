#include "genai_quiz/core/interview_loop.hpp"

namespace genai_quiz {

void run_interview(InterviewRound& round, InterviewIo& io, GradeRecorder& recorder) {
  while (round.stage() == RoundStage::kAsking) {
    round.start_question(io.steady_ms());
    std::optional<AnswerInput> answer = io.read_answer(round);
    if (!answer) {
      round.stop();
      break;
    }
    round.answer(std::move(answer->text), io.steady_ms(), answer->cut_off, answer->choice);
  }
  while (round.stage() == RoundStage::kGrading) {
    std::optional<Rating> grade = io.read_grade(round);
    if (!grade) {
      round.stop();
      break;
    }
    const std::size_t index = round.index();
    round.grade(*grade);
    io.show_message(recorder.record(round, index, io.now()));
  }
}

}  // namespace genai_quiz
