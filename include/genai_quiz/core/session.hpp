#pragma once
// A study session as a state machine: which card is shown, what each key does, and when each
// answer is saved. Pure: the time comes with every action, progress goes through a
// ProgressStore, and a front end (the raw-mode screen or the line protocol) draws it.

#include <array>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "genai_quiz/core/answer_coverage.hpp"
#include "genai_quiz/core/calendar.hpp"
#include "genai_quiz/core/interview_plan.hpp"
#include "genai_quiz/core/key_point_matcher.hpp"
#include "genai_quiz/core/progress_store.hpp"
#include "genai_quiz/core/scheduler.hpp"
#include "genai_quiz/core/session_types.hpp"
#include "genai_quiz/core/study_item.hpp"

namespace genai_quiz {

/// A study session over a list of cards (see the file comment).
class Session {
 public:
  /// Starts a session over `items` at `now`; `steady_ms` is a monotonic clock reading used to
  /// time answers. `scheduler` and `calendar` (the one the scheduler uses) and `store` must
  /// outlive the session. Throws Error when the store does.
  Session(std::vector<StudyItem> items, const Scheduler& scheduler, const Calendar& calendar,
          ProgressStore& store, SessionOptions options, TimePoint now, std::int64_t steady_ms);

  /// Applies one action at `now`. Ratings are saved (one transaction) before this returns;
  /// throws Error, with nothing changed, when the store cannot save.
  void handle(const Action& action, TimePoint now, std::int64_t steady_ms);

  /// What is on screen.
  Stage stage() const { return stage_; }
  /// Why the session finished; kNone while it runs.
  Ending ending() const { return ending_; }
  /// True in cram mode.
  bool cram() const { return options_.cram; }
  /// The card on screen; nullptr when waiting or finished.
  const StudyItem* current() const;
  /// The state each rating (Again first) would give the current card.
  const std::array<CardState, 4>& previews() const { return previews_; }
  /// Cards left, the one on screen included.
  Counts remaining() const;
  /// 1 for the first card shown, then one more for each answer.
  int position() const { return summary_.answered + 1; }
  /// When the next learning card is due, while waiting for it.
  std::optional<TimePoint> waiting_until() const;
  /// Feedback on the last action (ui/study_text.hpp words it: "Saved: Good, next in 10m").
  const Notice& notice() const { return notice_; }
  /// True when the last action was a rating that was saved.
  bool saved() const { return notice_.kind == NoticeKind::kSaved; }
  /// The answers so far, and when the next card is due once finished.
  const Summary& summary() const { return summary_; }
  /// The time of the last action.
  TimePoint now() const { return now_; }
  /// The session's options.
  const SessionOptions& options() const { return options_; }

  /// Points the cards of the deck with `deck`'s id at their version in `deck` (which must outlive
  /// the session), by card id, after the deck was edited: the card on screen shows its new text,
  /// progress is kept. A card no longer in `deck` keeps its old text for this session.
  void replace_deck(const Deck& deck);

  /// True when answers are typed (study --type).
  bool typing() const { return options_.typed != nullptr; }
  /// Gives the answer typed for the question on screen; the next reveal checks it.
  void set_typed_answer(std::string text) { typed_ = std::move(text); }
  /// The answer typed for the card on screen (empty until given).
  const std::string& typed_answer() const { return typed_; }
  /// Which key points the typed answer covered, once the answer is shown; nothing when answers
  /// are not typed or the card has no key points.
  const std::optional<Coverage>& coverage() const { return coverage_; }
  /// The rating that coverage suggests (docs/interview.md), once the answer is shown; none for
  /// an empty typed answer (answered aloud), which the person rates. On a multiple-choice card
  /// the pick suggests it instead: Good when right, Again when wrong.
  std::optional<Rating> suggested() const;
  /// The number of options of the card on screen (0 when it has none, or none is on screen).
  int choice_count() const;
  /// The option picked for the card on screen (0 for "a"); none until a pick, or when the
  /// answer was shown without one.
  std::optional<int> chosen() const { return chosen_; }
  /// Days to the interview and the cards to review before it, when there is an interview date.
  std::optional<Countdown> countdown() const;

 private:
  enum class From { kNone, kLearning, kReview, kNew, kCram };
  // Everything an undo puts back.
  struct Queues {
    std::vector<int> learning;
    std::deque<int> review;
    std::deque<int> fresh;
    std::deque<int> cram;
    int current = -1;
    From from = From::kNone;
    Summary summary;
  };
  struct UndoEntry {
    Queues queues;
    int item = -1;
    CardProgress progress;       // the item's progress before
    std::int64_t review_id = 0;  // 0 for a skip, a suspension or a flag
    std::vector<std::int64_t> event_ids;  // the card events it added (a leech, a suspension, a flag)
    NoticeKind undone = NoticeKind::kUndidSkip;  // what undoing it says
  };

  void build(TimePoint now);
  void advance(TimePoint now, std::int64_t steady_ms);
  bool answered_elsewhere(int item, From from, TimePoint now);
  // Takes `item` out of the queue `from` names.
  void unqueue(int item, From from);
  void present(int item, From from, TimePoint now, std::int64_t steady_ms);
  void rate(Rating rating, TimePoint now, std::int64_t steady_ms);
  void skip(TimePoint now, std::int64_t steady_ms);
  void suspend(TimePoint now, std::int64_t steady_ms);
  void flag(TimePoint now);
  void undo(TimePoint now, std::int64_t steady_ms);
  void finish(Ending ending);
  int earliest_learning() const;
  TimePoint due_of(const CardState& state) const;
  std::array<CardState, 4> preview(const CardState& state, TimePoint now) const;
  Queues snapshot() const;
  void restore(const Queues& q);

  std::vector<StudyItem> items_;
  const Scheduler& scheduler_;
  const Calendar& calendar_;
  ProgressStore& store_;
  SessionOptions options_;

  std::vector<int> learning_;  // items in (re)learning steps due today, any order
  std::deque<int> review_;
  std::deque<int> fresh_;
  std::deque<int> cram_;
  int current_ = -1;
  From from_ = From::kNone;
  Stage stage_ = Stage::kQuestion;
  Ending ending_ = Ending::kNone;
  Summary summary_;
  std::array<CardState, 4> previews_{};
  std::vector<UndoEntry> undo_;
  Notice notice_;
  TimePoint now_{};
  std::int64_t shown_at_ms_ = 0;
  std::string typed_;                // the answer typed for the card on screen
  std::optional<Coverage> coverage_;  // its key points, once revealed
  std::optional<int> chosen_;         // the option picked for the card on screen
};

}  // namespace genai_quiz
