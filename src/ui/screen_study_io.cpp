#include "genai_quiz/ui/screen_study_io.hpp"

#include <algorithm>

#include "genai_quiz/core/study_keys.hpp"

namespace genai_quiz {

ScreenStudyIo::ScreenStudyIo(StudyLook look, std::function<TimePoint()> clock, std::function<std::int64_t()> steady)
    : ClockedStudyIo(std::move(clock), std::move(steady)), look_(look) {}

void ScreenStudyIo::redraw(const Session& session) {
  TermSize size = terminal_.size();
  view_.width = size.columns;
  view_.height = size.rows;
  terminal_.present(draw_screen(session, view_, look_));
}

void ScreenStudyIo::show(const Session& session) {
  // A finished session leaves the screen at once (next_action): the summary is printed on the
  // shell's screen, where it stays, and the next key typed goes to the shell.
  if (session.stage() == Stage::kFinished) return;
  const StudyItem* item = session.current();
  bool same_card = item == shown_item_ && session.position() == shown_position_;
  if (!same_card) {
    view_.scroll = 0;
  } else if (session.stage() == Stage::kAnswer && shown_stage_ != Stage::kAnswer) {
    // Bring the answer into view, keeping as much of the question above it as fits.
    TermSize size = terminal_.size();
    view_.width = size.columns;
    ScreenBody body = draw_body(session, view_, look_);
    view_.scroll = std::clamp(body.answer_line - 2, 0, max_scroll(body, size.rows));
    if (body.answer_line <= body_height(size.rows) - 2) view_.scroll = 0;
  }
  shown_item_ = item;
  shown_position_ = session.position();
  shown_stage_ = session.stage();
  view_.help = false;
  redraw(session);
}

void ScreenStudyIo::edit(Session& session) {
  if (!card_editor_ || session.current() == nullptr) return;
  terminal_.pause();
  const Deck* edited = nullptr;
  try {
    edited = card_editor_(*session.current());
  } catch (...) {
    terminal_.resume();
    throw;
  }
  terminal_.resume();
  if (edited != nullptr) session.replace_deck(*edited);
  shown_item_ = nullptr;  // drawn again from the top
}

void ScreenStudyIo::show_help(const Session& session) {
  view_.help = true;
  redraw(session);
}

bool ScreenStudyIo::scroll_key(const Key& key, const Session& session) {
  int page = std::max(1, body_height(view_.height) - 1);
  int before = view_.scroll;
  if (key.code == KeyCode::kUp || key.is(U'k')) view_.scroll -= 1;
  else if (key.code == KeyCode::kDown || key.is(U'j')) view_.scroll += 1;
  else if (key.code == KeyCode::kPageUp) view_.scroll -= page;
  else if (key.code == KeyCode::kPageDown) view_.scroll += page;
  else if (key.code == KeyCode::kHome) view_.scroll = 0;
  else if (key.code == KeyCode::kEnd) view_.scroll = 1 << 20;
  else return false;
  ScreenBody body = draw_body(session, view_, look_);
  view_.scroll = std::clamp(view_.scroll, 0, max_scroll(body, view_.height));
  if (view_.scroll != before) redraw(session);
  return true;
}

Action ScreenStudyIo::next_action(const Session& session, std::optional<TimePoint> wake_at) {
  if (session.stage() == Stage::kFinished) return {ActionKind::kQuit};
  for (;;) {
    int timeout = -1;
    if (wake_at) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*wake_at - now()).count();
      timeout = static_cast<int>(std::clamp<long long>(left, 0, 60 * 60 * 1000));
    }
    Event event = terminal_.read_event(timeout);
    switch (event.kind) {
      case Event::Kind::kTimeout:
        if (wake_at) return {ActionKind::kTick};
        continue;
      case Event::Kind::kResize:
      case Event::Kind::kRedraw:
        redraw(session);
        continue;
      case Event::Kind::kEnd:
        return {ActionKind::kQuit};
      case Event::Kind::kKey:
        break;
    }
    const Key& key = event.key;
    view_.note.clear();
    if (view_.help) {  // any key closes the help
      view_.help = false;
      redraw(session);
      continue;
    }
    if (session.typing() && session.stage() == Stage::kQuestion && session.choice_count() == 0) {
      // Typing the answer: keys are text; Enter twice (AnswerEditor) or Ctrl-D shows the answer.
      switch (editor_.feed(key)) {
        case AnswerEditor::Result::kCancelled:
          return {ActionKind::kQuit};
        case AnswerEditor::Result::kDone:
          typed_ = editor_.text();
          editor_ = AnswerEditor();
          view_.typing.clear();
          view_.cursor_line = view_.cursor_byte = 0;
          return {ActionKind::kReveal};
        case AnswerEditor::Result::kEditing:
          view_.typing = editor_.lines();
          view_.cursor_line = editor_.cursor().line;
          view_.cursor_byte = editor_.cursor().byte;
          view_.scroll = 1 << 20;  // keep the line being typed in view
          redraw(session);
          continue;
      }
    }
    if (session.stage() == Stage::kAnswer && session.suggested() &&
        (key.code == KeyCode::kEnter || key.code == KeyCode::kSpace)) {
      return {ActionKind::kRate, *session.suggested()};  // Enter takes the suggestion
    }
    if (key.code == KeyCode::kCtrlC || key.code == KeyCode::kCtrlD) return {ActionKind::kQuit};
    if (key.code == KeyCode::kCtrlL) {
      redraw(session);
      continue;
    }
    if (scroll_key(key, session)) continue;
    char32_t ch = key.code == KeyCode::kEnter ? U'\r' : (key.code == KeyCode::kChar || key.code == KeyCode::kSpace) ? key.ch : 0;
    Action action = action_for_key(ch, session.stage(), session.choice_count());
    if (action.kind != ActionKind::kNone || session.stage() == Stage::kFinished) return action;
  }
}

}  // namespace genai_quiz
