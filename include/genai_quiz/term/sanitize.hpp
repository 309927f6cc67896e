#pragma once
// Making untrusted text (a deck downloaded from the internet) safe to print on a terminal.
//
// The rule: no byte of deck text reaches the terminal as a control. Escape sequences and other
// control characters are shown in caret notation (ESC as `^[`, so `ESC ] 0 ; x BEL` prints as
// `^[]0;x^G`), C1 controls, bidirectional overrides and invisible characters (zero-width space,
// non-joiner and joiner, word joiner, a byte order mark inside text) as `<U+202E>`, malformed
// UTF-8 as U+FFFD; a joiner inside an emoji sequence such as 👨‍👩‍👧 stays as it is;
// tabs become spaces and line breaks stay line breaks. A deck therefore cannot move the cursor,
// change the window title, clear the screen or hide text.

#include <string>
#include <string_view>

namespace genai_quiz {

/// How sanitize() lays out what it keeps.
struct SanitizeOptions {
  int tab_width = 8;   ///< tabs advance to the next multiple of this column; 0 turns a tab into one space
  bool color = false;  ///< show made-visible controls in reverse video
};

/// `text` with every control character or sequence made visible as described above; newlines
/// (and CR LF, U+2028, U+2029) become "\n". Valid text without controls comes back unchanged.
std::string sanitize(std::string_view text, const SanitizeOptions& options = {});

}  // namespace genai_quiz
