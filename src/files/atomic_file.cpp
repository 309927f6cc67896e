#include "genai_quiz/files/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <sstream>
#include <string>

#include "genai_quiz/core/error.hpp"

namespace genai_quiz {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const char* what, int err) {
  std::string message = "cannot write ";
  message += path.string();
  message += ": ";
  message += what;
  message += std::strerror(err);
  throw Error(message);
}

// Removes the temporary file unless released; closes its descriptor.
class TempFile {
 public:
  TempFile(std::string name, int fd) : name_(std::move(name)), fd_(fd) {}
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!name_.empty()) ::unlink(name_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  int fd() const { return fd_; }
  const std::string& name() const { return name_; }
  int close() {
    int rc = ::close(fd_);
    fd_ = -1;
    return rc;
  }
  void release() { name_.clear(); }

 private:
  std::string name_;
  int fd_;
};

mode_t new_file_mode(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) return st.st_mode & 07777;
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

void write_all(const TempFile& temp, const std::string& bytes, const std::filesystem::path& path) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(temp.fd(), bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(path, "", errno);
    done += static_cast<std::size_t>(n);
  }
}

void sync_directory(const std::filesystem::path& dir, const std::filesystem::path& path) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) fail(path, "cannot open its directory to sync it: ", errno);
  int rc = ::fsync(fd);
  int err = errno;
  ::close(fd);
  // Some file systems cannot sync a directory at all; the rename has happened either way.
  if (rc != 0 && err != EINVAL && err != ENOTSUP) fail(path, "cannot sync its directory: ", err);
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write) {
  std::ostringstream content;
  write(content);
  if (!content) throw Error("cannot write " + path.string() + ": the output could not be formed");

  std::filesystem::path dir = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
  std::string name = path.filename().string();
  name.insert(0, 1, '.');
  name += ".tmp-XXXXXX";
  std::string pattern = (dir / name).string();
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) fail(path, "", errno);
  TempFile temp(pattern, fd);

  write_all(temp, content.str(), path);
  if (::fchmod(temp.fd(), new_file_mode(path)) != 0) fail(path, "", errno);
  if (::fsync(temp.fd()) != 0) fail(path, "", errno);
  if (temp.close() != 0) fail(path, "", errno);
  if (::rename(temp.name().c_str(), path.c_str()) != 0) fail(path, "", errno);
  temp.release();
  sync_directory(dir, path);
}

}  // namespace genai_quiz
