#pragma once
// Knowing when another study or interview session uses the same progress: each running session
// leaves a file named after its process id in the data directory's `sessions` folder (beside
// progress.db), removed when it ends; files of processes that are gone are stale and removed by
// the next session.

#include <filesystem>
#include <string>
#include <vector>

#include "genai_quiz/core/running_session.hpp"

namespace genai_quiz {

/// This process's mark in `data_dir`, for as long as the object lives.
class SessionMark {
 public:
  /// Writes this process's file (creating the folder) and reads the others'. Never throws: a
  /// data directory that cannot be written just means no mark.
  SessionMark(const std::filesystem::path& data_dir, const std::string& command);
  ~SessionMark();
  SessionMark(const SessionMark&) = delete;
  SessionMark& operator=(const SessionMark&) = delete;

  /// The other sessions running when this one started.
  const std::vector<RunningSession>& others() const { return others_; }

 private:
  std::filesystem::path file_;
  std::vector<RunningSession> others_;
};

}  // namespace genai_quiz
