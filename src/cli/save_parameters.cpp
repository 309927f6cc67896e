#include "cli/save_parameters.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/load_settings.hpp"
#include "genai_quiz/config/config_edit.hpp"
#include "genai_quiz/core/error.hpp"

namespace genai_quiz {
namespace {

void write_atomically(const std::filesystem::path& path, const std::string& text) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) throw Error("cannot create " + path.parent_path().string() + ": " + ec.message());
  const std::string temp = path.string() + ".tmp." + std::to_string(::getpid());
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) throw Error("cannot write " + temp + ": " + std::strerror(errno));
  std::size_t written = 0;
  while (written < text.size()) {
    ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      ::unlink(temp.c_str());
      throw Error("cannot write " + temp + ": " + std::strerror(err));
    }
    written += std::size_t(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    throw Error("cannot write " + temp + ": " + std::strerror(err));
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    throw Error("cannot replace " + path.string() + ": " + std::strerror(err));
  }
}

}  // namespace

std::string save_parameters(const Weights& w) {
  const std::filesystem::path path = config_file_path();
  std::string text;
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in) throw Error("cannot read the configuration file " + path.string());
    text = buffer.str();
  }
  std::optional<std::string> edited = set_parameters(text, w);
  if (!edited) {
    throw Error("cannot update " + path.string() +
                " automatically; put this line under 'scheduling:' yourself:\n  " + format_parameters(w, 2));
  }
  write_atomically(path, *edited);
  return path.string();
}

}  // namespace genai_quiz
