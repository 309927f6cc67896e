#pragma once
// A scripted fake terminal for session tests: it types the given keys one by one, moves a fake
// clock forward by a fixed step before each key, and writes down every screen it is shown.

#include <chrono>
#include <string>
#include <vector>

#include "genai_quiz/core/study_loop.hpp"
#include "support/memory_store.hpp"

namespace genai_quiz::testing {

class ScriptedIo final : public StudyIo {
 public:
  /// Types `keys` (as on the interactive screen) starting at `start`, `step` apart. `store`, when
  /// given, is asked how many commits it has made each time a screen is shown.
  ScriptedIo(std::u32string keys, TimePoint start, std::chrono::milliseconds step,
             const MemoryStore* store = nullptr);

  void show(const Session& session) override;
  void show_help(const Session& session) override;
  Action next_action(const Session& session, std::optional<TimePoint> wake_at) override;
  TimePoint now() override { return now_; }
  std::int64_t steady_ms() override { return steady_; }

  /// One line per screen shown: "question|answer|waiting|finished <card id> [<message>]".
  const std::vector<std::string>& screens() const { return screens_; }
  /// The store's commit count when each screen was shown.
  const std::vector<int>& commits_at_show() const { return commits_; }
  /// The card ids in the order their questions appeared.
  std::vector<std::string> questions() const;
  int help_shown() const { return help_; }

 private:
  std::u32string keys_;
  std::size_t next_ = 0;
  TimePoint now_;
  std::chrono::milliseconds step_;
  std::int64_t steady_ = 0;
  const MemoryStore* store_;
  std::vector<std::string> screens_;
  std::vector<int> commits_;
  int help_ = 0;
};

}  // namespace genai_quiz::testing
