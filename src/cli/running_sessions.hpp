#pragma once
// Knowing when another study or interview session uses the same progress (private to the cli
// layer): each running session leaves a file named after its process id in the data
// directory's `sessions` folder, removed when it ends; files of processes that are gone are
// stale and removed by the next session.

#include <filesystem>
#include <string>
#include <vector>

namespace genai_quiz {

/// Another session found running: its process id and the command it runs ("study").
struct RunningSession {
  long pid = 0;
  std::string command;
};

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

/// "another session is running (study, process 4242): answers from both are saved, and a card
/// it answers is left out here"; "" when there is none.
std::string running_sessions_note(const std::vector<RunningSession>& others);

}  // namespace genai_quiz
