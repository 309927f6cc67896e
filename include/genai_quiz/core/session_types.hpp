#pragma once
// The vocabulary of a study session: its options, the actions it takes, what it shows, and
// what it reports at the end.

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>

#include "genai_quiz/core/card_state.hpp"

namespace genai_quiz {

class InterviewPlan;
class KeyPointMatcher;

/// How a session chooses and orders its cards.
struct SessionOptions {
  int new_per_day = 20;    ///< new cards a day, counting those already introduced today
  int limit = 0;           ///< at most this many different cards; 0 means no cap
  bool cram = false;       ///< every selected card, due or not; answers do not move the schedule
  /// The cards were chosen by name (study --card): each is shown whether it is due or not (or
  /// skipped, or beyond the new cards of the day), and answers move the schedule as usual.
  bool chosen = false;
  std::optional<std::uint64_t> shuffle_seed;  ///< set: new and review cards in a random order
  std::chrono::minutes learn_ahead{20};       ///< show learning cards this early when nothing else is left
  /// Set: answers are typed and checked against the cards' key points with this matcher
  /// (study --type). It must outlive the session.
  const KeyPointMatcher* typed = nullptr;
  /// Set: intervals are capped, and cards due after the interview brought forward, so that every
  /// card is reviewed again before it (study --by). It must outlive the session.
  const InterviewPlan* plan = nullptr;
  /// Answers go to a scratch copy of the progress that is thrown away (--dry-run); the header
  /// and the summary say so.
  bool dry_run = false;
};

/// Where the session stands: a question, its answer, waiting for a learning card, or finished.
enum class Stage { kQuestion, kAnswer, kWaiting, kFinished };

/// Why a finished session ended.
enum class Ending { kNone, kDone, kQuit, kNothingDue, kNoCards };

/// What a key press or an input line asks for.
enum class ActionKind { kNone, kReveal, kRate, kUndo, kSkip, kQuit, kHelp, kShowEarly, kTick, kChoose };

/// One action; `rating` matters only for kRate, `choice` (0 for option "a") only for kChoose.
struct Action {
  ActionKind kind = ActionKind::kNone;
  Rating rating = Rating::kGood;
  int choice = -1;

  bool operator==(const Action&) const = default;
};

/// What the last action did, for a front end to put into words (ui/study_text.hpp).
enum class NoticeKind {
  kNone,
  kRateFirst,      ///< a reveal on the answer: rate the card instead
  kRevealFirst,    ///< a rating on the question: show the answer first
  kSaved,          ///< a rating was saved
  kNothingToSkip,  ///< a skip with no card on screen
  kSkipped,        ///< the card was skipped until tomorrow
  kNothingToUndo,  ///< an undo with nothing to undo
  kUndoBlocked,    ///< the answer cannot be undone: another session answered the card since
  kUndidAnswer,    ///< the last answer was undone
  kUndidSkip,      ///< the last skip was undone
};

/// The feedback on the last action.
struct Notice {
  NoticeKind kind = NoticeKind::kNone;
  Rating rating = Rating::kGood;  ///< kSaved: the rating saved
  CardState after;                ///< kSaved: the state the rating gave the card
  /// Cards dropped from the queue just now because another session answered them since they
  /// were queued (with any kind).
  int answered_elsewhere = 0;

  bool operator==(const Notice&) const = default;
};

/// Cards left in the session, the one on screen included.
struct Counts {
  int new_cards = 0;
  int learning = 0;
  int review = 0;
  int cram = 0;

  /// Every card left.
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
  int answered_elsewhere = 0;     ///< cards left out: another session answered them meanwhile
};

}  // namespace genai_quiz
