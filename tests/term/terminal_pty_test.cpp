#include <catch2/catch.hpp>

#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include "genai_quiz/core/error.hpp"
#include "genai_quiz/term/terminal.hpp"

// gcc says AddressSanitizer is on with __SANITIZE_ADDRESS__, clang with __has_feature.
#if defined(__SANITIZE_ADDRESS__)
#define GQ_TEST_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GQ_TEST_UNDER_ASAN 1
#endif
#endif
#ifndef GQ_TEST_UNDER_ASAN
#define GQ_TEST_UNDER_ASAN 0
#endif

// These tests run a Terminal in a child process whose input and output are a pseudo-terminal,
// drive it from the master side, and inspect the terminal's modes from outside.

using namespace genai_quiz;

namespace {

void write_fd(int fd, std::string_view s) {
  while (!s.empty()) {
    ssize_t n = ::write(fd, s.data(), s.size());
    if (n <= 0) return;
    s.remove_prefix(static_cast<std::size_t>(n));
  }
}

// The child's side: a Terminal that reports each event as a marker such as <KEY:Up>.
// q quits normally, a aborts, s raises SIGSEGV, x calls exit(3), t waits 50 ms for a key,
// p draws two lines with present(), d tries to open a second Terminal.
[[noreturn]] void run_terminal() {
  {
    Terminal terminal;
    terminal.write("<READY>");
    bool running = true;
    while (running) {
      Event e = terminal.read_event();
      switch (e.kind) {
        case Event::Kind::kKey:
          if (e.key.is(U'q')) running = false;
          else if (e.key.is(U'a')) std::abort();
          else if (e.key.is(U's')) raise(SIGSEGV);
          else if (e.key.is(U'x')) std::exit(3);
          else if (e.key.is(U't')) {
            Event next = terminal.read_event(50);
            terminal.write(next.kind == Event::Kind::kTimeout ? "<TIMEOUT>" : "<NO-TIMEOUT>");
          } else if (e.key.is(U'p')) {
            terminal.present({"one", "two"});
          } else if (e.key.is(U'd')) {
            try {
              Terminal second;
              terminal.write("<SECOND-OPENED>");
            } catch (const Error&) {
              terminal.write("<SECOND-REFUSED>");
            }
          } else {
            terminal.write("<KEY:" + key_name(e.key) + ">");
          }
          break;
        case Event::Kind::kResize:
          terminal.write("<RESIZE:" + std::to_string(e.size.columns) + "x" + std::to_string(e.size.rows) + ">");
          break;
        case Event::Kind::kRedraw: terminal.write("<REDRAW>"); break;
        case Event::Kind::kTimeout: terminal.write("<TIMEOUT>"); break;
        case Event::Kind::kEnd: running = false; break;
      }
    }
  }
  _exit(0);
}

// The child's side: an exception unwinds through the Terminal; then it waits for a line.
[[noreturn]] void run_throwing_terminal() {
  try {
    Terminal terminal;
    terminal.write("<READY>");
    terminal.read_event();
    throw std::runtime_error("boom");
  } catch (const std::runtime_error&) {
    write_fd(1, "<CAUGHT>");
  }
  char c;
  while (::read(0, &c, 1) == 1 && c != '\n') {
  }
  _exit(0);
}

class PtyChild {
 public:
  explicit PtyChild(void (*child)()) {
    winsize ws = {};
    ws.ws_row = 24;
    ws.ws_col = 80;
    REQUIRE(openpty(&master_, &slave_, nullptr, nullptr, &ws) == 0);
    original_ = mode();
    pid_ = fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      setpgid(0, 0);  // its own process group, so that SIGTSTP really stops it
      dup2(slave_, 0);
      dup2(slave_, 1);
      dup2(slave_, 2);  // as in a real session, errors (and sanitizer reports) go to the terminal
      ::close(master_);
      child();
      _exit(0);
    }
  }

  ~PtyChild() {
    if (!reaped_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    ::close(master_);
    ::close(slave_);
  }

  pid_t pid() const { return pid_; }
  termios mode() const {
    termios t = {};
    tcgetattr(slave_, &t);
    return t;
  }
  const termios& original() const { return original_; }
  bool is_raw() const { return (mode().c_lflag & (ICANON | ECHO | ISIG)) == 0; }
  bool is_restored() const {
    termios now = mode();
    return now.c_lflag == original_.c_lflag && now.c_iflag == original_.c_iflag &&
           now.c_oflag == original_.c_oflag && now.c_cflag == original_.c_cflag;
  }
  void set_mode(const termios& t) { tcsetattr(slave_, TCSANOW, &t); }
  void send(std::string_view bytes) { write_fd(master_, bytes); }
  void resize(int columns, int rows) {
    winsize ws = {};
    ws.ws_col = static_cast<unsigned short>(columns);
    ws.ws_row = static_cast<unsigned short>(rows);
    ioctl(master_, TIOCSWINSZ, &ws);
  }

  // Reads the child's output until `needle` appears after what earlier waits consumed.
  bool wait_for(const std::string& needle, int timeout_ms = 5000) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (true) {
      std::size_t at = output_.find(needle, cursor_);
      if (at != std::string::npos) {
        cursor_ = at + needle.size();
        return true;
      }
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) return false;
      pollfd fd = {master_, POLLIN, 0};
      if (poll(&fd, 1, static_cast<int>(left.count())) <= 0) continue;
      char buffer[512];
      ssize_t n = ::read(master_, buffer, sizeof buffer);
      if (n > 0) output_.append(buffer, static_cast<std::size_t>(n));
    }
  }

  // Waits for the child to stop or end; the status as waitpid gives it.
  int wait_status(int options = 0) {
    int status = 0;
    REQUIRE(waitpid(pid_, &status, options) == pid_);
    if (!WIFSTOPPED(status)) reaped_ = true;
    return status;
  }

  const std::string& output() const { return output_; }

 private:
  int master_ = -1;
  int slave_ = -1;
  pid_t pid_ = -1;
  bool reaped_ = false;
  termios original_ = {};
  std::string output_;
  std::size_t cursor_ = 0;
};

}  // namespace

TEST_CASE("Raw mode reads single keys, arrows, Escape and resizes, and ends restored", "[term]") {
  PtyChild child(run_terminal);
  REQUIRE(child.wait_for("<READY>"));
  CHECK(child.output().find("\x1b[?1049h\x1b[?25l") != std::string::npos);
  CHECK(child.is_raw());

  struct Case {
    const char* bytes;
    const char* marker;
  } cases[] = {
      {"k", "<KEY:k>"},           {" ", "<KEY:Space>"},         {"\r", "<KEY:Enter>"},
      {"\x7f", "<KEY:Backspace>"}, {"\x03", "<KEY:Ctrl-C>"},      {"\x04", "<KEY:Ctrl-D>"},
      {"\x1b[A", "<KEY:Up>"},      {"\x1b", "<KEY:Escape>"},      {"é", "<KEY:é>"},
      {"1", "<KEY:1>"},
  };
  for (const Case& c : cases) {
    INFO(c.marker);
    child.send(c.bytes);
    CHECK(child.wait_for(c.marker));
  }

  child.resize(100, 30);
  kill(child.pid(), SIGWINCH);
  CHECK(child.wait_for("<RESIZE:100x30>"));

  child.send("t");
  CHECK(child.wait_for("<TIMEOUT>"));
  child.send("d");
  CHECK(child.wait_for("<SECOND-REFUSED>"));
  child.send("p");
  CHECK(child.wait_for("\x1b[Hone\x1b[K"));
  CHECK(child.wait_for("two\x1b[K\x1b[J"));

  child.send("q");
  int status = child.wait_status();
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(child.is_restored());
  CHECK(child.wait_for("\x1b[?25h\x1b[?1049l"));
}

TEST_CASE("Ctrl-Z restores the terminal and fg brings raw mode back with a redraw", "[term]") {
  PtyChild child(run_terminal);
  REQUIRE(child.wait_for("<READY>"));

  SECTION("the Ctrl-Z key") { child.send("\x1a"); }
  SECTION("SIGTSTP from outside") { kill(child.pid(), SIGTSTP); }

  int status = child.wait_status(WUNTRACED);
  REQUIRE(WIFSTOPPED(status));
  CHECK(child.is_restored());
  CHECK(child.wait_for("\x1b[?25h\x1b[?1049l"));

  kill(child.pid(), SIGCONT);
  CHECK(child.wait_for("\x1b[?1049h"));
  CHECK(child.wait_for("<REDRAW>"));
  CHECK(child.is_raw());
  child.send("k");
  CHECK(child.wait_for("<KEY:k>"));
  child.send("q");
  CHECK(WIFEXITED(child.wait_status()));
  CHECK(child.is_restored());
}

TEST_CASE("Continuing after SIGSTOP puts raw mode back even if the shell reset the terminal", "[term]") {
  PtyChild child(run_terminal);
  REQUIRE(child.wait_for("<READY>"));
  kill(child.pid(), SIGSTOP);
  REQUIRE(WIFSTOPPED(child.wait_status(WUNTRACED)));
  child.set_mode(child.original());  // as a shell does when a job stops
  CHECK(child.is_restored());
  kill(child.pid(), SIGCONT);
  CHECK(child.wait_for("<REDRAW>"));
  CHECK(child.is_raw());
  child.send("q");
  CHECK(WIFEXITED(child.wait_status()));
  CHECK(child.is_restored());
}

TEST_CASE("SIGINT, SIGTERM, SIGHUP and SIGQUIT restore the terminal and still end the process", "[term]") {
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) {
    INFO("signal " << sig);
    PtyChild child(run_terminal);
    REQUIRE(child.wait_for("<READY>"));
    REQUIRE(child.is_raw());
    kill(child.pid(), sig);
    int status = child.wait_status();
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == sig);
    CHECK(child.is_restored());
    CHECK(child.wait_for("\x1b[?1049l"));
  }
}

TEST_CASE("A crash restores the terminal before the process dies", "[term]") {
  struct Case {
    const char* key;
    int sig;
  } cases[] = {{"a", SIGABRT}, {"s", SIGSEGV}};
  for (const Case& c : cases) {
    INFO("key " << c.key);
    PtyChild child(run_terminal);
    REQUIRE(child.wait_for("<READY>"));
    child.send(c.key);
    int status = child.wait_status();
    // Without sanitizers the signal kills the process. Under AddressSanitizer the Terminal hands
    // SIGSEGV on to the sanitizer's handler, which reports it and exits or aborts.
#if GQ_TEST_UNDER_ASAN
    bool died = WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) != 0);
#else
    bool died = WIFSIGNALED(status) && WTERMSIG(status) == c.sig;
#endif
    CHECK(died);
    CHECK(child.is_restored());
  }
}

TEST_CASE("An exception unwinding through the Terminal restores the terminal", "[term]") {
  PtyChild child(run_throwing_terminal);
  REQUIRE(child.wait_for("<READY>"));
  child.send("k");
  REQUIRE(child.wait_for("<CAUGHT>"));
  CHECK(child.is_restored());  // the child is still running: the destructor did it
  child.send("\n");
  CHECK(WIFEXITED(child.wait_status()));
}

TEST_CASE("Calling exit() with the Terminal open restores the terminal", "[term]") {
  PtyChild child(run_terminal);
  REQUIRE(child.wait_for("<READY>"));
  child.send("x");
  int status = child.wait_status();
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 3);
  CHECK(child.is_restored());
}

TEST_CASE("A Terminal needs a terminal on both sides", "[term]") {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  CHECK_THROWS_AS(Terminal({}, fds[0], fds[1]), Error);
  ::close(fds[0]);
  ::close(fds[1]);
}
