#pragma once
// The process-wide state behind Terminal: the saved terminal modes and the signal handlers
// that restore them (private to term). Everything a handler touches is set before the
// handlers are installed and only read by them.

#include <termios.h>

#include <string_view>

namespace genai_quiz::tty_guard {

/// Saves what is needed to leave and re-enter raw mode, installs the signal handlers and an
/// exit hook, then enters raw mode. Returns false (changing nothing) when a guard is active.
bool activate(int in_fd, int out_fd, const termios& saved, const termios& raw,
              std::string_view enter, std::string_view leave);

/// Leaves raw mode and puts back the previous signal handlers. Safe to call twice.
void deactivate();

/// The read end of the pipe the handlers write a byte to, so that poll() wakes up.
int wake_fd();

/// Empties the wake-up pipe.
void drain_wake_fd();

/// True once after SIGWINCH.
bool take_resized();

/// True once after the process was continued (SIGCONT), or after a stop was refused.
bool take_continued();

/// True when SIGTSTP was ignored when the guard was activated (no job control).
bool stop_ignored();

}  // namespace genai_quiz::tty_guard
