#include "genai_quiz/store/session_mark.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <system_error>

#include <unistd.h>

namespace genai_quiz {
namespace {

// True while process `pid` exists (a process of another user counts).
bool alive(long pid) { return pid > 0 && (kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM); }

}  // namespace

SessionMark::SessionMark(const std::filesystem::path& data_dir, const std::string& command) {
  std::error_code ec;
  const std::filesystem::path folder = data_dir / "sessions";
  std::filesystem::create_directories(folder, ec);
  if (ec) return;
  const long self = static_cast<long>(getpid());
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    char* end = nullptr;
    const long pid = std::strtol(name.c_str(), &end, 10);
    if (end == name.c_str() || *end != '\0' || pid == self) continue;
    if (!alive(pid)) {  // left by a session that crashed or was killed
      std::filesystem::remove(entry.path(), ec);
      continue;
    }
    RunningSession other{pid, ""};
    std::ifstream in(entry.path());
    std::getline(in, other.command);
    others_.push_back(other);
  }
  file_ = folder / std::to_string(self);
  std::ofstream out(file_, std::ios::trunc);
  out << command << "\n";
  if (!out) file_.clear();
}

SessionMark::~SessionMark() {
  if (file_.empty()) return;
  std::error_code ec;
  std::filesystem::remove(file_, ec);
}

}  // namespace genai_quiz
