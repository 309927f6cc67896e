#include "genai_quiz/core/study_loop.hpp"

namespace genai_quiz {

void run_session(Session& session, StudyIo& io) {
  io.show(session);
  for (;;) {
    // A session that ran out of cards offers to undo the last answer; one that was quit is over.
    if (session.screen() == Screen::kFinished && session.ending() != Ending::kDone) return;
    Command command = io.next_command(session, session.waiting_until());
    if (session.screen() == Screen::kFinished && command.action != Action::kUndo) return;
    if (command.action == Action::kHelp) {
      io.show_help(session);
      continue;
    }
    if (command.action == Action::kReveal && session.typing() && session.screen() == Screen::kQuestion) {
      session.set_typed_answer(io.take_typed_answer());
    }
    session.handle(command, io.now(), io.steady_ms());
    io.show(session);
  }
}

}  // namespace genai_quiz
