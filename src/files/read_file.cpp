#include "genai_quiz/files/read_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "genai_quiz/core/error.hpp"

namespace genai_quiz {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& name, int err) {
  throw Error("cannot read " + (name.empty() ? path.string() : name) + ": " + std::strerror(err));
}

// The file's bytes, or nothing when opening it failed with ENOENT and `missing_ok`.
std::optional<std::string> read(const std::filesystem::path& path, const std::string& name, bool missing_ok) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) fail(path, name, EISDIR);  // it would read as empty
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno != 0 ? errno : EIO;
    if (missing_ok && err == ENOENT) return std::nullopt;
    fail(path, name, err);
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) fail(path, name, errno != 0 ? errno : EIO);
  return text.str();
}

}  // namespace

std::string read_whole_file(const std::filesystem::path& path, const std::string& name) {
  return *read(path, name, false);
}

std::optional<std::string> read_file_if_exists(const std::filesystem::path& path, const std::string& name) {
  return read(path, name, true);
}

}  // namespace genai_quiz
