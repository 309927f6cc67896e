#pragma once
// The line protocol: a study session driven line by line when standard input is not a terminal
// (scripts, tests, pipes). docs/study.md specifies it.

#include <functional>
#include <istream>
#include <ostream>

#include "genai_quiz/ui/clocked_io.hpp"
#include "genai_quiz/ui/study_view.hpp"

namespace genai_quiz {

class LineStudyIo final : public ClockedStudyIo {
 public:
  /// Reads actions from `in` and writes the session to `out`, `width` columns wide.
  LineStudyIo(std::istream& in, std::ostream& out, StudyLook look, int width,
              std::function<TimePoint()> clock, std::function<std::int64_t()> steady);

  void show(const Session& session) override;
  void show_help(const Session& session) override;
  Action next_action(const Session& session, std::optional<TimePoint> wake_at) override;

 private:
  Action read_typed_answer(const Session& session);

  void write_question(const Session& session);
  void write_answer(const Session& session);

  std::istream& in_;
  std::ostream& out_;
  StudyLook look_;
  int width_;
  // What was last written, to write only what changed.
  Stage shown_stage_ = Stage::kFinished;
  const StudyItem* shown_item_ = nullptr;
  int shown_position_ = 0;
  bool first_card_ = true;
  bool first_choice_ = true;
};

}  // namespace genai_quiz
