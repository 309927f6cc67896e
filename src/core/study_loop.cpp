#include "genai_quiz/core/study_loop.hpp"

namespace genai_quiz {

void run_session(Session& session, StudyIo& io) {
  io.show(session);
  for (;;) {
    // A session that ran out of cards offers to undo the last answer; one that was quit is over.
    if (session.stage() == Stage::kFinished && session.ending() != Ending::kDone) return;
    Action action = io.next_action(session, session.waiting_until());
    if (session.stage() == Stage::kFinished && action.kind != ActionKind::kUndo) return;
    if (action.kind == ActionKind::kEdit) {
      if (session.current() != nullptr) io.edit(session);
      io.show(session);
      continue;
    }
    if (action.kind == ActionKind::kHelp) {
      io.show_help(session);
      continue;
    }
    if (action.kind == ActionKind::kReveal && session.typing() && session.stage() == Stage::kQuestion &&
        session.choice_count() == 0) {
      session.set_typed_answer(io.take_typed_answer());
    }
    session.handle(action, io.now(), io.steady_ms());
    io.show(session);
  }
}

}  // namespace genai_quiz
