#include "cli/load_settings.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "genai_quiz/core/error.hpp"

namespace genai_quiz {

std::string config_file_path() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  std::filesystem::path base;
  if (xdg && *xdg) {
    base = xdg;
  } else {
    const char* home = std::getenv("HOME");
    base = std::filesystem::path(home && *home ? home : ".") / ".config";
  }
  return (base / "genai-quiz" / "config.yaml").string();
}

std::optional<std::string> read_config_text(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read the configuration file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw Error("cannot read the configuration file " + path);
  return text.str();
}

void write_config_text(const std::string& path, const std::string& text) {
  namespace fs = std::filesystem;
  std::error_code ec;
  // Write through a symbolic link (a config kept with other dotfiles) rather than replace it.
  fs::path file(path);
  if (fs::symlink_status(file, ec).type() == fs::file_type::symlink) {
    file = fs::canonical(file, ec);
    if (ec) throw Error("cannot follow the link " + path + ": " + ec.message());
  }
  if (file.has_parent_path()) fs::create_directories(file.parent_path(), ec);
  if (ec) throw Error("cannot create " + file.parent_path().string() + ": " + ec.message());
  mode_t mode = 0644;
  struct stat old {};
  if (::stat(file.c_str(), &old) == 0) mode = old.st_mode & 07777;
  const std::string temp = file.string() + ".tmp." + std::to_string(::getpid());
  auto fail = [&](const std::string& what, int err) {
    ::unlink(temp.c_str());
    throw Error("cannot " + what + ": " + std::strerror(err));
  };
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
  if (fd < 0) throw Error("cannot write " + temp + ": " + std::strerror(errno));
  std::size_t written = 0;
  while (written < text.size()) {
    ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      fail("write " + temp, err);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) {
    int err = errno;
    ::close(fd);
    fail("write " + temp, err);
  }
  if (::close(fd) != 0) fail("write " + temp, errno);
  if (std::rename(temp.c_str(), file.c_str()) != 0) fail("replace " + file.string(), errno);
}

Config load_config(const GlobalOptions& /*global*/) {
  const std::string path = config_file_path();
  std::optional<std::string> text = read_config_text(path);
  if (!text) return Config{};
  ConfigParse parsed = parse_config(*text, path);
  if (has_errors(parsed.diagnostics)) {
    std::string message = "invalid configuration file " + path + ":";
    for (const Diagnostic& d : parsed.diagnostics) message.append("\n").append(format_diagnostic(d));
    throw Error(message);
  }
  return parsed.config;
}

SchedulerSettings load_settings(const GlobalOptions& global) { return load_config(global).scheduling; }

}  // namespace genai_quiz
