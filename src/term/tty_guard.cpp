#include "term/tty_guard.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace genai_quiz::tty_guard {
namespace {

constexpr int kEndSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
constexpr int kCrashSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
constexpr int kMaxSignal = 65;
constexpr std::size_t kSequenceMax = 64;

// Written only while no handler is installed; read by handlers.
struct State {
  volatile sig_atomic_t active = 0;
  volatile sig_atomic_t resized = 0;
  volatile sig_atomic_t continued = 0;
  volatile sig_atomic_t in_stop = 0;
  int in_fd = -1;
  int out_fd = -1;
  termios saved{};
  termios raw{};
  char enter[kSequenceMax] = {};
  std::size_t enter_length = 0;
  char leave[kSequenceMax] = {};
  std::size_t leave_length = 0;
  int pipe_read = -1;
  int pipe_write = -1;
  bool stop_ignored = false;
  bool installed[kMaxSignal] = {};
  struct sigaction previous[kMaxSignal] = {};
};

State g;
bool g_in_use = false;  // between activate() and deactivate(), whatever the handlers did
bool g_exit_hook = false;
alignas(16) char g_alt_stack[1 << 16];

// Async-signal-safe from here to the end of the handlers.
void write_all(int fd, const char* p, std::size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    p += w;
    n -= static_cast<std::size_t>(w);
  }
}

void leave_raw() {
  if (!g.active) return;
  write_all(g.out_fd, g.leave, g.leave_length);
  tcsetattr(g.in_fd, TCSANOW, &g.saved);
}

void enter_raw() {
  if (!g.active) return;
  tcsetattr(g.in_fd, TCSANOW, &g.raw);
  write_all(g.out_fd, g.enter, g.enter_length);
}

void wake() {
  char byte = 'x';
  if (g.pipe_write >= 0) (void)!::write(g.pipe_write, &byte, 1);
}

// The process is ending: restore, then let the previous disposition act on the signal.
extern "C" void on_end(int sig) {
  int saved_errno = errno;
  leave_raw();
  g.active = 0;
  sigaction(sig, &g.previous[sig], nullptr);
  raise(sig);  // delivered when this handler returns
  errno = saved_errno;
}

// Ctrl-Z: restore, stop for real with the default action, and come back in raw mode.
extern "C" void on_stop(int) {
  int saved_errno = errno;
  g.in_stop = 1;
  leave_raw();
  struct sigaction dfl = {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  struct sigaction mine = {};
  sigaction(SIGTSTP, &dfl, &mine);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &set, nullptr);
  raise(SIGTSTP);  // stops here; an orphaned process group is not stopped and just goes on
  sigprocmask(SIG_BLOCK, &set, nullptr);
  sigaction(SIGTSTP, &mine, nullptr);
  enter_raw();
  g.in_stop = 0;
  g.continued = 1;
  wake();
  errno = saved_errno;
}

// Continued after a stop we did not see (SIGSTOP): the shell may have reset the terminal.
extern "C" void on_continue(int) {
  int saved_errno = errno;
  if (!g.in_stop) {
    enter_raw();
    g.continued = 1;
    wake();
  }
  errno = saved_errno;
}

extern "C" void on_resize(int) {
  int saved_errno = errno;
  g.resized = 1;
  wake();
  errno = saved_errno;
}

void restore_at_exit() { leave_raw(); }

void install(int sig, void (*handler)(int), bool skip_if_ignored, int flags) {
  struct sigaction previous = {};
  sigaction(sig, nullptr, &previous);
  if (skip_if_ignored && previous.sa_handler == SIG_IGN) return;
  struct sigaction sa = {};
  sa.sa_handler = handler;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = flags;
  if (sigaction(sig, &sa, &g.previous[sig]) == 0) g.installed[sig] = true;
}

void use_alternate_signal_stack() {
  stack_t current = {};
  if (sigaltstack(nullptr, &current) == 0 && (current.ss_flags & SS_DISABLE) == 0) return;
  stack_t ours = {};
  ours.ss_sp = g_alt_stack;
  ours.ss_size = sizeof g_alt_stack;
  sigaltstack(&ours, nullptr);
}

void copy_sequence(std::string_view s, char* out, std::size_t& length) {
  length = s.size() < kSequenceMax ? s.size() : kSequenceMax;
  std::memcpy(out, s.data(), length);
}

}  // namespace

bool activate(int in_fd, int out_fd, const termios& saved, const termios& raw,
              std::string_view enter, std::string_view leave) {
  if (g_in_use) return false;
  g_in_use = true;
  g.resized = 0;
  g.continued = 0;
  g.in_stop = 0;
  g.in_fd = in_fd;
  g.out_fd = out_fd;
  g.saved = saved;
  g.raw = raw;
  copy_sequence(enter, g.enter, g.enter_length);
  copy_sequence(leave, g.leave, g.leave_length);
  int fds[2];
  if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) == 0) {
    g.pipe_read = fds[0];
    g.pipe_write = fds[1];
  }
  struct sigaction tstp = {};
  sigaction(SIGTSTP, nullptr, &tstp);
  g.stop_ignored = tstp.sa_handler == SIG_IGN;
  g.active = 1;

  use_alternate_signal_stack();
  for (int sig : kEndSignals) install(sig, on_end, true, SA_RESTART);
  for (int sig : kCrashSignals) install(sig, on_end, false, SA_RESTART | SA_ONSTACK);
  if (!g.stop_ignored) install(SIGTSTP, on_stop, false, SA_RESTART);
  install(SIGCONT, on_continue, false, SA_RESTART);
  install(SIGWINCH, on_resize, false, SA_RESTART);
  if (!g_exit_hook) {
    g_exit_hook = std::atexit(restore_at_exit) == 0;
  }
  enter_raw();
  return true;
}

void deactivate() {
  if (!g_in_use) return;
  if (g.active) {
    tcdrain(g.out_fd);
    leave_raw();
    g.active = 0;
  }
  for (int sig = 1; sig < kMaxSignal; ++sig) {
    if (g.installed[sig]) sigaction(sig, &g.previous[sig], nullptr);
    g.installed[sig] = false;
  }
  if (g.pipe_read >= 0) ::close(g.pipe_read);
  if (g.pipe_write >= 0) ::close(g.pipe_write);
  g.pipe_read = g.pipe_write = -1;
  g_in_use = false;
}

int wake_fd() { return g.pipe_read; }

void drain_wake_fd() {
  char buffer[64];
  while (g.pipe_read >= 0 && ::read(g.pipe_read, buffer, sizeof buffer) > 0) {
  }
}

bool take_resized() {
  bool r = g.resized != 0;
  g.resized = 0;
  return r;
}

bool take_continued() {
  bool c = g.continued != 0;
  g.continued = 0;
  return c;
}

bool stop_ignored() { return g.stop_ignored; }

}  // namespace genai_quiz::tty_guard
