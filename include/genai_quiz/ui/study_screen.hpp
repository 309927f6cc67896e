#pragma once
// The interactive study screen as lines of text: header, card, message and key bar, fitted to
// the terminal (ScreenStudyIo puts the lines on the terminal).

#include <string>
#include <vector>

#include "genai_quiz/core/session.hpp"
#include "genai_quiz/ui/study_view.hpp"

namespace genai_quiz {

/// What the screen shows besides the session: its size, the scroll position and the help.
struct ScreenView {
  int width = 80;
  int height = 24;
  int scroll = 0;       ///< first line of the card body on screen
  bool help = false;    ///< the key list instead of the card
  std::vector<std::string> typing;  ///< study --type: the answer being typed, one entry per line
  std::size_t cursor_line = 0;      ///< ... the line the cursor is on
  std::size_t cursor_byte = 0;      ///< ... and its byte offset in that line
  std::string note;                 ///< shown in the message line when the session has no notice
};

/// The body lines (everything between the header and the message line) for `session`, and the
/// line where the answer starts (-1 when it is not shown).
struct ScreenBody {
  std::vector<std::string> lines;
  int answer_line = -1;
};

/// The card body at `width` columns.
ScreenBody draw_body(const Session& session, const ScreenView& view, const StudyLook& look);

/// How many body lines fit on a screen `height` rows tall.
int body_height(int height);

/// The whole screen: exactly `view.height` lines, none wider than `view.width` columns.
/// `view.scroll` is clamped to the body.
std::vector<std::string> draw_screen(const Session& session, const ScreenView& view, const StudyLook& look);

/// The largest useful scroll position for `body`.
int max_scroll(const ScreenBody& body, int height);

}  // namespace genai_quiz
