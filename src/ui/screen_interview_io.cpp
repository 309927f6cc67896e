#include "genai_quiz/ui/screen_interview_io.hpp"

#include <algorithm>

#include "genai_quiz/term/answer_editor.hpp"
#include "ui/interview_screen.hpp"

namespace genai_quiz {

ScreenInterviewIo::ScreenInterviewIo(Capabilities caps, std::function<TimePoint()> clock,
                                     std::function<std::int64_t()> steady, bool dry_run)
    : Clocked(std::move(clock), std::move(steady)), caps_(caps), dry_run_(dry_run) {}

std::optional<AnswerInput> ScreenInterviewIo::read_answer(const InterviewRound& round) {
  std::optional<AnswerInput> answer = read_answer_keys(round);
  message_.clear();  // a note on the round is read by now
  return answer;
}

std::optional<AnswerInput> ScreenInterviewIo::read_answer_keys(const InterviewRound& round) {
  AnswerEditor editor;
  for (;;) {
    const std::int64_t left = round.remaining_ms(steady_ms());
    terminal_.present(draw_asking_screen(round, editor.lines(), editor.cursor(), left, terminal_.size(), caps_,
                                         message_, dry_run_));
    if (left == 0) return AnswerInput{editor.text(), true};  // the time is up: what was typed is the answer
    // Wake up when the shown second changes.
    const int timeout = static_cast<int>(std::clamp<std::int64_t>((left - 1) % 1000 + 1, 1, 1000));
    Event event = terminal_.read_event(timeout);
    if (event.kind == Event::Kind::kEnd) return std::nullopt;
    if (event.kind != Event::Kind::kKey) continue;  // a tick, a resize or a redraw
    if (event.key.code == KeyCode::kCtrlL) continue;
    if (const std::size_t n = round.questions()[round.index()].choices.size(); n > 0) {
      // A multiple-choice question: a letter picks, Enter goes on without a pick.
      const Key& key = event.key;
      if (key.code == KeyCode::kCtrlC || key.code == KeyCode::kCtrlD) return std::nullopt;
      if (key.code == KeyCode::kEnter) return AnswerInput{};
      char32_t ch = key.code == KeyCode::kChar ? key.ch : 0;
      if (ch >= U'A' && ch <= U'Z') ch = ch - U'A' + U'a';
      if (ch >= U'a' && ch < U'a' + n) {
        AnswerInput input;
        input.choice = static_cast<int>(ch - U'a');
        return input;
      }
      continue;
    }
    switch (editor.feed(event.key)) {
      case AnswerEditor::Result::kDone: return AnswerInput{editor.text()};
      case AnswerEditor::Result::kCancelled: return std::nullopt;
      case AnswerEditor::Result::kEditing: break;
    }
  }
}

std::optional<Rating> ScreenInterviewIo::read_grade(const InterviewRound& round) {
  int scroll = 0;
  const std::optional<Rating> suggested = round.answers()[round.index()].suggested;
  if (message_.empty() && round.index() == 0) message_ = "Every question is asked: grade each answer.";
  for (;;) {
    const TermSize size = terminal_.size();
    scroll = std::clamp(scroll, 0, max_grading_scroll(round, size, caps_, message_));
    terminal_.present(draw_grading_screen(round, scroll, message_, size, caps_, dry_run_));
    Event event = terminal_.read_event(-1);
    if (event.kind == Event::Kind::kEnd) return std::nullopt;
    if (event.kind != Event::Kind::kKey) continue;
    const Key& key = event.key;
    const int page = std::max(1, size.rows - 5);
    if (key.code == KeyCode::kCtrlC || key.is(U'q')) return std::nullopt;
    if (key.code == KeyCode::kEnter && suggested) {
      message_.clear();
      return suggested;
    }
    if (key.code == KeyCode::kChar && key.ch >= U'1' && key.ch <= U'4') {
      message_.clear();
      return static_cast<Rating>(key.ch - U'0');
    }
    if (key.code == KeyCode::kUp || key.is(U'k')) scroll -= 1;
    if (key.code == KeyCode::kDown || key.is(U'j')) scroll += 1;
    if (key.code == KeyCode::kPageUp) scroll -= page;
    if (key.code == KeyCode::kPageDown || key.code == KeyCode::kSpace) scroll += page;
    if (key.code == KeyCode::kHome) scroll = 0;
    if (key.code == KeyCode::kEnd) scroll = 1 << 20;
  }
}

}  // namespace genai_quiz
