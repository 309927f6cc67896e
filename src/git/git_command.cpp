#include "genai_quiz/git/git_command.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <string_view>

#include "genai_quiz/core/error.hpp"

extern char** environ;

namespace genai_quiz {
namespace {

// A pipe whose ends are closed when it goes away.
struct Pipe {
  int fd[2] = {-1, -1};
  Pipe() {
    if (::pipe2(fd, O_CLOEXEC) != 0) throw Error(std::string("cannot run git: ") + std::strerror(errno));
  }
  ~Pipe() { close_both(); }
  void close_end(int i) {
    if (fd[i] >= 0) ::close(fd[i]);
    fd[i] = -1;
  }
  void close_both() {
    close_end(0);
    close_end(1);
  }
};

// Starts git; returns its pid, or -1 with errno-like code in `error` when it cannot start.
pid_t spawn(const std::vector<std::string>& argv, Pipe& out, Pipe& err, int& error) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out.fd[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err.fd[1], 2);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = -1;
  error = posix_spawnp(&pid, "git", &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return error == 0 ? pid : -1;
}

// Reads both pipes until git closes them, so that neither fills up and blocks it.
void drain(Pipe& out, Pipe& err, GitResult& result) {
  std::array<pollfd, 2> fds{{{out.fd[0], POLLIN, 0}, {err.fd[0], POLLIN, 0}}};
  std::array<std::string*, 2> into{&result.out, &result.err};
  int open = 2;
  char buffer[8192];
  while (open > 0) {
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        into[i]->append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        fds[i].fd = -1;
        open -= 1;
      }
    }
  }
}

GitResult run(const std::vector<std::string>& argv) {
  Pipe out, err;
  int error = 0;
  pid_t pid = spawn(argv, out, err, error);
  if (pid < 0) {
    if (error == ENOENT) throw Error("cannot run git: it is not installed (" + git_install_hint() + ")");
    throw Error(std::string("cannot run git: ") + std::strerror(error));
  }
  out.close_end(1);
  err.close_end(1);
  GitResult result;
  drain(out, err, result);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  return result;
}

}  // namespace

std::optional<std::string> git_version() {
  try {
    GitResult r = run({"git", "--version"});
    if (!r.ok()) return std::nullopt;
    return r.out.substr(0, r.out.find('\n'));
  } catch (const Error&) {
    return std::nullopt;
  }
}

std::string git_install_hint() {
  return "install it with 'sudo apt install git' on Debian or Ubuntu, 'sudo dnf install git' on Fedora, "
         "'brew install git' on macOS, or from https://git-scm.com";
}

GitResult run_git(const std::filesystem::path& dir, const std::vector<std::string>& args) {
  std::vector<std::string> argv{"git", "-C", dir.string()};
  argv.insert(argv.end(), args.begin(), args.end());
  return run(argv);
}

std::string git_message(const GitResult& result) {
  // git's own reason ("fatal: ...", "error: ...") when it gave one, else its last line.
  for (const std::string* text : {&result.err, &result.out}) {
    std::size_t start = 0;
    while (start < text->size()) {
      std::size_t end = text->find('\n', start);
      if (end == std::string::npos) end = text->size();
      std::string_view line(text->data() + start, end - start);
      if (line.starts_with("fatal: ") || line.starts_with("error: ")) return std::string(line);
      start = end + 1;
    }
  }
  for (const std::string* text : {&result.err, &result.out}) {
    std::size_t end = text->find_last_not_of(" \t\r\n");
    if (end == std::string::npos) continue;
    std::size_t start = text->rfind('\n', end);
    start = start == std::string::npos ? 0 : start + 1;
    return text->substr(start, end - start + 1);
  }
  return "git exited with status " + std::to_string(result.status);
}

}  // namespace genai_quiz
