#pragma once
// The interactive terminal: raw mode for single key presses, the alternate screen, and a
// guarantee that the terminal is given back as it was found.
//
// The terminal is restored when the Terminal is destroyed (normal return or an exception),
// when the process calls exit(), on SIGINT, SIGTERM, SIGHUP and SIGQUIT (then the signal is
// raised again, so the process ends as it would have), on crash signals (SIGSEGV, SIGBUS,
// SIGFPE, SIGILL, SIGABRT: restored, then the previous handler or the default action runs),
// and across Ctrl-Z / `fg` (SIGTSTP: restored and stopped; on SIGCONT raw mode and the screen
// come back and read_event() reports kRedraw). A resize (SIGWINCH) is reported as kResize.
// The signal handlers only call async-signal-safe functions (tcsetattr, write, sigaction, raise).

#include <termios.h>

#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/term/key.hpp"

namespace genai_quiz {

/// A terminal's size in character cells.
struct TermSize {
  int columns = 80;
  int rows = 24;
};

/// True when `fd` is a terminal.
bool is_terminal(int fd);

/// The size of terminal `fd` (TIOCGWINSZ); else $COLUMNS and $LINES; else 80×24.
TermSize terminal_size(int fd);

/// The width to lay line-protocol output and reports out in: the terminal's width when standard
/// output is a terminal, else $COLUMNS when it is a number of at least 20, else 80.
int terminal_width();

/// Something that happened while waiting for input.
struct Event {
  enum class Kind {
    kKey,      ///< a key press, in `key`
    kResize,   ///< the window changed size: redraw at `size`
    kRedraw,   ///< the screen was lost (resumed after Ctrl-Z): redraw everything
    kTimeout,  ///< read_event's timeout passed
    kEnd,      ///< the terminal is gone (hang-up, end of input)
  };
  Kind kind = Kind::kTimeout;
  Key key;        ///< the key, for kKey
  TermSize size;  ///< the size of the screen now, for every kind
};

/// How a Terminal takes over the screen.
struct TerminalOptions {
  bool alternate_screen = true;  ///< draw on the alternate screen, leaving the shell's text alone
  bool hide_cursor = true;
  bool bracketed_paste = true;   ///< pasted text comes between kPasteStart and kPasteEnd keys
};

/// The terminal in raw mode, for the lifetime of the object. Only one may exist at a time.
class Terminal {
 public:
  /// Puts terminal `in_fd`/`out_fd` in raw mode (no echo, no line editing, keys one by one,
  /// Ctrl-C and Ctrl-Z as keys) and enters the alternate screen. Throws genai_quiz::Error when
  /// either descriptor is not a terminal or another Terminal is open.
  explicit Terminal(TerminalOptions options = {}, int in_fd = 0, int out_fd = 1);
  /// Restores the terminal (see close()).
  ~Terminal();
  Terminal(const Terminal&) = delete;
  Terminal& operator=(const Terminal&) = delete;

  /// The current size of the screen.
  TermSize size() const;

  /// Waits for the next event, at most `timeout_ms` milliseconds (-1: no limit). A lone Escape
  /// is told from the start of an arrow key's sequence by waiting 25 ms for the rest. Ctrl-Z
  /// suspends the process (see suspend()) and is reported as kRedraw once resumed.
  Event read_event(int timeout_ms = -1);

  /// Writes `bytes` to the terminal as they are (retrying short writes).
  void write(std::string_view bytes);

  /// Redraws the whole screen in one write: `lines` from the top, each cut to the width and
  /// cleared to its end, no more lines than the screen has rows, the rest of the screen cleared.
  void present(const std::vector<std::string>& lines);

  /// Does what Ctrl-Z does in a shell: restores the terminal and stops the process; when it is
  /// continued, raw mode and the screen come back and the next read_event() is kRedraw. Does
  /// nothing when SIGTSTP is ignored (a shell without job control).
  void suspend();

  /// Gives the terminal back for a while, as close() does, so that another program (an editor)
  /// can use it; resume() takes it over again. Does nothing when not open.
  void pause();

  /// Takes the terminal over again after pause(): raw mode, the alternate screen and the signal
  /// handlers come back. Throws Error when another Terminal took it meanwhile.
  void resume();

  /// Restores the terminal now: leaves the alternate screen, shows the cursor, puts back the
  /// saved terminal modes and the previous signal handlers. Idempotent; the Terminal can no
  /// longer be used afterwards. Call it before printing a summary on the normal screen.
  void close();

 private:
  int in_fd_;
  int out_fd_;
  bool open_ = false;
  bool paused_ = false;
  termios saved_{};  // the modes found, put back by close() and pause()
  std::string enter_, leave_;
  KeyDecoder decoder_;
};

}  // namespace genai_quiz
