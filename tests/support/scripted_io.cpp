#include "support/scripted_io.hpp"

#include "genai_quiz/core/study_keys.hpp"
#include "genai_quiz/ui/study_text.hpp"

namespace genai_quiz::testing {

ScriptedIo::ScriptedIo(std::u32string keys, TimePoint start, std::chrono::milliseconds step,
                       const MemoryStore* store)
    : keys_(std::move(keys)), now_(start), step_(step), store_(store) {}

void ScriptedIo::show(const Session& session) {
  static const char* kNames[] = {"question", "answer", "waiting", "finished"};
  std::string line = kNames[static_cast<int>(session.stage())];
  if (const StudyItem* item = session.current()) line += " " + item->card->id;
  if (const std::string notice = notice_text(session); !notice.empty()) line += " [" + notice + "]";
  screens_.push_back(line);
  commits_.push_back(store_ ? store_->commits() : 0);
}

void ScriptedIo::show_help(const Session&) { ++help_; }

Action ScriptedIo::next_action(const Session& session, std::optional<TimePoint>) {
  if (next_ >= keys_.size()) return {ActionKind::kQuit};
  now_ += step_;
  steady_ += step_.count();
  return action_for_key(keys_[next_++], session.stage());
}

std::vector<std::string> ScriptedIo::questions() const {
  std::vector<std::string> out;
  for (const std::string& s : screens_) {
    if (s.rfind("question ", 0) == 0) {
      std::string id = s.substr(9);
      out.push_back(id.substr(0, id.find(' ')));
    }
  }
  return out;
}

}  // namespace genai_quiz::testing
