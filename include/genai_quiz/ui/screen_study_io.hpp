#pragma once
// The interactive study screen: raw mode, single key presses, redrawn on every change and on
// resize.

#include <functional>

#include "genai_quiz/term/answer_editor.hpp"
#include "genai_quiz/term/terminal.hpp"
#include "genai_quiz/ui/clocked_io.hpp"
#include "genai_quiz/ui/study_screen.hpp"

namespace genai_quiz {

class ScreenStudyIo final : public ClockedStudyIo {
 public:
  /// Takes over the terminal (standard input and output) until destroyed.
  ScreenStudyIo(StudyLook look, std::function<TimePoint()> clock, std::function<std::int64_t()> steady);

  void show(const Session& session) override;
  void show_help(const Session& session) override;
  Action next_action(const Session& session, std::optional<TimePoint> wake_at) override;
  /// Edits a card's deck while the screen is given back to the terminal; returns the deck read
  /// again (which must outlive the session), or nullptr to keep the deck as it was.
  using CardEditor = std::function<const Deck*(const StudyItem& item)>;
  /// Makes `e` edit the card on screen with `editor`; without one, `e` does nothing.
  void set_card_editor(CardEditor editor) { card_editor_ = std::move(editor); }
  void edit(Session& session) override;
  /// A line shown in the message line until the first key (e.g. that another session runs).
  void set_note(std::string note) { view_.note = std::move(note); }

 private:
  void redraw(const Session& session);
  bool scroll_key(const Key& key, const Session& session);

  Terminal terminal_;
  StudyLook look_;
  ScreenView view_;
  // What was last drawn, to know when a new card (scroll to the top) or its answer appears.
  const StudyItem* shown_item_ = nullptr;
  int shown_position_ = 0;
  Stage shown_stage_ = Stage::kFinished;
  AnswerEditor editor_;  // study --type: the answer being typed
  CardEditor card_editor_;
};

}  // namespace genai_quiz
