#pragma once
// A study session as a state machine: which card is shown, what each key does, and when each
// answer is saved. Pure: the time comes with every command, progress goes through a
// ProgressStore, and a front end (the raw-mode screen or the line protocol) draws it.

#include <array>
#include <chrono>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "genai_quiz/core/calendar.hpp"
#include "genai_quiz/core/progress_store.hpp"
#include "genai_quiz/core/scheduler.hpp"
#include "genai_quiz/core/study_item.hpp"

namespace genai_quiz {

/// How a session chooses and orders its cards.
struct SessionOptions {
  int new_per_day = 20;    ///< new cards a day, counting those already introduced today
  int limit = 0;           ///< at most this many different cards; 0 means no cap
  bool cram = false;       ///< every selected card, due or not; answers do not move the schedule
  std::optional<std::uint64_t> shuffle_seed;  ///< set: new and review cards in a random order
  std::chrono::minutes learn_ahead{20};       ///< show learning cards this early when nothing else is left
};

/// What the session shows.
enum class Screen { kQuestion, kAnswer, kWaiting, kFinished };

/// Why a finished session ended.
enum class Ending { kNone, kDone, kQuit, kNothingDue, kNoCards };

/// What a key press or an input line asks for.
enum class Action { kNone, kReveal, kRate, kUndo, kSkip, kQuit, kHelp, kShowEarly, kTick };

/// One command; `rating` matters only for kRate.
struct Command {
  Action action = Action::kNone;
  Rating rating = Rating::kGood;

  bool operator==(const Command&) const = default;
};

/// Cards left in the session, the one on screen included.
struct Counts {
  int new_cards = 0;
  int learning = 0;
  int review = 0;
  int cram = 0;

  int total() const { return new_cards + learning + review + cram; }
  bool operator==(const Counts&) const = default;
};

/// What the session did, for the end screen.
struct Summary {
  int answered = 0;
  std::array<int, 4> ratings{};   ///< answers per rating, Again first
  std::int64_t time_ms = 0;       ///< time spent answering
  std::optional<TimePoint> next_due;  ///< the next time a selected card is due, if any
  int new_waiting = 0;            ///< new cards held back by the daily limit
};

class Session {
 public:
  /// Starts a session over `items` at `now`; `steady_ms` is a monotonic clock reading used to
  /// time answers. `scheduler` and `calendar` (the one the scheduler uses) and `store` must
  /// outlive the session. Throws Error when the store does.
  Session(std::vector<StudyItem> items, const Scheduler& scheduler, const Calendar& calendar,
          ProgressStore& store, SessionOptions options, TimePoint now, std::int64_t steady_ms);

  /// Applies one command at `now`. Ratings are saved (one transaction) before this returns;
  /// throws Error, with nothing changed, when the store cannot save.
  void handle(const Command& command, TimePoint now, std::int64_t steady_ms);

  Screen screen() const { return screen_; }
  Ending ending() const { return ending_; }
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
  /// Feedback on the last command, e.g. "Saved: Good, next in 10m"; empty when none.
  const std::string& message() const { return message_; }
  /// True when the last command was a rating that was saved.
  bool saved() const { return saved_; }
  const Summary& summary() const { return summary_; }
  /// The time of the last command.
  TimePoint now() const { return now_; }
  /// The session's options.
  const SessionOptions& options() const { return options_; }

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
    std::int64_t review_id = 0;  // 0 for a skip
  };

  void build(TimePoint now);
  void advance(TimePoint now, std::int64_t steady_ms);
  void present(int item, From from, TimePoint now, std::int64_t steady_ms);
  void rate(Rating rating, TimePoint now, std::int64_t steady_ms);
  void skip(TimePoint now, std::int64_t steady_ms);
  void undo(TimePoint now, std::int64_t steady_ms);
  void finish(Ending ending);
  int earliest_learning() const;
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
  Screen screen_ = Screen::kQuestion;
  Ending ending_ = Ending::kNone;
  Summary summary_;
  std::array<CardState, 4> previews_{};
  std::vector<UndoEntry> undo_;
  std::string message_;
  bool saved_ = false;
  TimePoint now_{};
  std::int64_t shown_at_ms_ = 0;
};

}  // namespace genai_quiz
