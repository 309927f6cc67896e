#pragma once
// The line protocol of `genai-quiz interview`: a round driven line by line when standard input
// is not a terminal (scripts, tests, pipes). docs/interview.md specifies it.

#include <functional>
#include <istream>
#include <ostream>

#include "genai_quiz/term/capabilities.hpp"
#include "genai_quiz/term/line_reader.hpp"
#include "genai_quiz/ui/clocked_io.hpp"

namespace genai_quiz {

class LineInterviewIo final : public Clocked<InterviewIo> {
 public:
  /// Reads answers and grades from `in` and writes the round to `out`, `width` columns wide.
  LineInterviewIo(std::istream& in, std::ostream& out, Capabilities caps, int width,
                  std::function<TimePoint()> clock, std::function<std::int64_t()> steady);

  std::optional<AnswerInput> read_answer(const InterviewRound& round) override;
  std::optional<Rating> read_grade(const InterviewRound& round) override;
  void show_message(const std::string& message) override;

 private:
  std::optional<AnswerInput> read_choice(const InterviewRound& round);

  LineReader in_;
  std::ostream& out_;
  Capabilities caps_;
  int width_;
  bool first_question_ = true;
  bool first_choice_ = true;
  bool first_grade_ = true;
};

}  // namespace genai_quiz
