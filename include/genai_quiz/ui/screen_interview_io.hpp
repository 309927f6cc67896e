#pragma once
// The interactive interview screen: raw mode, a countdown redrawn every second, answers typed in
// an AnswerEditor, grades by single keys.

#include <functional>
#include <string>

#include "genai_quiz/term/capabilities.hpp"
#include "genai_quiz/term/terminal.hpp"
#include "genai_quiz/ui/clocked_io.hpp"

namespace genai_quiz {

class ScreenInterviewIo final : public Clocked<InterviewIo> {
 public:
  /// Takes over the terminal (standard input and output) until destroyed or close()d. With
  /// `dry_run` every header says that nothing is saved.
  ScreenInterviewIo(Capabilities caps, std::function<TimePoint()> clock, std::function<std::int64_t()> steady,
                    bool dry_run = false);

  std::optional<AnswerInput> read_answer(const InterviewRound& round) override;
  std::optional<Rating> read_grade(const InterviewRound& round) override;
  /// Shows `message` under the next question or grade (before the first question: a note on the round).
  void show_message(const std::string& message) override { message_ = message; }

  /// Gives the terminal back (before the summary is printed).
  void close() { terminal_.close(); }

 private:
  std::optional<AnswerInput> read_answer_keys(const InterviewRound& round);

  Terminal terminal_;
  Capabilities caps_;
  std::string message_;
  bool dry_run_;
};

}  // namespace genai_quiz
