#pragma once
// The loop that connects a session to a front end: show, read an action, apply it, repeat.

#include <cstdint>
#include <optional>
#include <string>

#include "genai_quiz/core/session.hpp"

namespace genai_quiz {

/// A front end: the raw-mode screen, the line protocol, or a scripted fake in tests.
class StudyIo {
 public:
  virtual ~StudyIo() = default;
  /// Draws the session as it is now (after every action).
  virtual void show(const Session& session) = 0;
  /// Shows the keys (or the words of the line protocol), until the next input.
  virtual void show_help(const Session& session) = 0;
  /// Waits for the next action. When `wake_at` is set, returns kTick once the clock passes it.
  /// At the end of input returns kQuit.
  virtual Action next_action(const Session& session, std::optional<TimePoint> wake_at) = 0;
  /// The time the program believes it is.
  virtual TimePoint now() = 0;
  /// A monotonic clock in milliseconds, for timing answers.
  virtual std::int64_t steady_ms() = 0;
  /// With typed answers (study --type): the answer typed for the question on screen, asked for
  /// once next_action has returned the reveal that ended it.
  virtual std::string take_typed_answer() { return {}; }
  /// Edits the card on screen (the `e` key) and gives `session` the deck read again
  /// (Session::replace_deck); a front end that cannot edit does nothing.
  virtual void edit(Session& session) { (void)session; }
};

/// Runs `session` through `io` until it finishes. When it finishes because no card is left, the
/// front end is asked for one more action: an undo brings the session back, anything else
/// ends the loop. Quitting ends it at once.
void run_session(Session& session, StudyIo& io);

}  // namespace genai_quiz
