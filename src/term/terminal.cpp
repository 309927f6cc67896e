#include "genai_quiz/term/terminal.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "genai_quiz/core/error.hpp"
#include "genai_quiz/term/text_width.hpp"
#include "term/tty_guard.hpp"

namespace genai_quiz {
namespace {

constexpr int kEscapeWaitMs = 25;  // the rest of an escape sequence arrives within this time

// $name as a whole number; 0 when it is unset or not one.
int env_int(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr) return 0;
  const std::string_view text(value);
  int n = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  return error == std::errc() && end == text.data() + text.size() ? n : 0;
}

termios raw_mode(termios t) {
  t.c_iflag &= ~static_cast<tcflag_t>(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
  t.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | IEXTEN | ISIG);
  t.c_cflag |= CS8;
  t.c_cc[VMIN] = 1;
  t.c_cc[VTIME] = 0;
  return t;  // output processing (OPOST) stays on, so "\n" still returns the carriage
}

}  // namespace

bool is_terminal(int fd) { return isatty(fd) == 1; }

TermSize terminal_size(int fd) {
  winsize ws = {};
  if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0) {
    return {ws.ws_col, ws.ws_row};
  }
  TermSize size;
  if (int columns = env_int("COLUMNS"); columns > 0) size.columns = columns;
  if (int rows = env_int("LINES"); rows > 0) size.rows = rows;
  return size;
}

int terminal_width() {
  if (is_terminal(1)) {  // the terminal's own width: $COLUMNS is seldom exported
    if (const int columns = terminal_size(1).columns; columns >= 20) return columns;
  }
  const int columns = env_int("COLUMNS");
  return columns >= 20 ? columns : 80;
}

Terminal::Terminal(TerminalOptions options, int in_fd, int out_fd) : in_fd_(in_fd), out_fd_(out_fd) {
  if (!is_terminal(in_fd) || !is_terminal(out_fd)) throw Error("the interactive screen needs a terminal");
  termios saved = {};
  if (tcgetattr(in_fd, &saved) != 0) {
    throw Error(std::string("cannot read the terminal's settings: ") + std::strerror(errno));
  }
  std::string enter, leave = "\x1b[0m";
  if (options.alternate_screen) enter += "\x1b[?1049h";
  if (options.bracketed_paste) leave += "\x1b[?2004l";
  if (options.hide_cursor) {
    enter += "\x1b[?25l";
    leave += "\x1b[?25h";
  }
  if (options.bracketed_paste) enter += "\x1b[?2004h";
  if (options.alternate_screen) leave += "\x1b[?1049l";
  if (!tty_guard::activate(in_fd, out_fd, saved, raw_mode(saved), enter, leave)) {
    throw Error("the terminal is already in use by another screen");
  }
  saved_ = saved;
  enter_ = enter;
  leave_ = leave;
  open_ = true;
}

void Terminal::pause() {
  if (!open_ || paused_) return;
  tty_guard::deactivate();
  paused_ = true;
}

void Terminal::resume() {
  if (!open_ || !paused_) return;
  if (!tty_guard::activate(in_fd_, out_fd_, saved_, raw_mode(saved_), enter_, leave_)) {
    open_ = false;
    throw Error("the terminal is already in use by another screen");
  }
  paused_ = false;
}

Terminal::~Terminal() { close(); }

void Terminal::close() {
  if (!open_) return;
  open_ = false;
  if (!paused_) tty_guard::deactivate();
}

TermSize Terminal::size() const { return terminal_size(out_fd_); }

void Terminal::write(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(out_fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return;  // the terminal is gone; the next read_event() reports kEnd
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

void Terminal::present(const std::vector<std::string>& lines) {
  TermSize screen = size();
  std::string out = "\x1b[H";
  std::size_t rows = std::min(lines.size(), static_cast<std::size_t>(screen.rows));
  for (std::size_t i = 0; i < rows; ++i) {
    out += truncate_to_width(lines[i], screen.columns, "");
    out += "\x1b[K";
    if (i + 1 < rows) out += "\r\n";
  }
  out += "\x1b[J";
  write(out);
}

void Terminal::suspend() {
  if (!open_ || tty_guard::stop_ignored()) return;
  raise(SIGTSTP);  // the handler restores the terminal, stops, and re-enters raw mode
}

Event Terminal::read_event(int timeout_ms) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms < 0 ? 0 : timeout_ms);
  auto make = [&](Event::Kind kind, Key key = {}) { return Event{kind, key, size()}; };
  while (true) {
    if (tty_guard::take_continued()) return make(Event::Kind::kRedraw);
    if (tty_guard::take_resized()) return make(Event::Kind::kResize);
    if (std::optional<Key> key = decoder_.next()) {
      if (key->code == KeyCode::kCtrlZ && !tty_guard::stop_ignored()) {
        suspend();
        continue;  // reported as kRedraw once continued
      }
      return make(Event::Kind::kKey, *key);
    }
    int wait = -1;
    if (timeout_ms >= 0) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      wait = static_cast<int>(std::max<long long>(left, 0));
    }
    bool escape_pending = decoder_.pending();
    if (escape_pending && (wait < 0 || wait > kEscapeWaitMs)) wait = kEscapeWaitMs;
    pollfd fds[2] = {{in_fd_, POLLIN, 0}, {tty_guard::wake_fd(), POLLIN, 0}};
    int ready = poll(fds, fds[1].fd >= 0 ? 2 : 1, wait);
    if (ready < 0) {
      if (errno == EINTR) continue;
      return make(Event::Kind::kEnd);
    }
    if (ready == 0) {
      if (escape_pending) {
        if (std::optional<Key> key = decoder_.flush()) return make(Event::Kind::kKey, *key);
        continue;
      }
      return make(Event::Kind::kTimeout);
    }
    if (fds[1].fd >= 0 && (fds[1].revents & POLLIN)) tty_guard::drain_wake_fd();
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      char buffer[256];
      ssize_t n = ::read(in_fd_, buffer, sizeof buffer);
      if (n > 0) {
        decoder_.feed(std::string_view(buffer, static_cast<std::size_t>(n)));
      } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
        return make(Event::Kind::kEnd);
      }
    }
  }
}

}  // namespace genai_quiz
