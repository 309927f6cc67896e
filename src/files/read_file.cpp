#include "genai_quiz/files/read_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <limits>

#include "genai_quiz/core/error.hpp"

namespace genai_quiz {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& name, int err) {
  throw Error("cannot read " + (name.empty() ? path.string() : name) + ": " + std::strerror(err));
}

// The file's bytes (at most `limit` of them), or nothing when opening it failed with ENOENT and
// `missing_ok`.
std::optional<std::string> read(const std::filesystem::path& path, const std::string& name, bool missing_ok,
                                std::size_t limit = std::numeric_limits<std::size_t>::max()) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) fail(path, name, EISDIR);  // it would read as empty
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno != 0 ? errno : EIO;
    if (missing_ok && err == ENOENT) return std::nullopt;
    fail(path, name, err);
  }
  std::string text;
  char chunk[1 << 16];
  while (text.size() < limit) {
    in.read(chunk, static_cast<std::streamsize>(std::min(sizeof chunk, limit - text.size())));
    if (in.gcount() == 0) break;
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) fail(path, name, errno != 0 ? errno : EIO);
  return text;
}

}  // namespace

std::string read_whole_file(const std::filesystem::path& path, const std::string& name) {
  return *read(path, name, false);
}

std::string read_file_start(const std::filesystem::path& path, std::size_t limit, const std::string& name) {
  return *read(path, name, false, limit);
}

std::optional<std::string> read_file_if_exists(const std::filesystem::path& path, const std::string& name) {
  return read(path, name, true);
}

}  // namespace genai_quiz
